package org.quotaledger.notice;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.quotaledger.metrics.FacilityGauges;
import org.quotaledger.metrics.FacilityGauges.Figure;
import org.quotaledger.notice.NoticeJobService.JobProgress;

import java.util.List;
import java.util.Locale;

/**
 * Notices on {@code /q/metrics}: how many this instance issued (a counter, summed across instances), and the bulk jobs'
 * progress per facility (read from the database, the same on every instance).
 */
@ApplicationScoped
public class NoticeMetrics {

    /** A notice was stored; counted once its transaction commits, so a rolled-back batch counts nothing. */
    public record Issued(String facilityCode, Notice.Kind kind) {
    }

    @Inject
    NoticeJobService jobs;

    @Inject
    FacilityGauges gauges;

    @Inject
    MeterRegistry registry;

    void register(@Observes StartupEvent event) {
        gauges.register(registry, jobs::progressByFacility, List.of(
                new Figure<>("quotaledger.notice.jobs.unfinished",
                        "Bulk notice jobs queued or running (database-wide: take max() across instances)", JobProgress::unfinished),
                new Figure<>("quotaledger.notice.jobs.notices",
                        "Notices the unfinished bulk jobs are to issue (database-wide: take max() across instances)", JobProgress::notices),
                new Figure<>("quotaledger.notice.jobs.issued",
                        "Notices the unfinished bulk jobs have issued so far (database-wide: take max() across instances)", JobProgress::issued),
                new Figure<>("quotaledger.notice.jobs.failed",
                        "Bulk notice jobs that ended failed, ever (database-wide: take max() across instances)", JobProgress::failed)));
    }

    void count(@Observes(during = TransactionPhase.AFTER_SUCCESS) Issued issued) {
        Counter.builder("quotaledger.notices.issued")
                .description("Signed notices this instance issued (per instance: sum() across instances)")
                .tag("facility", issued.facilityCode())
                .tag("kind", issued.kind().name().toLowerCase(Locale.ROOT))
                .register(registry).increment();
    }
}
