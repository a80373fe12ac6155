package org.quotaledger.request;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.quotaledger.metrics.FacilityGauges;
import org.quotaledger.metrics.FacilityGauges.Figure;
import org.quotaledger.request.RequestService.OpenRequests;

import java.util.List;

/** Open and overdue requests per facility on {@code /q/metrics}, read from the database (the same on every instance). */
@ApplicationScoped
public class RequestMetrics {

    @Inject
    RequestService requests;

    @Inject
    FacilityGauges gauges;

    @Inject
    MeterRegistry registry;

    void register(@Observes StartupEvent event) {
        gauges.register(registry, requests::openByFacility, List.of(
                new Figure<>("quotaledger.requests.open", "Open employee requests (database-wide: take max() across instances)",
                        OpenRequests::open),
                new Figure<>("quotaledger.requests.overdue",
                        "Open employee requests past their due day at the facility (database-wide: take max() across instances)",
                        OpenRequests::overdue)));
    }
}
