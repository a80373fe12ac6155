package org.quotaledger.employee;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.quotaledger.web.InvalidInput;
import org.quotaledger.web.Problem;
import org.quotaledger.web.Problem.FieldError;
import org.quotaledger.web.StrictJson;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a roster CSV into validated rows. Every line is checked so the manager gets one report of
 * everything wrong, not one error per upload attempt.
 */
final class RosterImport {

    static final List<String> COLUMNS = List.of("employee_number", "name", "role", "hire_date", "separation_date",
            "exempt", "primary_language", "email");
    static final Set<String> REQUIRED = Set.of("employee_number", "name", "hire_date");

    /** The downloadable template: the header this reader wants and one line it accepts, so managers start from a good file. */
    static String template() {
        return String.join(",", COLUMNS) + "\r\n" + "E1001,Ana Alvarez,PICKER,2024-02-01,,false,es,ana@example.com\r\n";
    }

    record Row(int line, String employeeNumber, String name, String roleCode, LocalDate hireDate,
               LocalDate separationDate, boolean exempt, String primaryLanguage, String email) {
    }

    record Parsed(List<Row> rows, List<FieldError> errors) {
    }

    private RosterImport() {
    }

    /**
     * @param facilityCode the facility the roster is for, as a refusal names it
     * @param roleCodes    its job roles: a line naming another is refused with its other problems, not after them
     */
    static Parsed parse(Reader csv, String facilityCode, Set<String> roleCodes) {
        var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(csv, format)) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
            List<String> unknown = header.stream().filter(h -> !COLUMNS.contains(h)).toList();
            List<String> missing = REQUIRED.stream().filter(h -> !header.contains(h)).sorted().toList();
            if (!unknown.isEmpty() || !missing.isEmpty()) {
                throw new InvalidInput("The header line must name the columns " + String.join(", ", COLUMNS)
                        + (missing.isEmpty() ? "" : "; missing: " + String.join(", ", missing))
                        + (unknown.isEmpty() ? "" : "; unknown: " + String.join(", ", unknown)) + ".");
            }
            List<Row> rows = new ArrayList<>();
            List<FieldError> errors = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (CSVRecord record : parser) {
                // +1: the header is line 1, and a quoted field may span lines, so trust the parser's count.
                int line = (int) parser.getCurrentLineNumber();
                readRow(record, line, header, errors, facilityCode, roleCodes).ifPresent(row -> {
                    if (!seen.add(row.employeeNumber())) {
                        errors.add(FieldError.line(line, "employee_number", "employee " + row.employeeNumber() + " appears twice in this file"));
                    } else {
                        rows.add(row);
                    }
                });
            }
            if (rows.isEmpty() && errors.isEmpty()) {
                throw new InvalidInput("The roster has a header but no employees.");
            }
            return new Parsed(rows, errors);
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw InvalidInput.unreadable("The upload is not a readable CSV file: " + e.getMessage());
        }
    }

    private static java.util.Optional<Row> readRow(CSVRecord record, int line, List<String> header, List<FieldError> errors,
                                                   String facilityCode, Set<String> roleCodes) {
        if (record.size() != header.size()) {
            errors.add(FieldError.line(line, null, "has " + record.size() + " fields, the header has " + header.size()));
            return java.util.Optional.empty();
        }
        int before = errors.size();
        String number = value(record, header, "employee_number");
        String name = value(record, header, "name");
        if (number == null) {
            errors.add(FieldError.line(line, "employee_number", "is required"));
        } else if (number.length() > 32) {
            errors.add(FieldError.line(line, "employee_number", "is longer than 32 characters"));
        }
        if (name == null) {
            errors.add(FieldError.line(line, "name", "is required"));
        } else if (name.length() > 200) {
            errors.add(FieldError.line(line, "name", "is longer than 200 characters"));
        }
        LocalDate hire = date(record, header, "hire_date", line, errors, true);
        LocalDate separation = date(record, header, "separation_date", line, errors, false);
        if (hire != null && separation != null && separation.isBefore(hire)) {
            errors.add(FieldError.line(line, "separation_date", "is before the hire date"));
        }
        String exemptText = value(record, header, "exempt");
        boolean exempt = false;
        if (exemptText != null) {
            switch (exemptText.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "y", "1" -> exempt = true;
                case "false", "no", "n", "0" -> exempt = false;
                default -> errors.add(FieldError.line(line, "exempt", "must be true or false, not " + Problem.quoted(exemptText)));
            }
        }
        String language = value(record, header, "primary_language");
        if (language != null && (language.length() > 35 || !language.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*"))) {
            errors.add(FieldError.line(line, "primary_language", "must be a language tag such as en, es or zh-Hant"));
        }
        String email = value(record, header, "email");
        if (email != null && (email.length() > 320 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            errors.add(FieldError.line(line, "email", "is not an e-mail address"));
        }
        String role = value(record, header, "role");
        if (role != null && role.length() > 32) {
            errors.add(FieldError.line(line, "role", "is longer than 32 characters"));
        } else if (role != null && !roleCodes.contains(role)) {
            errors.add(FieldError.line(line, "role", "facility " + facilityCode + " has no role " + role));
        }
        if (errors.size() > before) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Row(line, number, name, role, hire, separation, exempt,
                language, email));
    }

    private static String value(CSVRecord record, List<String> header, String column) {
        int index = header.indexOf(column);
        if (index < 0) {
            return null;
        }
        String v = record.get(index);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static LocalDate date(CSVRecord record, List<String> header, String column, int line, List<FieldError> errors,
                                  boolean required) {
        String text = value(record, header, column);
        if (text == null) {
            if (required) {
                errors.add(FieldError.line(line, column, "is required"));
            }
            return null;
        }
        var date = StrictJson.date(text);
        if (date.isEmpty()) {
            errors.add(FieldError.line(line, column, StrictJson.DATE_RANGE + ", not " + Problem.quoted(text)));
        }
        return date.orElse(null);
    }
}
