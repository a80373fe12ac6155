package org.quotaledger.compliance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.quotaledger.law.StateLaws;
import org.quotaledger.rules.FacilityFacts;
import org.quotaledger.rules.PenaltyEstimate;

import java.io.UncheckedIOException;
import java.util.List;

/**
 * The exposure's breakdown as kept with a run, and who counts as lacking a description: every employee is counted,
 * those in roles with no version in force included, so the dashboard, the exposure and the regulator summary agree.
 */
public final class Exposure {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a run keeps of an estimate: its count by rule and by employee. */
    public record Breakdown(List<PenaltyEstimate.RuleCount> byRule, List<PenaltyEstimate.EmployeeCount> byEmployee) {
        public static final Breakdown NONE = new Breakdown(List.of(), List.of());
    }

    private Exposure() {
    }

    static String json(PenaltyEstimate estimate) {
        try {
            return JSON.writeValueAsString(new Breakdown(estimate.byRule(), estimate.byEmployee()));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The breakdown a run kept; empty for runs without one. */
    public static Breakdown of(EvaluationRun run) {
        if (run.exposureBreakdown == null) {
            return Breakdown.NONE;
        }
        try {
            return JSON.readValue(run.exposureBreakdown, new TypeReference<>() {
            });
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the state's law leaves this employee out by their role's job function (drivers, couriers…). */
    static boolean excluded(FacilityFacts facts, FacilityFacts.Employee e) {
        return StateLaws.of(facts.state()).coverage().map(c -> c.excludes(e.jobFunction())).orElse(false);
    }

    /** Employees working on the day in a role whose description is only a draft or in review. */
    static List<ComplianceService.MissingDelivery> undescribed(FacilityFacts facts) {
        return facts.employees().stream()
                .filter(e -> !e.exempt() && e.roleCode() != null && facts.undescribedRoles().contains(e.roleCode())
                        && !e.separatedBefore(facts.evaluatedOn()) && !excluded(facts, e)
                        && (e.hireDate() == null || !e.hireDate().isAfter(facts.evaluatedOn())))
                .map(e -> new ComplianceService.MissingDelivery(e.number(), e.name(), e.roleCode(), null, e.hireDate(), null))
                .toList();
    }
}
