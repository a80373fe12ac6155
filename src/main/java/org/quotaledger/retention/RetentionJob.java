package org.quotaledger.retention;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/** Runs the purge on the configured schedule ({@code quotaledger.retention.cron}); any instance may, one at a time. */
@ApplicationScoped
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class);

    @Inject
    RetentionService service;

    @Scheduled(cron = "${quotaledger.retention.cron:0 30 3 * * ?}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        try {
            service.purge("system");
        } catch (RuntimeException e) {
            LOG.errorf(e, "The retention purge failed; it runs again at the next scheduled time");
        }
    }
}
