package org.quotaledger.rules;

import org.quotaledger.document.QuotaDocument;
import org.quotaledger.document.QuotaDocument.Basis;
import org.quotaledger.document.QuotaDocument.CollectiveBargaining;
import org.quotaledger.document.QuotaDocument.FacilityBlock;
import org.quotaledger.document.QuotaDocument.Jurisdiction;
import org.quotaledger.document.QuotaDocument.Kind;
import org.quotaledger.document.QuotaDocument.ProtectedActivity;
import org.quotaledger.document.QuotaDocument.Quota;
import org.quotaledger.document.QuotaDocument.RoleRef;
import org.quotaledger.document.QuotaDocument.QuotaText;
import org.quotaledger.document.QuotaDocument.TimeOffTask;
import org.quotaledger.document.QuotaDocument.Translation;
import org.quotaledger.rules.FacilityFacts.ActiveDescription;
import org.quotaledger.rules.FacilityFacts.AdverseAction;
import org.quotaledger.rules.FacilityFacts.Channel;
import org.quotaledger.rules.FacilityFacts.Delivery;
import org.quotaledger.rules.FacilityFacts.Employee;
import org.quotaledger.rules.FacilityFacts.InjuryRate;
import org.quotaledger.rules.FacilityFacts.Records;
import org.quotaledger.rules.FacilityFacts.Request;
import org.quotaledger.rules.FacilityFacts.RequestChannel;
import org.quotaledger.law.RequestKind;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/** Documents and facility facts for the rule tests, built in code (no database, no Quarkus). */
final class RuleFixtures {

    static final LocalDate EFFECTIVE = LocalDate.of(2026, 3, 2);
    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    private RuleFixtures() {
    }

    /** A mutable copy of a document's fields, so a test changes one thing and builds. */
    static final class Doc {
        Jurisdiction jurisdiction = Jurisdiction.CA;
        String naics = "493110";
        Integer site = 1450;
        Integer statewide = 9800;
        CollectiveBargaining cba = new CollectiveBargaining(false, false, false);
        Duration shift = Duration.ofHours(10);
        Boolean onCall = false;
        LocalDate effectiveDate = EFFECTIVE;
        List<String> languages = List.of("en", "es");
        List<String> employeeLanguages = List.of("en", "es");
        List<Quota> quotas = new ArrayList<>(List.of(pickRate()));
        TimeOffTask timeOffTask = new TimeOffTask(true, Duration.ofMinutes(30), List.of(ProtectedActivity.values()));
        Boolean breaksCountedAsProductive = false;
        List<String> adverseActions = List.of("Written warning after five shifts below rate in 30 days");
        Boolean incentiveProgram = false;
        List<String> incentives = List.of();
        Boolean rightsStatement = true;
        /** Null: every declared language other than English gets a complete translation when built. */
        Map<String, Translation> translations;

        Doc with(UnaryOperator<Doc> change) {
            return change.apply(this);
        }

        Doc quota(UnaryOperator<QuotaBuilder> change) {
            quotas.set(0, change.apply(new QuotaBuilder(quotas.getFirst())).build());
            return this;
        }

        String state() {
            return jurisdiction == Jurisdiction.US ? "CA" : jurisdiction.name();
        }

        FacilityBlock facility() {
            return new FacilityBlock("ONT8", "Moreno Valley Fulfillment", state(), naics, site, statewide, cba);
        }

        QuotaDocument build() {
            return new QuotaDocument(QuotaDocument.SCHEMA, jurisdiction, facility(), new RoleRef("PICK", "Picker"),
                    shift, onCall, effectiveDate, languages, employeeLanguages, List.copyOf(quotas), timeOffTask,
                    breaksCountedAsProductive, adverseActions, incentiveProgram, incentives, rightsStatement,
                    translations != null ? translations : translated());
        }

        /** A stand-in translation of every text into every declared language: "Pick rate [es]". */
        private Map<String, Translation> translated() {
            Map<String, Translation> all = new LinkedHashMap<>();
            for (String language : languages == null ? List.<String>of() : languages) {
                if (QuotaDocument.sameLanguage(language, QuotaDocument.BASE_LANGUAGE)) {
                    continue;
                }
                UnaryOperator<String> t = text -> text == null ? null : text + " [" + language + "]";
                all.put(language, new Translation("Picker [" + language + "]",
                        quotas.stream().map(q -> new QuotaText(t.apply(q.name()), t.apply(q.task()), t.apply(q.unit()),
                                t.apply(q.howMeasured()), q.adverseActions() == null ? null
                                : q.adverseActions().stream().map(t).toList())).toList(),
                        adverseActions == null ? null : adverseActions.stream().map(t).toList(),
                        incentives == null ? null : incentives.stream().map(t).toList()));
            }
            return all.isEmpty() ? null : all;
        }
    }

    static final class QuotaBuilder {
        String name;
        Kind kind;
        String task;
        BigDecimal quantity;
        String unit;
        Duration period;
        Basis basis;
        String howMeasured;
        List<String> adverseActions;

        QuotaBuilder(Quota q) {
            name = q.name();
            kind = q.kind();
            task = q.task();
            quantity = q.quantity();
            unit = q.unit();
            period = q.period();
            basis = q.basis();
            howMeasured = q.howMeasured();
            adverseActions = q.adverseActions();
        }

        QuotaBuilder set(UnaryOperator<QuotaBuilder> change) {
            return change.apply(this);
        }

        Quota build() {
            return new Quota(name, kind, task, quantity, unit, period, basis, howMeasured, adverseActions);
        }
    }

    static Quota pickRate() {
        return new Quota("Pick rate", Kind.COUNT, "units picked", new BigDecimal("120"), "units", Duration.ofHours(1),
                Basis.INDIVIDUAL, "Scanner events per productive hour, averaged over the shift",
                List.of("Coaching conversation after two shifts below rate"));
    }

    /** The spec's example: compliant in every state (a per-day target under the federal bill). */
    static Doc good(Jurisdiction jurisdiction) {
        Doc doc = new Doc();
        doc.jurisdiction = jurisdiction;
        if (jurisdiction == Jurisdiction.US) {
            doc.quota(q -> q.set(b -> {
                b.quantity = new BigDecimal("1000");
                b.period = Duration.ofDays(1);
                return b;
            }));
            doc.shift = Duration.ofHours(10);
        }
        return doc;
    }

    /** Every document defect at once: no quantity, unit, period, measure or consequence; breaks and TOT counted. */
    static Doc bad(Jurisdiction jurisdiction) {
        Doc doc = good(jurisdiction);
        doc.quota(q -> q.set(b -> {
            b.quantity = null;
            b.unit = null;
            b.period = null;
            b.howMeasured = null;
            b.adverseActions = null;
            return b;
        }));
        doc.adverseActions = null;
        doc.breaksCountedAsProductive = true;
        doc.timeOffTask = new TimeOffTask(true, null, List.of());
        doc.languages = List.of("en");
        doc.incentiveProgram = true;
        doc.incentives = List.of();
        doc.rightsStatement = false;
        return doc;
    }

    /** A peer ranking ("top 80% of the site") with a consequence. */
    static Doc relative(Jurisdiction jurisdiction) {
        return good(jurisdiction).quota(q -> q.set(b -> {
            b.kind = Kind.RELATIVE;
            b.quantity = null;
            b.unit = null;
            b.period = null;
            return b;
        }));
    }

    static Delivery delivery(int version, LocalDate on, Channel channel, String language) {
        return new Delivery("PICK", version, on, channel, language, on);
    }

    static Employee employee(String number, LocalDate hired, String language, Delivery... deliveries) {
        return new Employee(number, "Employee " + number, "PICK", false, hired, null, language, Arrays.asList(deliveries));
    }

    /** A facility that keeps every duty: on-time deliveries, answered requests, documented actions. */
    static FacilityFacts goodFacility(Jurisdiction jurisdiction) {
        Doc doc = good(jurisdiction);
        ActiveDescription pick = new ActiveDescription("PICK", 2, doc.build(), EFFECTIVE, LocalDate.of(2025, 1, 6));
        LocalDate before = LocalDate.of(2026, 2, 20);
        LocalDate april = LocalDate.of(2026, 4, 1);
        List<Employee> employees = List.of(
                employee("E1", LocalDate.of(2024, 1, 10), "es",
                        delivery(2, before, Channel.PAPER, "es"), delivery(2, before, Channel.EMAIL, "en")),
                employee("E2", april, "en", delivery(2, april, Channel.PAPER, "en"), delivery(2, april, Channel.PORTAL, "en")),
                new Employee("E3", "Manager", "PICK", true, LocalDate.of(2020, 1, 1), null, "en", List.of()),
                new Employee("E4", "Former", "PICK", false, LocalDate.of(2023, 9, 1), LocalDate.of(2026, 1, 31), "en",
                        List.of(delivery(1, LocalDate.of(2025, 1, 6), Channel.PAPER, "en"))));
        List<Request> requests = List.of(
                new Request("E1", LocalDate.of(2026, 5, 4), RequestKind.WORK_SPEED_DATA, RequestChannel.ORAL, false,
                        LocalDate.of(2026, 5, 5), false, LocalDate.of(2025, 11, 1), LocalDate.of(2026, 5, 4), true, List.of("es"), null),
                new Request("E1", LocalDate.of(2026, 5, 4), RequestKind.DESCRIPTION, RequestChannel.WRITTEN, false,
                        LocalDate.of(2026, 5, 5), false, null, null, false, List.of("es"), null),
                new Request("E4", LocalDate.of(2026, 2, 10), RequestKind.WORK_SPEED_DATA, RequestChannel.WRITTEN, true,
                        LocalDate.of(2026, 2, 11), false, LocalDate.of(2025, 7, 1), LocalDate.of(2026, 1, 31), true, List.of("en"), null));
        LocalDate june = LocalDate.of(2026, 6, 1);
        List<AdverseAction> actions = List.of(
                new AdverseAction("E2", june, "written warning", true, "PICK", 2, june, june, june));
        Records records = new Records(48, LocalDate.of(2025, 5, 1), Set.of("PICK"), true, LocalDate.of(2026, 1, 15),
                List.of(new InjuryRate(2025, new BigDecimal("3.0"), new BigDecimal("3.1"), new BigDecimal("4.0"), 500_000)),
                Set.of());
        return new FacilityFacts(doc.facility(), jurisdiction == Jurisdiction.US, TODAY, List.of(pick), employees,
                requests, actions, List.of(), records);
    }

    /** A facility that misses every duty it can: late or verbal deliveries, late and charged requests, bad actions. */
    static FacilityFacts badFacility(Jurisdiction jurisdiction) {
        Doc doc = bad(jurisdiction);
        ActiveDescription pick = new ActiveDescription("PICK", 2, doc.build(), EFFECTIVE, LocalDate.of(2025, 1, 6));
        LocalDate april = LocalDate.of(2026, 4, 1);
        List<Employee> employees = List.of(
                employee("B1", LocalDate.of(2024, 1, 10), "es", delivery(2, LocalDate.of(2026, 3, 10), Channel.VERBAL, "en")),
                employee("B2", april, "es"),
                new Employee("B3", "Former", "PICK", false, LocalDate.of(2023, 9, 1), LocalDate.of(2025, 12, 31), "en",
                        List.of()));
        List<Request> requests = List.of(
                new Request("B1", april, RequestKind.WORK_SPEED_DATA, RequestChannel.WRITTEN, false,
                        LocalDate.of(2026, 5, 20), false, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1), false, List.of("en"),
                        new BigDecimal("5.00")),
                new Request("B2", LocalDate.of(2026, 5, 1), RequestKind.DESCRIPTION, RequestChannel.ORAL, false,
                        null, true, null, null, false, List.of(), null),
                new Request("B3", LocalDate.of(2026, 1, 10), RequestKind.WORK_SPEED_DATA, RequestChannel.WRITTEN, true,
                        null, false, null, null, false, List.of(), null),
                new Request("B3", LocalDate.of(2026, 2, 1), RequestKind.WORK_SPEED_DATA, RequestChannel.WRITTEN, true,
                        null, true, null, null, false, List.of(), null));
        List<AdverseAction> actions = List.of(
                new AdverseAction("B2", LocalDate.of(2026, 5, 15), "termination", true, "PICK", 2, null, null, null));
        Records records = new Records(12, null, Set.of(), false, LocalDate.of(2024, 1, 1),
                List.of(new InjuryRate(2024, new BigDecimal("6.0"), null, new BigDecimal("4.0"), 500_000),
                        new InjuryRate(2025, new BigDecimal("6.5"), null, new BigDecimal("4.0"), 500_000)),
                Set.of());
        return new FacilityFacts(doc.facility(), jurisdiction == Jurisdiction.US, TODAY, List.of(pick), employees,
                requests, actions, List.of(), records);
    }
}
