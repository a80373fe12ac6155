package org.quotaledger.compliance;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.quotaledger.compliance.ComplianceService.StandingFindings;
import org.quotaledger.metrics.FacilityGauges;
import org.quotaledger.metrics.FacilityGauges.Figure;

import java.util.List;

/**
 * Each facility's findings on {@code /q/metrics}, read from the database (the same on every instance). The duration of
 * evaluations is this instance's own and is timed where they run ({@link ComplianceService}).
 */
@ApplicationScoped
public class ComplianceMetrics {

    @Inject
    ComplianceService compliance;

    @Inject
    FacilityGauges gauges;

    @Inject
    MeterRegistry registry;

    void register(@Observes StartupEvent event) {
        gauges.register(registry, compliance::findingsByFacility, List.of(
                new Figure<>("quotaledger.findings.failed",
                        "Findings the rules FAIL in the facility's latest evaluation (database-wide: take max() across instances)",
                        StandingFindings::failed),
                new Figure<>("quotaledger.findings.needs.review",
                        "Findings that need a person's review in the facility's latest evaluation (database-wide: take max() across instances)",
                        StandingFindings::needsReview)));
    }
}
