package org.quotaledger.compliance;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.quotaledger.rules.Finding;
import org.quotaledger.security.Role;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@Path("/api/v1")
@Tag(name = "Compliance")
@RolesAllowed({Role.ADMIN_ID, Role.MANAGER_ID, Role.COMPLIANCE_ID, Role.REGULATOR_ID})
public class ComplianceResource {

    /**
     * A run; {@code id} is null for an evaluation computed for the caller and not stored. {@code exposureBreakdown}:
     * the exposure's count by rule and by employee, matching the findings listed.
     */
    public record RunSummary(Long id, Instant evaluatedAt, LocalDate asOf, String trigger, int pass, int fail,
                             int needsReview, int pending, int notApplicable, BigDecimal exposure, String exposureFormula,
                             Exposure.Breakdown exposureBreakdown) {
        static RunSummary from(RunView r) {
            return new RunSummary(r.id(), r.evaluatedAt(), r.asOf(), r.trigger(), r.passCount(), r.failCount(), r.reviewCount(),
                    r.pendingCount(), r.naCount(), BigDecimal.valueOf(r.exposureCents(), 2), r.exposureText(), r.exposure());
        }
    }

    /**
     * {@code findings}: those needing action; {@code passed}: the checks that passed, so a reader sees what held;
     * {@code monthly}: the facility as of the end of each of the last twelve months.
     */
    public record ComplianceReport(LocalDate asOf, RunSummary run, List<Finding> findings,
                                   List<ComplianceService.MissingDelivery> employeesWithoutCurrentDescription,
                                   List<Finding> passed, List<ComplianceService.MonthPoint> monthly) {
    }

    @Inject
    ComplianceService service;

    @GET
    @Path("facilities/{id}/compliance")
    @Operation(summary = "The facility's evaluation as of a facility-local day (default today): findings needing action,"
            + " the checks that passed, employees without a current description and the month-by-month trend")
    public ComplianceReport report(@RestPath long id, @RestQuery LocalDate asOf) {
        var dashboard = service.dashboard(id, asOf);
        return new ComplianceReport(dashboard.asOf(), RunSummary.from(dashboard.run()), dashboard.actionable(),
                dashboard.missing(), dashboard.passed(), dashboard.monthly());
    }

    @POST
    @Path("facilities/{id}/evaluations")
    @RolesAllowed({Role.ADMIN_ID, Role.MANAGER_ID, Role.COMPLIANCE_ID}) // a regulator reads; it stores nothing
    @Operation(summary = "Evaluate the facility and store the run: as of today, or as of a past facility-local day"
            + " (asOf=YYYY-MM-DD), judging the facility as it stood at the end of that day; a day still to come is a 400")
    public RunSummary evaluate(@RestPath long id, @RestQuery LocalDate asOf) {
        return RunSummary.from(service.evaluate(id, asOf));
    }

    @GET
    @Path("facilities/{id}/evaluations")
    @Operation(summary = "Past evaluation runs, newest first (the trend)")
    public List<RunSummary> history(@RestPath long id) {
        return service.history(id).stream().map(RunSummary::from).toList();
    }
}
