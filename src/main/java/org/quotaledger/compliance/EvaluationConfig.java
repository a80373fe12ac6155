package org.quotaledger.compliance;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** When facilities are evaluated again after changes (see {@link EvaluationWorker}). */
@ConfigMapping(prefix = "quotaledger.evaluation")
public interface EvaluationConfig {

    /** How often each instance looks for facilities due for evaluation, or "off" (read by EvaluationWorker's schedule). */
    @WithDefault("1s")
    String pollInterval();

    /**
     * A facility is evaluated once no change has come for this long: a burst of changes (a thousand deliveries typed
     * in one after another) costs one run at its end rather than one per change.
     */
    @WithDefault("2s")
    Duration quiet();

    /** ...or once its oldest unanswered change has waited this long, so a facility that never goes quiet is still judged. */
    @WithDefault("30s")
    Duration maxWait();

    /** How long the worker leaves a facility alone after its evaluation failed (an on-demand read still tries). */
    @WithDefault("1m")
    Duration retryAfter();
}
