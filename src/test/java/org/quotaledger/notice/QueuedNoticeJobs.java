package org.quotaledger.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Lets a test outside this package work through the queued bulk notice jobs. The suite switches the worker's
 * polling off ({@code %test.quotaledger.notices.poll-interval=off}) so tests decide when a job runs; a browser
 * story that issues notices through the page then runs the queue here, as an instance's poll would.
 */
@ApplicationScoped
public class QueuedNoticeJobs {

    @Inject
    NoticeJobWorker worker;

    /** Works through every queued job now, on the calling thread. */
    public void work() {
        worker.poll();
    }
}
