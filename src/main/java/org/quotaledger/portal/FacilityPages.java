package org.quotaledger.portal;

import org.quotaledger.facility.FacilityViews;
import org.quotaledger.facility.Headcount;
import org.quotaledger.facility.FacilityService;
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
import org.quotaledger.employee.EmployeeService;
import org.quotaledger.employee.EmployeeViews.EmployeeView;
import org.quotaledger.facility.FacilityViews.FacilityView;
import org.quotaledger.quota.QuotaDescription.Status;
import org.quotaledger.quota.QuotaDescriptionService;
import org.quotaledger.quota.QuotaDescriptionViews.DescriptionSummary;
import org.quotaledger.security.Role;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

@Path("/")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.ADMIN_ID, Role.MANAGER_ID, Role.COMPLIANCE_ID, Role.REGULATOR_ID})
public class FacilityPages {

    @CheckedTemplate(basePath = "facility")
    static class Templates {
        static native TemplateInstance list(List<Row> facilities, boolean mayCreate);

        static native TemplateInstance show(FacilityViews.FacilityPage page, FacilityView facility,
                                            List<EmployeeView> employees, List<StatusGroup> descriptions, Stats stats,
                                            Headcount headcount);
    }

    /** A facility in the list with the numbers a manager scans for; {@code siteHeadcount} is what the rules use. */
    public record Row(FacilityView facility, long employees, long activeDescriptions, long openDrafts, int siteHeadcount) {
    }

    /** The versions in one lifecycle state, shown in lifecycle order. */
    public record StatusGroup(Status status, List<DescriptionSummary> versions) {
    }

    public record Stats(int employees, int current, int exempt, int withoutRole, int roles, int activeDescriptions) {
    }

    @Inject
    FacilityService facilities;

    @Inject
    EmployeeService employees;

    @Inject
    QuotaDescriptionService descriptions;

    @GET
    @Path("facilities")
    public TemplateInstance list() {
        List<FacilityViews.FacilityHeadcount> visible = facilities.visibleWithHeadcounts();
        List<Long> ids = visible.stream().map(f -> f.facility().id()).toList();
        // Three grouped counts for the whole list, not three queries per facility.
        Map<Long, Long> staff = employees.rosterSizes(ids);
        Map<Long, Long> active = descriptions.countsByFacility(ids, List.of(Status.ACTIVE));
        Map<Long, Long> open = descriptions.countsByFacility(ids, List.of(Status.DRAFT, Status.IN_REVIEW));
        return Templates.list(visible.stream().map(f -> new Row(f.facility(), staff.getOrDefault(f.facility().id(), 0L),
                active.getOrDefault(f.facility().id(), 0L), open.getOrDefault(f.facility().id(), 0L), f.siteHeadcount())).toList(),
                facilities.mayCreateFacilities());
    }

    @GET
    @Path("facilities/{id}")
    public TemplateInstance show(@RestPath long id) {
        FacilityViews.FacilityPage page = facilities.page(id);
        List<EmployeeView> roster = employees.roster(id);
        Map<Status, List<DescriptionSummary>> byStatus = descriptions.summaries(id).stream()
                .collect(Collectors.groupingBy(DescriptionSummary::status, () -> new EnumMap<>(Status.class),
                        Collectors.toList()));
        LocalDate today = page.today();
        var stats = new Stats(roster.size(),
                (int) roster.stream().filter(e -> e.isCurrent(today)).count(),
                (int) roster.stream().filter(EmployeeView::exempt).count(),
                (int) roster.stream().filter(e -> e.roleCode() == null).count(),
                page.roles().size(),
                (int) byStatus.values().stream().flatMap(List::stream)
                        .filter(d -> d.standing() != null && d.standing().inForce()).count());
        List<StatusGroup> groups = Arrays.stream(Status.values())
                .map(s -> new StatusGroup(s, byStatus.getOrDefault(s, List.of()))).toList();
        return Templates.show(page, page.facility(), roster, groups, stats, page.headcount());
    }
}
