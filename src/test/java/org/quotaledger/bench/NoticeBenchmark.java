package org.quotaledger.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Locale;

import org.quotaledger.notice.EmployeeNoticeModel;
import org.quotaledger.notice.NoticeFixtures;
import org.quotaledger.notice.EmployeeNoticeRenderer;
import org.quotaledger.notice.StampedNotices;
import org.quotaledger.signing.PdfSigner;
import org.quotaledger.signing.SelfSignedIdentity;
import org.quotaledger.signing.SigningIdentity;

/**
 * Raw loop, one thread, no database: how many employee notices per second one core can render, and render and
 * sign, with RSA-2048 and ECDSA P-256. Run with {@code bench/notices-raw.sh}. Not a JMH benchmark: the numbers
 * are for capacity planning ("can a facility re-issue 10,000 notices in a minute?"), not for micro-tuning.
 *
 * <p>Arguments: seconds per measurement (default 10), warm-up seconds (default 5).
 */
public final class NoticeBenchmark {

    public static void main(String[] args) {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        EmployeeNoticeRenderer employee = new EmployeeNoticeRenderer();
        EmployeeNoticeModel notice = NoticeFixtures.specExampleNotice("María José Hernández Núñez", "es");
        SigningIdentity rsa = SelfSignedIdentity.generate("Acme Fulfillment LLC", "RSA", null, java.time.Instant.now());
        SigningIdentity ec = SelfSignedIdentity.generate("Acme Fulfillment LLC", "EC", null, java.time.Instant.now());

        System.out.printf(Locale.ROOT, "Java %s, %d cores available, load average %.1f, one thread, %ds warm-up + %ds per row%n",
                Runtime.version(), Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), warmup, seconds);
        System.out.printf(Locale.ROOT, "notice size: %,d bytes unsigned, %,d bytes signed (ECDSA)%n",
                employee.render(notice).length,
                employee.renderSigned(notice, new PdfSigner(ec)).length);
        report("render only", run(() -> employee.render(notice), warmup, seconds));
        byte[] rendered = employee.render(notice);
        PdfSigner rsaSigner = new PdfSigner(rsa);
        PdfSigner ecSigner = new PdfSigner(ec);
        report("sign only, RSA-2048", run(() -> rsaSigner.sign(rendered, notice.issuedAt(), PdfSigner.Placement.invisible(), null),
                warmup, seconds));
        report("sign only, ECDSA P-256", run(() -> ecSigner.sign(rendered, notice.issuedAt(), PdfSigner.Placement.invisible(), null),
                warmup, seconds));
        report("render + sign, RSA-2048", run(() -> employee.renderSigned(notice, rsaSigner), warmup, seconds));
        report("render + sign, ECDSA P-256", run(() -> employee.renderSigned(notice, ecSigner), warmup, seconds));
        // The bulk job's path: the shared part laid out once, each notice stamped with its own fields and signed in
        // one pass. The name is shorter than above: that one only just fits its line, and such a name is rendered whole.
        EmployeeNoticeModel stamped = NoticeFixtures.specExampleNotice("María José Hernández", "es");
        var stampRsa = StampedNotices.signedBy(rsaSigner);
        var stampEc = StampedNotices.signedBy(ecSigner);
        System.out.printf(Locale.ROOT, "stamped notice size: %,d bytes signed (ECDSA)%n", stampEc.apply(stamped).length);
        report("stamp + sign, RSA-2048", run(() -> stampRsa.apply(stamped), warmup, seconds));
        report("stamp + sign, ECDSA P-256", run(() -> stampEc.apply(stamped), warmup, seconds));
    }

    /** Wall-clock and this thread's CPU time: on a shared build machine the CPU rate is the steadier number. */
    private record Result(long count, long nanos, long cpuNanos) {
        double perSecond() {
            return count * 1e9 / nanos;
        }

        double perCpuSecond() {
            return count * 1e9 / cpuNanos;
        }
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private static Result run(Runnable work, int warmupSeconds, int seconds) {
        loop(work, Duration.ofSeconds(warmupSeconds));
        return loop(work, Duration.ofSeconds(seconds));
    }

    private static Result loop(Runnable work, Duration duration) {
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        long count = 0;
        long now;
        do {
            work.run();
            count++;
            now = System.nanoTime();
        } while (now < end);
        return new Result(count, now - start, THREADS.getCurrentThreadCpuTime() - cpuStart);
    }

    private static void report(String what, Result r) {
        System.out.printf(Locale.ROOT, "%-28s %,8.0f notices/s wall  %,8.0f notices/s CPU  (%,d in %.1f s; %.3f ms wall, %.3f ms CPU each)%n",
                what, r.perSecond(), r.perCpuSecond(), r.count(), r.nanos() / 1e9, r.nanos() / 1e6 / r.count(),
                r.cpuNanos() / 1e6 / r.count());
    }
}
