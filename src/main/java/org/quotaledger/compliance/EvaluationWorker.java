package org.quotaledger.compliance;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Evaluates facilities after changes, debounced: a facility's changes are answered by one run once they have been
 * quiet for {@link EvaluationConfig#quiet()} (or the oldest has waited {@link EvaluationConfig#maxWait()}), so a
 * burst of a thousand deliveries costs one run, not a thousand. Each instance polls; the request's row lock
 * ({@code for update skip locked}) lets one instance evaluate a facility at a time.
 */
@ApplicationScoped
public class EvaluationWorker {

    private static final Logger LOG = Logger.getLogger(EvaluationWorker.class);

    @Inject
    EvaluationRequests requests;

    @Inject
    ComplianceService compliance;

    @Inject
    EvaluationConfig config;

    @Scheduled(every = "${quotaledger.evaluation.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            delayed = "5s")
    void poll() {
        evaluateDue();
    }

    /** Evaluates every facility due now, each in a transaction of its own; returns how many runs were stored. */
    public int evaluateDue() {
        int runs = 0;
        while (true) {
            AtomicLong facility = new AtomicLong(-1);
            try {
                boolean evaluated = QuarkusTransaction.requiringNew().call(() -> requests.takeDue(config.quiet(), config.maxWait())
                        .map(pending -> {
                            facility.set(pending.facilityId());
                            compliance.evaluateChanges(pending);
                            return true;
                        }).orElse(false));
                if (!evaluated) {
                    return runs;
                }
                runs++;
            } catch (RuntimeException e) {
                // The change itself is committed and its request stays; an on-demand read or a later poll catches up.
                LOG.errorf(e, "Evaluating facility %d after its changes failed; trying again in %s", facility.get(), config.retryAfter());
                if (facility.get() < 0) {
                    return runs;
                }
                try {
                    QuarkusTransaction.requiringNew().run(() -> requests.postpone(facility.get(), config.retryAfter()));
                } catch (RuntimeException again) {
                    return runs;
                }
            }
        }
    }
}
