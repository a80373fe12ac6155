package org.quotaledger.portal;

import org.quotaledger.facility.JobRole;
import org.quotaledger.facility.Headcount;
import org.quotaledger.facility.FacilityService;
import org.quotaledger.facility.Facility;
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
import org.quotaledger.quota.VersionStanding;
import org.quotaledger.security.Access;
import org.quotaledger.security.Role;
import org.quotaledger.time.AppClock;

import java.time.LocalDate;
import java.util.HashMap;
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
                                            List<StatusGroup> descriptions, Map<Long, VersionStanding> standings,
                                            Stats stats, boolean canChange, Headcount headcount);
    }

    /** A facility in the list with the numbers a manager scans for; {@code siteHeadcount} is what the rules use. */
    public record Row(Facility facility, long employees, long activeDescriptions, long openDrafts, int siteHeadcount) {
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

    @Inject
    AppClock clock;

    @GET
    @Path("facilities")
    public TemplateInstance list() {
        List<Facility> visible = facilities.visibleFacilities();
        List<Long> ids = visible.stream().map(f -> f.id).toList();
        // Three grouped counts for the whole list, not three queries per facility.
        Map<Long, Long> staff = counts(ids.isEmpty() ? List.of() : Employee.getEntityManager().createQuery(
                "select e.facility.id, count(e) from Employee e where e.facility.id in ?1 group by e.facility.id", Object[].class)
                .setParameter(1, ids).getResultList());
        Map<Long, Long> active = descriptionCounts(ids, List.of(QuotaDescription.Status.ACTIVE));
        Map<Long, Long> open = descriptionCounts(ids, List.of(QuotaDescription.Status.DRAFT, QuotaDescription.Status.IN_REVIEW));
        return Templates.list(visible.stream().map(f -> new Row(f, staff.getOrDefault(f.id, 0L), active.getOrDefault(f.id, 0L),
                open.getOrDefault(f.id, 0L), f.headcount(clock.today(f.state)).site())).toList());
    }

    private static Map<Long, Long> descriptionCounts(List<Long> ids, List<QuotaDescription.Status> statuses) {
        return counts(ids.isEmpty() ? List.of() : QuotaDescription.getEntityManager().createQuery(
                        "select d.facility.id, count(d) from QuotaDescription d where d.facility.id in ?1 and d.status in ?2"
                                + " group by d.facility.id", Object[].class)
                .setParameter(1, ids).setParameter(2, statuses).getResultList());
    }

    private static Map<Long, Long> counts(List<Object[]> rows) {
        return rows.stream().collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }

    @GET
    @Path("facilities/{id}")
    public TemplateInstance show(@RestPath long id) {
        Facility facility = facilities.facility(id);
        List<JobRole> roles = facilities.roles(id);
        List<Employee> roster = employees.roster(id);
        List<QuotaDescription> versions = descriptions.descriptions(id);
        Map<QuotaDescription.Status, List<QuotaDescription>> byStatus = versions.stream()
                .collect(Collectors.groupingBy(d -> d.status, () -> new java.util.EnumMap<>(QuotaDescription.Status.class),
                        Collectors.toList()));
        Map<Long, VersionStanding> standings = new HashMap<>();
        roles.forEach(role -> standings.putAll(descriptions.standings(role)));
        LocalDate today = clock.today(facility.state);
        var stats = new Stats(roster.size(),
                (int) roster.stream().filter(e -> e.isCurrent(today)).count(),
                (int) roster.stream().filter(e -> e.exempt).count(),
                (int) roster.stream().filter(e -> e.role == null).count(),
                roles.size(),
                (int) standings.values().stream().filter(VersionStanding::inForce).count());
        boolean canChange = access.canChange();
        List<StatusGroup> groups = java.util.Arrays.stream(QuotaDescription.Status.values())
                .map(s -> new StatusGroup(s, byStatus.getOrDefault(s, List.of()))).toList();
        return Templates.show(facility, roles, roster, groups, standings, stats, canChange,
                facility.headcount(clock.today(facility.state)));
    }
}
