package org.quotaledger.facility;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;
import org.quotaledger.employee.Employee;
import org.quotaledger.employee.EmployeeService;
import org.quotaledger.quota.QuotaDescription;
import org.quotaledger.quota.QuotaDescriptionService;
import org.quotaledger.security.Access;
import org.quotaledger.security.Role;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

@Path("/")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.ADMIN_ID, Role.MANAGER_ID, Role.COMPLIANCE_ID, Role.REGULATOR_ID})
public class FacilityPages {

    @CheckedTemplate(basePath = "facility")
    static class Templates {
        static native TemplateInstance list(List<Row> facilities);

        static native TemplateInstance show(Facility facility, List<JobRole> roles, List<Employee> employees,
                                            List<StatusGroup> descriptions,
                                            Stats stats, boolean canChange);
    }

    /** A facility in the list with the numbers a manager scans for. */
    public record Row(Facility facility, long employees, long activeDescriptions, long openDrafts) {
    }

    /** The versions in one lifecycle state, shown in lifecycle order. */
    public record StatusGroup(QuotaDescription.Status status, List<QuotaDescription> versions) {
    }

    public record Stats(int employees, int current, int exempt, int withoutRole, int roles, int activeDescriptions) {
    }

    @Inject
    FacilityService facilities;

    @Inject
    EmployeeService employees;

    @Inject
    QuotaDescriptionService descriptions;

    @Inject
    Access access;

    @GET
    @Path("facilities")
    public TemplateInstance list() {
        List<Row> rows = facilities.visibleFacilities().stream().map(f -> new Row(f,
                Employee.count("facility", f),
                QuotaDescription.count("facility = ?1 and status = ?2", f, QuotaDescription.Status.ACTIVE),
                QuotaDescription.count("facility = ?1 and status in ?2", f,
                        List.of(QuotaDescription.Status.DRAFT, QuotaDescription.Status.IN_REVIEW)))).toList();
        return Templates.list(rows);
    }

    @GET
    @Path("facilities/{id}")
    public TemplateInstance show(@RestPath long id) {
        Facility facility = facilities.facility(id);
        List<Employee> roster = employees.roster(id);
        Map<QuotaDescription.Status, List<QuotaDescription>> byStatus = descriptions.descriptions(id).stream()
                .collect(Collectors.groupingBy(d -> d.status, () -> new java.util.EnumMap<>(QuotaDescription.Status.class),
                        Collectors.toList()));
        LocalDate today = LocalDate.now();
        var stats = new Stats(roster.size(),
                (int) roster.stream().filter(e -> e.isCurrent(today)).count(),
                (int) roster.stream().filter(e -> e.exempt).count(),
                (int) roster.stream().filter(e -> e.role == null).count(),
                facilities.roles(id).size(),
                byStatus.getOrDefault(QuotaDescription.Status.ACTIVE, List.of()).size());
        boolean canChange = access.canChange();
        List<StatusGroup> groups = java.util.Arrays.stream(QuotaDescription.Status.values())
                .map(s -> new StatusGroup(s, byStatus.getOrDefault(s, List.of()))).toList();
        return Templates.show(facility, facilities.roles(id), roster, groups, stats, canChange);
    }
}
