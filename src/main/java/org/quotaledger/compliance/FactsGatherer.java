package org.quotaledger.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hibernate.jpa.HibernateHints;
import org.quotaledger.law.JobFunction;
import org.quotaledger.law.StateLaws;
import org.quotaledger.delivery.Delivery;
import org.quotaledger.employee.Employee;
import org.quotaledger.facility.Facility;
import org.quotaledger.quota.QuotaDescription;
import org.quotaledger.document.QuotaDocument;
import org.quotaledger.quota.QuotaDocuments;
import org.quotaledger.quota.ValidTime;
import org.quotaledger.request.AdverseAction;
import org.quotaledger.request.EmployeeRequest;
import org.quotaledger.rules.FacilityFacts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.Collectors;

/**
 * Reads what the rules need about one facility from the registry, in a handful of queries (never one
 * per employee), and hands it over as plain {@link FacilityFacts}: the rules never touch the database.
 *
 * <p>Facts are always "as of" a facility-local day: the registry as it stood at the end of that day. Versions
 * decided by then and in force that day (valid time, see {@link ValidTime}); employees the registry knew by then
 * and hired by then, separations after it not yet happened; deliveries, requests, answers, declines and adverse
 * actions recorded by then. Records are loaded once ({@link #load}) and cut for any number of days in memory, so
 * a month-by-month trend costs one load.
 */
@ApplicationScoped
public class FactsGatherer {

    /** Rows PostgreSQL sends per round trip while the facility's records stream in. */
    private static final int FETCH_SIZE = 2_000;

    @Inject
    QuotaDocuments documents;

    /** The facility's local time zone: deadlines and "the day an employee received it" are local days. */
    public static ZoneId zone(Facility facility) {
        return StateLaws.zone(facility.state);
    }

    /** The facts of the facility as it stood at the end of {@code asOf}. */
    public FacilityFacts gather(Facility facility, LocalDate asOf) {
        return load(facility).asOf(asOf);
    }

    /** Every record of the facility the rules may need, each with the moment the registry learnt it. */
    public Records load(Facility facility) {
        ZoneId zone = zone(facility);
        List<Version> versions = QuotaDescription.decided(facility).stream()
                .map(d -> new Version(d.role.id, d.role.code, d.version, documents.read(d), d.effectiveOn, d.activatedAt))
                .toList();
        Map<Long, List<Recorded<FacilityFacts.Delivery>>> deliveries = deliveries(facility, zone);
        List<StaffMember> employees;
        try (Stream<Object[]> rows = Employee.getEntityManager().createQuery("""
                        select e.id, e.employeeNumber, e.name, r.code, e.exempt, e.hireDate, e.separationDate, e.primaryLanguage,
                               r.jobFunction, e.createdAt
                        from Employee e left join e.role r where e.facility = ?1 order by e.employeeNumber""", Object[].class)
                .setParameter(1, facility).setHint(HibernateHints.HINT_FETCH_SIZE, FETCH_SIZE).getResultStream()) {
            employees = rows.map(e -> new StaffMember((Instant) e[9], new FacilityFacts.Employee((String) e[1], (String) e[2],
                    (String) e[3], (Boolean) e[4], (LocalDate) e[5], (LocalDate) e[6], (String) e[7], List.of(), (JobFunction) e[8]),
                    deliveries.getOrDefault((Long) e[0], List.of()))).toList();
        }
        List<RecordedRequest> requests = EmployeeRequest.listFor(facility).stream()
                .map(r -> new RecordedRequest(r.recordedAt, r.fulfilledAt, r.declinedAt,
                        new FacilityFacts.Request(r.employee.employeeNumber, r.receivedOn, r.kind, r.channel,
                                r.formerEmployee, r.fulfilledOn, r.status == EmployeeRequest.Status.DECLINED,
                                r.fulfilledOn == null ? null : r.windowFrom, r.fulfilledOn == null ? null : r.windowTo,
                                r.fulfilledOn != null && r.aggregateIncluded,
                                r.fulfilledOn == null ? List.of() : r.answerLanguages(), null)))
                .toList();
        List<Recorded<FacilityFacts.AdverseAction>> actions = AdverseAction.listFor(facility).stream()
                .map(a -> new Recorded<>(a.recordedAt, new FacilityFacts.AdverseAction(a.employee.employeeNumber,
                        a.actionDate, a.type.name(), a.quotaBased, a.description == null ? null : a.description.role.code,
                        a.description == null ? null : a.description.version, a.quotaGivenOn, a.workSpeedDataGivenOn,
                        null), null))
                .toList();
        return new Records(facility::toDocumentBlock, facility.federalOptIn, zone, versions, employees, requests, actions,
                RegistryFacts.complaints(facility), RegistryFacts.undescribedRoles(facility, List.of()));
    }

    /**
     * Every delivery of the facility by employee id, read as plain values rather than entities: a year of weekly
     * deliveries at 10,000 employees is half a million rows, which as managed entities would not fit an instance's heap.
     * Role codes and languages repeat in every row, so each distinct one is kept once.
     */
    private static Map<Long, List<Recorded<FacilityFacts.Delivery>>> deliveries(Facility facility, ZoneId zone) {
        Map<Long, List<Recorded<FacilityFacts.Delivery>>> byEmployee = new HashMap<>();
        Map<String, String> shared = new HashMap<>();
        try (Stream<Object[]> rows = Delivery.getEntityManager().createQuery("""
                        select e.id, r.code, dd.version, d.deliveredAt, d.channel, d.language, d.acknowledgedAt, d.recordedAt
                        from Delivery d join d.employee e join d.description dd join dd.role r where e.facility = ?1""", Object[].class)
                .setParameter(1, facility).setHint(HibernateHints.HINT_FETCH_SIZE, FETCH_SIZE).getResultStream()) {
            rows.forEach(d -> {
                Instant deliveredAt = (Instant) d[3];
                Instant acknowledgedAt = (Instant) d[6];
                byEmployee.computeIfAbsent((Long) d[0], id -> new ArrayList<>()).add(new Recorded<>(later((Instant) d[7], deliveredAt),
                        new FacilityFacts.Delivery(shared.computeIfAbsent((String) d[1], c -> c), (Integer) d[2],
                                day(deliveredAt, zone), FacilityFacts.Channel.valueOf(((Delivery.Channel) d[4]).name()),
                                d[5] == null ? null : shared.computeIfAbsent((String) d[5], l -> l),
                                acknowledgedAt == null ? null : day(acknowledgedAt, zone)), acknowledgedAt));
            });
        }
        return byEmployee;
    }

    /** A decided version of a role's description with its valid time (effective day) and transaction time. */
    record Version(long roleId, String roleCode, int number, QuotaDocument document, LocalDate effectiveOn,
                   Instant decidedAt) {
    }

    /** A fact and when the registry learnt it; {@code changedAt} is when its later part (an acknowledgement) came. */
    record Recorded<T>(Instant recordedAt, T fact, Instant changedAt) {
    }

    record StaffMember(Instant createdAt, FacilityFacts.Employee employee, List<Recorded<FacilityFacts.Delivery>> deliveries) {
    }

    record RecordedRequest(Instant recordedAt, Instant fulfilledAt, Instant declinedAt, FacilityFacts.Request request) {
    }

    /**
     * A facility's records, loaded once; {@link #asOf} cuts the facts of one day from them.
     *
     * @param facilityOn     the facility block with its coverage counted from the roster of a day
     * @param rolesInTheWorks roles with a description being drafted or reviewed: undescribed on a day none is in force
     */
    public record Records(Function<LocalDate, QuotaDocument.FacilityBlock> facilityOn, boolean federalOptIn, ZoneId zone,
                          List<Version> versions, List<StaffMember> employees, List<RecordedRequest> requests,
                          List<Recorded<FacilityFacts.AdverseAction>> actions, List<FacilityFacts.Complaint> complaints,
                          Set<String> rolesInTheWorks) {

        /** The facts as they stood at the end of the facility-local day {@code day}. */
        public FacilityFacts asOf(LocalDate day) {
            Instant end = day.plusDays(1).atStartOfDay(zone).toInstant();
            List<FacilityFacts.ActiveDescription> inForce = inForce(day, end);
            Set<String> undescribed = new TreeSet<>(rolesInTheWorks);
            inForce.forEach(d -> undescribed.remove(d.roleCode()));
            return new FacilityFacts(facilityOn.apply(day), federalOptIn, day, inForce, employees(day, end),
                    requests(day, end), actions.stream().filter(a -> known(a.recordedAt(), end)
                    && !a.fact().date().isAfter(day)).map(Recorded::fact).toList(),
                    complaints.stream().filter(c -> !c.date().isAfter(day)).toList(), null, undescribed);
        }

        private List<FacilityFacts.ActiveDescription> inForce(LocalDate day, Instant end) {
            List<FacilityFacts.ActiveDescription> inForce = new ArrayList<>();
            Map<Long, List<Version>> byRole = versions.stream().filter(v -> known(v.decidedAt(), end))
                    .collect(Collectors.groupingBy(Version::roleId));
            for (List<Version> role : byRole.values()) {
                List<ValidTime.Period<Version>> periods = ValidTime.periods(role, Version::number, Version::effectiveOn);
                for (int i = 0; i < periods.size(); i++) {
                    if (periods.get(i).covers(day)) {
                        Version v = periods.get(i).version();
                        LocalDate previous = i == 0 ? null : periods.get(i - 1).version().effectiveOn();
                        inForce.add(new FacilityFacts.ActiveDescription(v.roleCode(), v.number(), v.document(),
                                v.effectiveOn(), previous));
                    }
                }
            }
            inForce.sort(java.util.Comparator.comparing(FacilityFacts.ActiveDescription::roleCode));
            return inForce;
        }

        private List<FacilityFacts.Employee> employees(LocalDate day, Instant end) {
            List<FacilityFacts.Employee> onRoster = new ArrayList<>();
            for (StaffMember m : employees) {
                FacilityFacts.Employee e = m.employee();
                if (!known(m.createdAt(), end) || (e.hireDate() != null && e.hireDate().isAfter(day))) {
                    continue;
                }
                List<FacilityFacts.Delivery> received = m.deliveries().stream()
                        .filter(d -> known(d.recordedAt(), end))
                        .map(d -> known(d.changedAt(), end) ? d.fact() : withoutAcknowledgement(d.fact()))
                        .toList();
                LocalDate separation = e.separationDate() != null && e.separationDate().isAfter(day) ? null : e.separationDate();
                onRoster.add(new FacilityFacts.Employee(e.number(), e.name(), e.roleCode(), e.exempt(), e.hireDate(),
                        separation, e.primaryLanguage(), received, e.jobFunction()));
            }
            return onRoster;
        }

        private List<FacilityFacts.Request> requests(LocalDate day, Instant end) {
            List<FacilityFacts.Request> known = new ArrayList<>();
            for (RecordedRequest r : requests) {
                FacilityFacts.Request q = r.request();
                if (!known(r.recordedAt(), end) || q.receivedOn().isAfter(day)) {
                    continue;
                }
                boolean answered = q.fulfilledOn() != null && known(r.fulfilledAt(), end);
                boolean declined = q.declined() && known(r.declinedAt(), end);
                boolean asRecorded = answered == (q.fulfilledOn() != null) && declined == q.declined();
                known.add(asRecorded ? q : new FacilityFacts.Request(q.employeeNumber(),
                        q.receivedOn(), q.kind(), q.channel(), q.formerEmployee(), answered ? q.fulfilledOn() : null,
                        declined, answered ? q.wsdFrom() : null, answered ? q.wsdTo() : null,
                        answered && q.aggregateIncluded(), answered ? q.languages() : List.of(), q.fee()));
            }
            return known;
        }

        private static FacilityFacts.Delivery withoutAcknowledgement(FacilityFacts.Delivery d) {
            return new FacilityFacts.Delivery(d.roleCode(), d.version(), d.deliveredOn(), d.channel(), d.language(), null);
        }

        /** Known by the end of the day; records from before the registry kept the moment count as known. */
        private static boolean known(Instant at, Instant end) {
            return at == null || at.isBefore(end);
        }
    }

    /** The later of two moments (a delivery back-dated at recording is known from its recording). */
    private static Instant later(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    static LocalDate day(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toLocalDate();
    }
}
