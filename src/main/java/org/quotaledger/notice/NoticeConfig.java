package org.quotaledger.notice;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.util.Optional;

@ConfigMapping(prefix = "quotaledger.notices")
public interface NoticeConfig {

    /** What {@link #publicUrl()} falls back to while {@code QUOTALEDGER_NOTICES_PUBLIC_URL} is unset. */
    String PROVISIONAL_URL = "http://localhost:8080";

    /**
     * The address people reach the app at (QUOTALEDGER_NOTICES_PUBLIC_URL). Every notice's QR code points to its
     * verification page there, and generated certificates name their revocation lists there, for good.
     */
    @WithName("public-url")
    Optional<String> configuredPublicUrl();

    /** The public address without a trailing slash; {@link #PROVISIONAL_URL} while none is configured. */
    default String publicUrl() {
        return configuredPublicUrl().map(String::strip).filter(s -> !s.isEmpty()).map(s -> s.replaceAll("/+$", ""))
                .orElse(PROVISIONAL_URL);
    }

    /** True while no public address is configured: QR codes and certificates would point at localhost. */
    default boolean publicUrlProvisional() {
        return configuredPublicUrl().map(String::strip).filter(s -> !s.isEmpty()).isEmpty();
    }

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

    /**
     * allow (default): a translation no qualified translator has reviewed is used, with a footnote in English saying
     * so; english: such a language gets the English text instead. Declared here so that a mistyped value stops the
     * app at start; {@link NoticeText.Unreviewed#configured()} reads it where rendering happens, also outside CDI.
     */
    @WithName("unreviewed-languages")
    @WithDefault("allow")
    NoticeText.Unreviewed unreviewedLanguages();
}
