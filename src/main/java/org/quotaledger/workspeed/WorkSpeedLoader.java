package org.quotaledger.workspeed;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.quotaledger.web.InvalidInput;
import org.quotaledger.web.Problem;
import org.quotaledger.web.Problem.FieldError;
import org.quotaledger.web.StrictJson;
import org.quotaledger.workspeed.WorkSpeedViews.WorkSpeedInput;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Validates work speed lines and loads them in bulk: every line is checked first (so a bad file can be
 * refused whole), the good ones are written in PostgreSQL's COPY text format, copied into a temporary
 * staging table and moved into {@code work_speed_record} with one {@code insert ... select} of the rows not stored
 * yet (see {@link #load}), which makes a repeated file or batch add nothing. No row-by-row inserts.
 *
 * <p>CSV layout (header required, columns in any order, the four off-task columns optional and 0 when
 * missing or empty): {@code employee_number, date, metric, units, time_on_task_minutes, off_task_bathroom,
 * off_task_break, off_task_safety, off_task_other}. Dates are ISO ({@code 2026-03-01}), minutes whole numbers.
 */
public final class WorkSpeedLoader {

    public static final List<String> REQUIRED = List.of("employee_number", "date", "metric", "units", "time_on_task_minutes");
    public static final List<String> OFF_TASK = List.of("off_task_bathroom", "off_task_break", "off_task_safety", "off_task_other");

    /**
     * Lines that passed validation, in COPY text format with the employee id resolved, plus the bad lines, and the
     * months the good lines fall in (each needs its partition of {@code work_speed_record} before they are stored).
     */
    public record Parsed(int lines, int good, byte[] copyText, List<FieldError> errors, SortedSet<YearMonth> months) {
    }

    private final Map<String, Long> employeeIds;
    private final ByteArrayOutputStream copy = new ByteArrayOutputStream(1 << 16);
    private final StringBuilder line = new StringBuilder(96);
    private final List<FieldError> errors = new ArrayList<>();
    private final SortedSet<YearMonth> months = new TreeSet<>();
    private LocalDate lastDay;
    private int lines;
    private int good;

    /** @param employeeIds the facility's employees by employee number */
    public WorkSpeedLoader(Map<String, Long> employeeIds) {
        this.employeeIds = employeeIds;
    }

    public static Parsed parseCsv(Reader csv, Map<String, Long> employeeIds) {
        var loader = new WorkSpeedLoader(employeeIds);
        var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.builder().setReader(csv).setFormat(format).get()) {
            Map<String, Integer> header = parser.getHeaderMap();
            List<String> missing = REQUIRED.stream().filter(c -> !header.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw new InvalidInput("The header line must name the columns " + String.join(", ", REQUIRED)
                        + " (and optionally " + String.join(", ", OFF_TASK) + "); missing: " + String.join(", ", missing) + ".",
                        List.of(FieldError.line(1, null, "missing columns " + String.join(", ", missing))));
            }
            int[] at = new int[9];
            for (int i = 0; i < REQUIRED.size(); i++) {
                at[i] = header.get(REQUIRED.get(i));
            }
            for (int i = 0; i < OFF_TASK.size(); i++) {
                at[5 + i] = header.getOrDefault(OFF_TASK.get(i), -1);
            }
            for (CSVRecord record : parser) {
                int lineNumber = (int) parser.getCurrentLineNumber();
                if (!record.isConsistent()) {
                    loader.lines++;
                    loader.errors.add(FieldError.line(lineNumber, null, "has " + record.size() + " fields, the header has " + header.size()));
                    continue;
                }
                loader.add(lineNumber, record.get(at[0]), record.get(at[1]), record.get(at[2]), record.get(at[3]),
                        record.get(at[4]), field(record, at[5]), field(record, at[6]), field(record, at[7]), field(record, at[8]));
            }
        } catch (IOException | UncheckedIOException e) {
            throw InvalidInput.unreadable("The upload is not a readable CSV file.");
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw InvalidInput.unreadable("The upload is not a readable CSV file: " + e.getMessage());
        }
        return loader.result();
    }

    public static Parsed parseJson(List<WorkSpeedInput> records, Map<String, Long> employeeIds) {
        var loader = new WorkSpeedLoader(employeeIds);
        int index = 0;
        for (WorkSpeedInput r : records) {
            index++;
            if (r == null) {
                loader.lines++;
                loader.errors.add(FieldError.line(index, null, "is null"));
                continue;
            }
            loader.add(index, r.employeeNumber(), r.date() == null ? null : r.date().toString(), r.metric(),
                    // toString, not toPlainString: 1e999999999 stays 12 characters until add() refuses it
                    r.units() == null ? null : r.units().toString(), text(r.timeOnTaskMinutes()),
                    text(r.offTaskBathroom()), text(r.offTaskBreak()), text(r.offTaskSafety()), text(r.offTaskOther()));
        }
        return loader.result();
    }

    private static String field(CSVRecord record, int index) {
        return index < 0 ? null : record.get(index);
    }

    private static String text(Integer value) {
        return value == null ? null : value.toString();
    }

    private Parsed result() {
        return new Parsed(lines, good, copy.toByteArray(), List.copyOf(errors), Collections.unmodifiableSortedSet(months));
    }

    private void add(int lineNumber, String number, String date, String metric, String units, String onTask,
                     String bathroom, String breaks, String safety, String other) {
        lines++;
        int before = errors.size();
        Long employeeId = null;
        if (number == null || number.isEmpty()) {
            errors.add(FieldError.line(lineNumber, "employee_number", "is required"));
        } else if ((employeeId = employeeIds.get(number)) == null) {
            errors.add(FieldError.line(lineNumber, "employee_number", "employee " + Problem.quoted(number) + " is not on this facility's roster"));
        }
        LocalDate day = null;
        if (date == null || date.isEmpty()) {
            errors.add(FieldError.line(lineNumber, "date", "is required"));
        } else {
            day = StrictJson.date(date).orElse(null);
            if (day == null) {
                errors.add(FieldError.line(lineNumber, "date", StrictJson.DATE_RANGE + ", not " + Problem.quoted(date)));
            }
        }
        if (metric == null || metric.isEmpty()) {
            errors.add(FieldError.line(lineNumber, "metric", "is required"));
        } else if (metric.length() > 64) {
            errors.add(FieldError.line(lineNumber, "metric", "is longer than 64 characters"));
        } else if (metric.indexOf('\\') >= 0 || metric.chars().anyMatch(Character::isISOControl)) {
            errors.add(FieldError.line(lineNumber, "metric", "may not contain tabs, line breaks, control characters or backslashes"));
        }
        BigDecimal amount = null;
        if (units == null || units.isEmpty()) {
            errors.add(FieldError.line(lineNumber, "units", "is required"));
        } else if (units.length() > 40) {
            errors.add(FieldError.line(lineNumber, "units", "must be a number from 0 with at most two decimals"));
        } else {
            try {
                amount = new BigDecimal(units);
                if (amount.signum() < 0 || amount.scale() > 2 || amount.precision() - amount.scale() > 10) {
                    errors.add(FieldError.line(lineNumber, "units", "must be a number from 0 with at most two decimals"));
                }
            } catch (NumberFormatException e) {
                errors.add(FieldError.line(lineNumber, "units", "must be a number, not " + Problem.quoted(units)));
            }
        }
        int on = minutes(lineNumber, "time_on_task_minutes", onTask, true);
        int b = minutes(lineNumber, "off_task_bathroom", bathroom, false);
        int br = minutes(lineNumber, "off_task_break", breaks, false);
        int s = minutes(lineNumber, "off_task_safety", safety, false);
        int o = minutes(lineNumber, "off_task_other", other, false);
        if (errors.size() == before && on + b + br + s + o > 1440) {
            errors.add(FieldError.line(lineNumber, null, "time on and off task add up to more than a day"));
        }
        if (errors.size() != before) {
            return;
        }
        good++;
        // Files come sorted by day, mostly: one comparison per line, a set insertion only when the day changes.
        if (!day.equals(lastDay)) {
            months.add(YearMonth.from(day));
            lastDay = day;
        }
        line.setLength(0);
        line.append(employeeId).append('\t').append(day).append('\t').append(metric).append('\t')
                .append(amount.toPlainString()).append('\t').append(on).append('\t').append(b).append('\t')
                .append(br).append('\t').append(s).append('\t').append(o).append('\n');
        byte[] bytes = line.toString().getBytes(StandardCharsets.UTF_8);
        copy.write(bytes, 0, bytes.length);
    }

    private int minutes(int lineNumber, String column, String value, boolean required) {
        if (value == null || value.isEmpty()) {
            if (required) {
                errors.add(FieldError.line(lineNumber, column, "is required"));
            }
            return 0;
        }
        try {
            int m = Integer.parseInt(value);
            if (m < 0 || m > 1440) {
                errors.add(FieldError.line(lineNumber, column, "must be between 0 and 1440 minutes"));
            }
            return m;
        } catch (NumberFormatException e) {
            errors.add(FieldError.line(lineNumber, column, "must be a whole number of minutes, not " + Problem.quoted(value)));
            return 0;
        }
    }

    /**
     * Makes the month partitions of {@code work_speed_record} that the months need and that do not exist yet (V22's
     * {@code work_speed_partitions_for}, safe when two instances make the same month). Call it in a transaction of its
     * own before {@link #load}: a new partition's attachment holds a lock that, kept to the end of a long load, would
     * stop every other instance's new month and every retention drop until then.
     */
    public static void ensurePartitions(Connection connection, Collection<YearMonth> months) {
        try (PreparedStatement q = connection.prepareStatement("select work_speed_partitions_for(?, ?)")) {
            for (YearMonth month : months) {
                q.setObject(1, month.atDay(1));
                q.setObject(2, month.atEndOfMonth());
                q.executeQuery().close();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Making the work speed data's month partitions failed", e);
        }
    }

    /**
     * Copies the parsed lines into a staging table and moves them into {@code work_speed_record}, skipping
     * records already there. Runs on the caller's connection and transaction; makes a month's partition that is still
     * missing (a no-op, without a lock, when {@link #ensurePartitions} ran first).
     *
     * @return the number of new records
     */
    public static int load(Connection connection, long facilityId, Parsed parsed) {
        if (parsed.months().isEmpty()) {
            return 0;
        }
        ensurePartitions(connection, parsed.months());
        byte[] copyText = parsed.copyText();
        try (Statement st = connection.createStatement()) {
            st.execute("create temp table if not exists work_speed_stage (employee_id bigint, work_date date, metric varchar(64),"
                    + " units numeric(12,2), time_on_task_minutes integer, off_task_bathroom integer, off_task_break integer,"
                    + " off_task_safety integer, off_task_other integer) on commit delete rows");
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            copy.copyIn("copy work_speed_stage from stdin", new java.io.ByteArrayInputStream(copyText), 1 << 16);
            String insert = "insert into work_speed_record (facility_id, employee_id, work_date, metric, units,"
                    + " time_on_task_minutes, off_task_bathroom, off_task_break, off_task_safety, off_task_other)"
                    + " select " + facilityId + ", employee_id, work_date, metric, units, time_on_task_minutes,"
                    + " off_task_bathroom, off_task_break, off_task_safety, off_task_other from work_speed_stage s";
            // Fast path: the rows not stored yet, by an anti-join, as plain inserts. ON CONFLICT DO NOTHING inserts each
            // row speculatively (a second WAL record, a second index pass) and costs about 60% more per row; it is
            // needed only when the file repeats a key within itself or another load stored the same rows meanwhile,
            // which the unique violation tells, and then it runs instead.
            st.execute("savepoint work_speed_load");
            try {
                // The file's months bound the look-up as constants, so PostgreSQL prunes it to their partitions when it
                // plans; without them each staged row probed every month's index (at 100 million rows, a fifth of the load).
                LocalDate first = parsed.months().first().atDay(1);
                LocalDate last = parsed.months().last().atEndOfMonth();
                int stored = st.executeUpdate(insert + " where not exists (select 1 from work_speed_record w where w.facility_id = "
                        + facilityId + " and w.work_date between date '" + first + "' and date '" + last + "'"
                        + " and w.employee_id = s.employee_id and w.work_date = s.work_date and w.metric = s.metric)");
                st.execute("release savepoint work_speed_load");
                return stored;
            } catch (SQLException e) {
                if (!"23505".equals(e.getSQLState())) {
                    throw e;
                }
                st.execute("rollback to savepoint work_speed_load");
                return st.executeUpdate(insert + " on conflict do nothing");
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Loading work speed data failed", e);
        }
    }
}
