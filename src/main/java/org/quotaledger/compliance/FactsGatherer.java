package org.quotaledger.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.quotaledger.law.StateLaws;
import org.quotaledger.delivery.Delivery;
import org.quotaledger.employee.Employee;
import org.quotaledger.facility.Facility;
import org.quotaledger.quota.QuotaDescription;
import org.quotaledger.quota.QuotaDocument;
import org.quotaledger.quota.QuotaDocuments;
import org.quotaledger.request.AdverseAction;
import org.quotaledger.request.EmployeeRequest;
import org.quotaledger.rules.FacilityFacts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads what the rules need about one facility from the registry, in a handful of queries (never one
 * per employee), and hands it over as plain {@link FacilityFacts}: the rules never touch the database.
 */
@ApplicationScoped
public class FactsGatherer {


    @Inject
    QuotaDocuments documents;

    /** The facility's local time zone: deadlines and "the day an employee received it" are local days. */
    public static ZoneId zone(Facility facility) {
        return StateLaws.zone(facility.state);
    }

    public FacilityFacts gather(Facility facility, LocalDate asOf) {
        ZoneId zone = zone(facility);
        List<QuotaDescription> versions = QuotaDescription.list(
                "from QuotaDescription d join fetch d.role where d.facility = ?1 and d.status in ?2", facility,
                List.of(QuotaDescription.Status.ACTIVE, QuotaDescription.Status.SUPERSEDED));
        Map<Long, List<QuotaDescription>> byRole = versions.stream().collect(Collectors.groupingBy(d -> d.role.id));
        List<FacilityFacts.ActiveDescription> active = new ArrayList<>();
        for (QuotaDescription d : versions) {
            if (d.status != QuotaDescription.Status.ACTIVE) {
                continue;
            }
            QuotaDocument document = documents.read(d);
            LocalDate previous = byRole.get(d.role.id).stream()
                    .filter(v -> v.version == d.version - 1)
                    .findFirst().map(v -> effectiveOn(v, documents.fromJson(v.document), zone)).orElse(null);
            active.add(new FacilityFacts.ActiveDescription(d.role.code, d.version, document, effectiveOn(d, document, zone), previous));
        }
        Map<Long, List<FacilityFacts.Delivery>> deliveries = Delivery.listFor(facility).stream()
                .collect(Collectors.groupingBy(d -> d.employee.id, Collectors.mapping(d -> new FacilityFacts.Delivery(
                        d.description.role.code, d.description.version, day(d.deliveredAt, zone),
                        FacilityFacts.Channel.valueOf(d.channel.name()), d.language,
                        d.acknowledgedAt == null ? null : day(d.acknowledgedAt, zone)), Collectors.toList())));
        List<FacilityFacts.Employee> employees = Employee.listFor(facility).stream()
                .map(e -> new FacilityFacts.Employee(e.employeeNumber, e.name, e.role == null ? null : e.role.code, e.exempt,
                        e.hireDate, e.separationDate, e.primaryLanguage, deliveries.getOrDefault(e.id, List.of()),
                        e.role == null ? null : e.role.jobFunction))
                .toList();
        List<FacilityFacts.Request> requests = EmployeeRequest.listFor(facility).stream()
                .map(r -> new FacilityFacts.Request(r.employee.employeeNumber, r.receivedOn, r.kind, r.channel, r.formerEmployee,
                        r.fulfilledOn, r.status == EmployeeRequest.Status.DECLINED,
                        r.fulfilledOn == null ? null : r.windowFrom, r.fulfilledOn == null ? null : r.windowTo,
                        r.fulfilledOn != null && r.aggregateIncluded, r.fulfilledOn == null ? List.of() : r.answerLanguages(), null))
                .toList();
        List<FacilityFacts.AdverseAction> actions = AdverseAction.listFor(facility).stream()
                .map(a -> new FacilityFacts.AdverseAction(a.employee.employeeNumber, a.actionDate, a.type.name(), a.quotaBased,
                        a.description == null ? null : a.description.role.code,
                        a.description == null ? null : a.description.version, a.quotaGivenOn, a.workSpeedDataGivenOn, null))
                .toList();
        return new FacilityFacts(facility.toDocumentBlock(asOf), facility.federalOptIn, asOf, active, employees, requests,
                actions, RegistryFacts.complaints(facility), null, RegistryFacts.undescribedRoles(facility, active));
    }

    /** Employees are subject to a version from the later of its activation and its stated effective date. */
    static LocalDate effectiveOn(QuotaDescription d, QuotaDocument document, ZoneId zone) {
        LocalDate activated = day(d.activatedAt, zone);
        LocalDate stated = document.effectiveDate();
        if (stated == null) {
            return activated;
        }
        return activated == null || stated.isAfter(activated) ? stated : activated;
    }

    static LocalDate day(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toLocalDate();
    }
}
