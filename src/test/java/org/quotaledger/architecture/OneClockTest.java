package org.quotaledger.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;
import org.quotaledger.time.AppClock;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every day a person reads comes from one clock: no class of the application but {@link AppClock} asks java.time
 * for "now". A class that does reads the server's clock and zone, which tests cannot pin and which may be anywhere.
 *
 * <p>Shown to fail: with {@code LocalDate.now()} put back into {@code FacilityPages.show}, {@link #onlyTheClockReadsTheTime}
 * fails naming {@code FacilityPages.show} (and {@link #theRuleSeesACallToNow} proves the condition fires on such a call).
 */
class OneClockTest {

    private static final Set<Class<?>> TIME_TYPES = Set.of(Instant.class, LocalDate.class, LocalDateTime.class, LocalTime.class,
            ZonedDateTime.class, OffsetDateTime.class, YearMonth.class, Year.class);

    private static final JavaClasses APPLICATION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.quotaledger");

    static final ArchCondition<JavaClass> NOT_CALL_NOW = new ArchCondition<>("not call now() of java.time") {
        @Override
        public void check(JavaClass item, ConditionEvents events) {
            for (JavaMethodCall call : item.getMethodCallsFromSelf()) {
                boolean now = call.getName().equals("now")
                        && TIME_TYPES.stream().anyMatch(t -> call.getTargetOwner().isEquivalentTo(t));
                if (now) {
                    events.add(SimpleConditionEvent.violated(call, call.getDescription()));
                }
            }
        }
    };

    static final ArchRule ONLY_THE_CLOCK_READS_THE_TIME = classes().that().doNotBelongToAnyOf(AppClock.class)
            .should(NOT_CALL_NOW)
            .because("every instant and every facility-local day comes from the one clock, org.quotaledger.time.AppClock");

    @Test
    void onlyTheClockReadsTheTime() {
        ONLY_THE_CLOCK_READS_THE_TIME.check(APPLICATION);
    }

    /** The rule is not vacuous: it reports a class that calls now(), such as this test's own sample. */
    @Test
    void theRuleSeesACallToNow() {
        JavaClasses sample = new ClassFileImporter().importClasses(ReadsTheServerClock.class);
        assertThat(ONLY_THE_CLOCK_READS_THE_TIME.evaluate(sample).hasViolation()).isTrue();
        JavaClasses owner = new ClassFileImporter().importClasses(AppClock.class);
        assertThat(ONLY_THE_CLOCK_READS_THE_TIME.allowEmptyShould(true).evaluate(owner).hasViolation()).isFalse();
    }

    static final class ReadsTheServerClock {
        LocalDate today() {
            return LocalDate.now();
        }
    }
}
