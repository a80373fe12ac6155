package org.quotaledger.audit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.quotaledger.audit.AuditVerifier.Status;
import org.quotaledger.metrics.CachedReading;
import org.quotaledger.metrics.MetricsConfig;

import java.time.Instant;
import java.util.function.ToDoubleFunction;

/**
 * The audit chain's status on {@code /q/metrics}: what the last full walk found and how far the signed head lags, as
 * the checks recorded them in the database ({@link AuditVerifier#status()} says why a scrape does not verify).
 */
@ApplicationScoped
public class AuditMetrics {

    @Inject
    AuditVerifier verifier;

    @Inject
    MetricsConfig config;

    @Inject
    MeterRegistry registry;

    private CachedReading<Status> status;

    void register(@Observes StartupEvent event) {
        status = new CachedReading<>(verifier::status, config.cache());
        gauge("quotaledger.audit.chain.intact", null,
                "1 if the newest full walk of the audit chain found every link and signed head intact, 0 if it found a break; NaN before the first",
                s -> s.lastFullWalkIntact() == null ? Double.NaN : s.lastFullWalkIntact() ? 1 : 0);
        gauge("quotaledger.audit.full.walk.timestamp", "seconds", "When the audit chain was last walked in full (Unix time); NaN before the first",
                s -> seconds(s.lastFullWalkAt()));
        gauge("quotaledger.audit.signed.head.timestamp", "seconds", "When the newest head of the audit chain was signed (Unix time); NaN before the first",
                s -> seconds(s.signedHeadAt()));
        gauge("quotaledger.audit.events.after.signed.head", null,
                "Audit events written after the newest signed head; growing while the head stays old means the checkpoint finds a break or does not run",
                s -> s.eventsAfterSignedHead());
    }

    private void gauge(String name, String unit, String description, ToDoubleFunction<Status> value) {
        Gauge.builder(name, this, m -> value.applyAsDouble(m.status.get()))
                .description(description + " (database-wide: take max() across instances)")
                .baseUnit(unit)
                .strongReference(true)
                .register(registry);
    }

    private static double seconds(Instant at) {
        return at == null ? Double.NaN : at.toEpochMilli() / 1000.0;
    }
}
