package org.quotaledger.law;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each state's facts are written once, in its {@link StateLaw} class: a source scan fails the build when a second
 * definition of a deadline, window, language, retention period, penalty, zone or holiday list appears anywhere else
 * in the application's code, messages or pages (as {@code rules.Deadlines}, {@code request.RequestWindows},
 * {@code calendar.StateTimeZones}, the notice bundles' per-state deadlines and the retention configuration once were).
 *
 * <p>What may hold such facts: the state classes named in {@code META-INF/services/org.quotaledger.law.StateLaw}, the
 * {@code law} package (the generic defaults) and {@code calendar.Holiday} (how a holiday's date is found). The demo
 * data may name states and days: that is data, not law; the retention fallback for states whose law states no
 * period is configuration.
 */
class LawInOnePlaceTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Path SERVICES = Path.of("src/main/resources/META-INF/services/org.quotaledger.law.StateLaw");

    /** Facts of a state, in Java: a state's code as a string, its zone, holidays, day counts and penalty amounts. */
    private static final List<Check> JAVA = List.of(
            new Check("a state code as a string literal (a per-state table)",
                    Pattern.compile("\"(CA|NY|WA|MN|OR|US|IL)\""), Set.of("demo/")),
            new Check("a time zone", Pattern.compile("ZoneId\\.of\\(\"(America|US|Pacific)/"), Set.of()),
            new Check("a holiday calendar", Pattern.compile("new BusinessCalendar\\(|\\b(fixed|nth|last)\\(\"|Holiday\\.(after|thanksgiving|electionDay)\\("),
                    Set.of("calendar/Holiday.java")),
            new Check("a statutory number of days, months or years",
                    Pattern.compile("\\b(plus|minus)(Days|Months|Years)\\(\\s*(2|3|6|7|14|15|21|90|183)\\s*\\)|Period\\.of(Days|Months|Years)\\(\\s*\\d+\\s*\\)"),
                    Set.of("demo/")),
            new Check("a penalty amount", Pattern.compile("BigDecimal\\(\"(100|200|1000|2000|3000|10000)\"\\)"), Set.of()),
            // The fallback for states whose law states no period is configuration, not a state's fact.
            new Check("a retention period", Pattern.compile("\"P\\d+[YMD]\""), Set.of("retention/RetentionConfig.java")));

    /** Facts of a state in words: messages, pages and configuration must take them from the law. */
    private static final List<Check> TEXT = List.of(
            new Check("a deadline in words", Pattern.compile("\\b\\d+ (calendar|business) days?\\b|\\b\\d+ d[ií]as (naturales|h[aá]biles)"), Set.of()),
            new Check("a data window or retention period in words",
                    Pattern.compile("(?i)\\b(90|14|21) (days|d[ií]as)\\b|six months|seis meses|three years|tres a[nñ]os|\\b3 (years|a[nñ]os)\\b"),
                    Set.of()),
            new Check("a per-state switch", Pattern.compile("#case '(CA|NY|WA|MN|OR|US|IL)'"), Set.of()),
            new Check("a per-state retention setting", Pattern.compile("quotaledger\\.retention\\.(states|federal)"), Set.of()));

    private record Check(String what, Pattern pattern, Set<String> allowedIn) {
    }

    @Test
    void noStateFactIsDefinedOutsideItsStateLaw() {
        Set<Path> stateClasses = stateClasses();
        assertThat(stateClasses).hasSize(StateLaws.all().size());
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String relative = MAIN.relativize(file).toString().replace('\\', '/').replace("org/quotaledger/", "");
                if (stateClasses.contains(file) || relative.startsWith("law/")) {
                    continue;
                }
                scan(relative, withoutComments(Files.readString(file)), JAVA, found);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path root : List.of(Path.of("src/main/resources"), Path.of("templates"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".properties") || f.toString().endsWith(".html")).toList()) {
                    String text = Files.readString(file).lines().filter(l -> !l.stripLeading().startsWith("#"))
                            .collect(Collectors.joining("\n"));
                    scan(file.toString(), text, TEXT, found);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertThat(found).as("state facts outside their StateLaw class").isEmpty();
    }

    @Test
    void theScanRecognisesTheDuplicatesItGuardsAgainst() {
        List<String> found = new ArrayList<>();
        scan("Deadlines.java", withoutComments("""
                // "CA" in a comment is fine
                Map.of("CA", new Schedule(21, 21, false, "§2104(b)"));
                LocalDate from = "WA".equals(state) ? end.minusMonths(6) : end.minusDays(90);
                ZoneId pacific = ZoneId.of("America/Los_Angeles");
                new BigDecimal("1000"); Period p = Period.parse("P3Y"); nth("Labor Day", 1, MONDAY, SEPTEMBER);
                String url = "https://example.org"; // "NY"
                """), JAVA, found);
        assertThat(found).hasSize(8);
        found.clear();
        scan("notice.properties", "rights.CA.deadline=no later than 21 calendar days\nrights.WA.request=the last six months\n"
                + "{#case 'CA'}x\nquotaledger.retention.states.NY=P3Y", TEXT, found);
        assertThat(found).hasSize(4);
    }

    private static void scan(String file, String text, List<Check> checks, List<String> found) {
        for (Check check : checks) {
            if (check.allowedIn().stream().anyMatch(file::startsWith)) {
                continue;
            }
            Matcher m = check.pattern().matcher(text);
            while (m.find()) {
                found.add(file + ": " + check.what() + ": " + m.group());
            }
        }
    }

    /** The source without comments; string literals are kept (a "//" inside a URL is not a comment). */
    static String withoutComments(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '"' || c == '\'') {
                boolean block = source.startsWith("\"\"\"", i);
                int end = i + (block ? 3 : 1);
                while (end < source.length() && !(block ? source.startsWith("\"\"\"", end) : source.charAt(end) == c)) {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(source.length(), end + (block ? 3 : 1));
                out.append(source, i, end);
                i = end;
            } else if (source.startsWith("//", i)) {
                while (i < source.length() && source.charAt(i) != '\n') {
                    i++;
                }
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? source.length() : end + 2;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static Set<Path> stateClasses() {
        try {
            return Files.readAllLines(SERVICES).stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(name -> MAIN.resolve(name.replace('.', '/') + ".java")).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
