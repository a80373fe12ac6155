package org.quotaledger.notice;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "quotaledger.notices")
public interface NoticeConfig {

    /** The address people reach the app at; the QR code on every notice points to its verification page there. */
    @WithDefault("http://localhost:8080")
    String publicUrl();

    /** Largest PDF the verification endpoint accepts, in bytes. */
    @WithDefault("10485760")
    long maxVerifyBytes();

    /** Notices rendered and signed per transaction of a bulk job; a crash loses at most one batch of work. */
    @WithDefault("64")
    int batchSize();

    /** How often each instance looks for bulk jobs to work on, or "off" (read by NoticeJobWorker's schedule). */
    @WithDefault("2s")
    String pollInterval();

    /** Threads that render and sign in a bulk job; signing is CPU-bound, so one per core. */
    @WithDefault("0")
    int threads();
}
