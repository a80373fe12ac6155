package org.quotaledger.metrics;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A figure read from the database, reused until it is older than the cache time. A failed read is not kept: the
 * exception reaches the gauge (Micrometer then reports NaN) and the next scrape tries again.
 *
 * <p>Ages are measured with {@link System#nanoTime()}, not the application's clock: a test that pins
 * {@code AppClock} must not freeze the cache, and a cache age is no day a person reads.
 */
public final class CachedReading<T> {

    private final Supplier<T> read;
    private final long maxAgeNanos;
    private final Consumer<T> afterRead;
    private T value;
    private long readAt;

    /** {@code afterRead} sees each fresh value (to register a gauge row per facility it names). */
    public CachedReading(Supplier<T> read, Duration maxAge, Consumer<T> afterRead) {
        this.read = read;
        this.maxAgeNanos = maxAge.toNanos();
        this.afterRead = afterRead;
    }

    public CachedReading(Supplier<T> read, Duration maxAge) {
        this(read, maxAge, v -> {
        });
    }

    public synchronized T get() {
        long now = System.nanoTime();
        if (value == null || now - readAt >= maxAgeNanos) {
            T fresh = read.get();
            value = fresh;
            readAt = now;
            afterRead.accept(fresh);
        }
        return value;
    }
}
