package org.quotaledger.compliance;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
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

    /** {@code exposureBreakdown}: the exposure's count by rule and by employee, matching the findings listed. */
    public record RunSummary(long id, Instant evaluatedAt, LocalDate asOf, String trigger, int pass, int fail,
                             int needsReview, int pending, int notApplicable, BigDecimal exposure, String exposureFormula,
                             Exposure.Breakdown exposureBreakdown) {
        static RunSummary from(EvaluationRun r) {
            return new RunSummary(r.id, r.evaluatedAt, r.asOf, r.trigger, r.passCount, r.failCount, r.reviewCount,
                    r.pendingCount, r.naCount, BigDecimal.valueOf(r.exposureCents, 2), r.exposureText, Exposure.of(r));
        }
    }

    /** {@code findings}: those needing action; {@code passed}: the checks that passed, so a reader sees what held. */
    public record ComplianceReport(RunSummary run, List<Finding> findings, List<ComplianceService.MissingDelivery> employeesWithoutCurrentDescription,
                                   List<Finding> passed) {
    }

    @Inject
    ComplianceService service;

    @GET
    @Path("facilities/{id}/compliance")
    @Operation(summary = "The latest evaluation of the facility: findings needing action and employees without a current description")
    public ComplianceReport report(@RestPath long id) {
        var dashboard = service.dashboard(id);
        return new ComplianceReport(RunSummary.from(dashboard.run()), dashboard.actionable(), dashboard.missing(),
                dashboard.passed());
    }

    @POST
    @Path("facilities/{id}/evaluations")
    @Operation(summary = "Evaluate the facility now and store the run")
    public RunSummary evaluate(@RestPath long id) {
        return RunSummary.from(service.evaluate(id));
    }

    @GET
    @Path("facilities/{id}/evaluations")
    @Operation(summary = "Past evaluation runs, newest first (the trend)")
    public List<RunSummary> history(@RestPath long id) {
        return service.history(id).stream().map(RunSummary::from).toList();
    }
}
