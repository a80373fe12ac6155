package org.quotaledger.delivery;

import org.quotaledger.time.AppClock;
import org.quotaledger.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.quotaledger.delivery.DeliveryViews.BulkDelivery;
import org.quotaledger.delivery.DeliveryViews.BulkResult;
import org.quotaledger.delivery.DeliveryViews.NewDelivery;
import org.quotaledger.employee.Employee;
import org.quotaledger.facility.Facility;
import org.quotaledger.facility.FacilityChanged;
import org.quotaledger.quota.QuotaDescription;
import org.quotaledger.document.QuotaDocument;
import org.quotaledger.quota.QuotaDocuments;
import org.quotaledger.security.Access;
import org.quotaledger.web.InvalidInput;
import org.quotaledger.web.NotFound;
import org.quotaledger.web.Problem.FieldError;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Records that employees received description versions, and their acknowledgements. */
@ApplicationScoped
@Transactional
public class DeliveryService {

    @Inject
    AppClock clock;

    @Inject
    Access access;

    @Inject
    QuotaDocuments documents;

    @Inject
    Event<FacilityChanged> changes;

    @Inject
    AuditLog audit;

    public DeliveryViews.DeliveryView record(long employeeId, NewDelivery input) {
        Employee employee = Employee.seenBy(access, employeeId);
        Facility.changeableBy(access, employee.facility.id);
        QuotaDescription description = deliverable(input.descriptionId(), employee);
        String language = input.language() != null ? input.language()
                : languageFor(employee, documents.read(description));
        Delivery delivery = Delivery.of(employee, description, at(input.deliveredAt()), input.channel(), language, access.username(),
                clock.now());
        delivery.persist();
        audit.append("delivery.recorded", "delivery", delivery.id, employee.facility.id, null, DeliveryViews.DeliveryView.from(delivery));
        changes.fire(new FacilityChanged(employee.facility.id, "delivery recorded"));
        return DeliveryViews.DeliveryView.from(delivery);
    }

    /** Records one version handed to many employees of its role at once (a shift briefing with printed copies, say). */
    public BulkResult recordForRole(long descriptionId, BulkDelivery input) {
        QuotaDescription description = QuotaDescription.<QuotaDescription>findByIdOptional(descriptionId)
                .filter(d -> access.facilityScope().includes(d.facility.id))
                .orElseThrow(() -> new NotFound("quota description", descriptionId));
        Facility.changeableBy(access, description.facility.id);
        requireIssued(description);
        QuotaDocument document = documents.read(description);
        List<Employee> staff = Employee.list("facility = ?1 and role = ?2", description.facility, description.role);
        List<Employee> targets;
        List<String> unknown = new ArrayList<>();
        if (input.employeeNumbers() == null || input.employeeNumbers().isEmpty()) {
            LocalDate today = clock.today(description.facility.state);
            targets = staff.stream().filter(e -> e.isCurrent(today)).toList();
        } else {
            Map<String, Employee> byNumber = staff.stream().collect(Collectors.toMap(e -> e.employeeNumber, Function.identity()));
            targets = new ArrayList<>();
            for (String number : input.employeeNumbers()) {
                Employee e = byNumber.get(number);
                if (e == null) {
                    unknown.add(number);
                } else {
                    targets.add(e);
                }
            }
            if (!unknown.isEmpty()) {
                throw new InvalidInput(unknown.size() + " employee number(s) are not " + description.role.title
                        + " employees of " + description.facility.code + "; nothing was recorded.",
                        unknown.stream().map(n -> FieldError.field("employeeNumbers", n + " is not in this role")).toList());
            }
        }
        Instant at = at(input.deliveredAt());
        for (Employee e : targets) {
            Delivery delivery = Delivery.of(e, description, at, input.channel(), languageFor(e, document), access.username(),
                    clock.now());
            delivery.persist();
            audit.append("delivery.recorded", "delivery", delivery.id, description.facility.id, null, DeliveryViews.DeliveryView.from(delivery));
        }
        changes.fire(new FacilityChanged(description.facility.id, "deliveries recorded"));
        return new BulkResult(targets.size(), unknown);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DeliveryViews.DeliveryView> deliveries(long employeeId) {
        return Delivery.viewsFor(Employee.seenBy(access, employeeId).id).list();
    }

    /** The employee confirms receipt; a manager may record a paper acknowledgement for them. */
    public DeliveryViews.DeliveryView acknowledge(long deliveryId) {
        Delivery delivery = Delivery.<Delivery>findByIdOptional(deliveryId)
                .filter(d -> d.employee.isSeenBy(access))
                .orElseThrow(() -> new NotFound("delivery", deliveryId));
        if (!access.user().securityRole().equals(org.quotaledger.security.Role.EMPLOYEE)) {
            Facility.changeableBy(access, delivery.employee.facility.id);
        }
        var before = DeliveryViews.DeliveryView.from(delivery);
        delivery.acknowledge(clock.now());
        var after = DeliveryViews.DeliveryView.from(delivery);
        audit.append("delivery.acknowledged", "delivery", delivery.id, delivery.employee.facility.id, before, after);
        return after;
    }

    private QuotaDescription deliverable(long descriptionId, Employee employee) {
        QuotaDescription description = QuotaDescription.<QuotaDescription>findByIdOptional(descriptionId)
                .filter(d -> d.facility.id.equals(employee.facility.id))
                .orElseThrow(() -> new InvalidInput("Description " + descriptionId + " is not a description of "
                        + employee.facility.code + ".", List.of(FieldError.field("descriptionId", "is not at this facility"))));
        requireIssued(description);
        if (employee.role != null && !employee.role.id.equals(description.role.id)) {
            throw new InvalidInput("Description " + descriptionId + " is for " + description.role.title + "; employee "
                    + employee.employeeNumber + " is a " + employee.role.title + ".",
                    List.of(FieldError.field("descriptionId", "describes another role")));
        }
        return description;
    }

    private static void requireIssued(QuotaDescription description) {
        if (description.status != QuotaDescription.Status.ACTIVE && description.status != QuotaDescription.Status.SUPERSEDED) {
            throw new InvalidInput("Version " + description.version + " is " + description.status
                    + "; only versions that were put in force can be delivered.",
                    List.of(FieldError.field("descriptionId", "is not active")));
        }
    }

    /** The employee's primary language when the description holds its text in it, else English (its own text). */
    static String languageFor(Employee employee, QuotaDocument document) {
        return document.writtenIn(employee.primaryLanguage) ? employee.primaryLanguage : QuotaDocument.BASE_LANGUAGE;
    }

    private Instant at(Instant given) {
        Instant now = clock.now();
        if (given != null && given.isAfter(now.plusSeconds(300))) {
            throw new InvalidInput("A delivery cannot be recorded in the future.",
                    List.of(FieldError.field("deliveredAt", "is in the future")));
        }
        return given == null ? now : given;
    }
}
