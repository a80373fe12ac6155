package org.quotaledger.notice;

import org.quotaledger.law.StateLaws;
import org.quotaledger.time.AppClock;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.quotaledger.audit.AuditHeads;
import org.quotaledger.audit.SignedHead;
import org.quotaledger.signing.SigningKeys;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import io.smallrye.context.api.ManagedExecutorConfig;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.quotaledger.employee.Employee;
import org.quotaledger.facility.FacilityChanged;
import org.quotaledger.quota.QuotaDescription;
import org.quotaledger.document.QuotaDocument;
import org.quotaledger.quota.QuotaDocuments;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Works on bulk notice jobs. A job is claimed with a lease in PostgreSQL ({@code FOR UPDATE SKIP LOCKED}),
 * so among several instances exactly one works on it; the lease is renewed every batch and, when an
 * instance dies, it runs out and another instance (or the restarted one) carries on. Each batch is
 * rendered and signed in parallel outside any transaction, then stored in one; the unique
 * (job, employee) constraint makes a half-stored batch impossible to duplicate.
 */
@ApplicationScoped
public class NoticeJobWorker {

    private static final Logger LOG = Logger.getLogger(NoticeJobWorker.class);
    private static final String OWNER = "instance-" + UUID.randomUUID();
    private static final int LEASE_SECONDS = 20;

    @Inject
    AppClock clock;

    @Inject
    NoticeService notices;

    @Inject
    QuotaDocuments documents;

    @Inject
    NoticeConfig config;

    @Inject
    AuditHeads heads;

    @Inject
    SigningKeys keys;

    @Inject
    Event<FacilityChanged> changes;

    /**
     * Without the caller's transaction: a job queued by a request starts from that transaction's completion, and the
     * default executor handed the finished transaction to the worker's thread, where joining it failed.
     */
    @Inject
    @ManagedExecutorConfig(cleared = ThreadContext.TRANSACTION)
    ManagedExecutor executor;

    private volatile ExecutorService signers;

    @Scheduled(every = "${quotaledger.notices.poll-interval:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            delayed = "3s")
    void poll() {
        Long jobId;
        while ((jobId = claim()) != null) {
            run(jobId);
        }
    }

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) NoticeJobService.Queued event) {
        if (!"off".equals(config.pollInterval()) && !"disabled".equals(config.pollInterval())) {
            executor.runAsync(this::poll);
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        if (signers != null) {
            signers.shutdownNow();
        }
    }

    /** Takes a queued job, or one whose previous worker stopped renewing its lease. */
    Long claim() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object id = Panache.getEntityManager().createNativeQuery("""
                            update notice_job set status = 'RUNNING', lease_owner = :owner,
                                   lease_until = now() + make_interval(secs => :lease), started_at = coalesce(started_at, now())
                            where id = (select id from notice_job
                                        where status = 'QUEUED' or (status = 'RUNNING' and lease_until < now())
                                        order by id limit 1 for update skip locked)
                            returning id""")
                    .setParameter("owner", OWNER).setParameter("lease", LEASE_SECONDS)
                    .getResultStream().findFirst().orElse(null);
            return id == null ? null : ((Number) id).longValue();
        });
    }

    /**
     * Works through the job in batches, pipelined: while one batch is stored, the next is already being
     * rendered and signed, so the database work hides behind the CPU-bound signing. Two batches may be stored at
     * once: a batch's inserts overlap the other's audit links and commit, which otherwise left the signing threads
     * waiting (the storing thread, not signing, set the pace: 70 ms a batch of 64, a third of it waiting for the disk).
     */
    void run(long jobId) {
        // The job's employees mostly share one notice but for their own fields: lay it out once per language and day.
        NoticeTemplates templates = notices.templates();
        // And the documents are read once per job too: reading one counts the facility's headcounts.
        Map<Long, QuotaDocument> documentsRead = new HashMap<>();
        Deque<CompletableFuture<Void>> storing = new ArrayDeque<>();
        try {
            Batch current = QuarkusTransaction.requiringNew().call(() -> nextBatch(jobId, 0, documentsRead));
            if (current == null) {
                return;                                           // lease lost to another instance
            }
            List<Future<NoticeService.Prepared>> signing = submit(current, templates);
            while (true) {
                long t0 = System.nanoTime();
                Batch done = current;
                Batch next = done.items().isEmpty() ? done
                        : QuarkusTransaction.requiringNew().call(() -> nextBatch(jobId, done.lastEmployeeId(), documentsRead));
                List<Future<NoticeService.Prepared>> nextSigning = next == null || next == done ? List.of()
                        : submit(next, templates);
                List<NoticeService.Prepared> prepared = collect(signing);
                long waited = (System.nanoTime() - t0) / 1_000_000;
                if (!done.items().isEmpty()) {
                    if (storing.size() >= STORES_AT_ONCE) {
                        storing.removeFirst().join();
                    }
                    storing.addLast(executor.runAsync(() -> {
                        long t1 = System.nanoTime();
                        QuarkusTransaction.requiringNew().run(() -> store(jobId, done.items(), prepared));
                        LOG.debugf("Notice job %d: %d notices signed (waited %d ms) and stored in %d ms", jobId,
                                prepared.size(), waited, (System.nanoTime() - t1) / 1_000_000);
                    }));
                }
                if (next == null) {
                    nextSigning.forEach(f -> f.cancel(true));
                    storing.forEach(CompletableFuture::join);
                    return;
                }
                if (next.items().isEmpty()) {
                    storing.forEach(CompletableFuture::join);
                    LOG.debugf("Notice job %d: %d notices stamped from %d template(s), %d rendered whole", jobId,
                            templates.stamped(), templates.templates(), templates.renderedWhole());
                    // The request to re-evaluate the facility commits with the job's end, in a transaction of its own
                    // whatever the thread carries (a finished one, once, made it fail: no re-evaluation after a job).
                    QuarkusTransaction.requiringNew().run(() -> {
                        finish(jobId);
                        changes.fire(new FacilityChanged(next.facilityId(), "notices issued in bulk"));
                    });
                    return;
                }
                current = next;
                signing = nextSigning;
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "Notice job %d stopped; it will be resumed when its lease runs out", jobId);
        }
    }

    /** Batches stored at the same time by one job run. */
    private static final int STORES_AT_ONCE = 2;

    record Item(long employeeId, long descriptionId, NoticeService.EmployeeFacts facts, QuotaDocument document) {
    }

    /** {@code auditHead}: the audit chain's newest signed head when the batch was read, which its notices carry. */
    record Batch(long facilityId, List<Item> items, SignedHead auditHead) {
        long lastEmployeeId() {
            return items.isEmpty() ? 0 : items.getLast().employeeId();
        }
    }

    /**
     * Renews the lease and reads the next employees, after {@code afterEmployeeId}, without a notice of this
     * job; null when the lease is lost. Resuming starts from 0 and skips whoever already has a notice.
     * {@code documentsRead}: the versions' documents as this run of the job read them, by version id, added to here.
     */
    @SuppressWarnings("unchecked")
    Batch nextBatch(long jobId, long afterEmployeeId, Map<Long, QuotaDocument> documentsRead) {
        var em = Panache.getEntityManager();
        int renewed = em.createNativeQuery("update notice_job set lease_until = now() + make_interval(secs => :lease)"
                        + " where id = :id and lease_owner = :owner and status = 'RUNNING'")
                .setParameter("lease", LEASE_SECONDS).setParameter("id", jobId).setParameter("owner", OWNER).executeUpdate();
        if (renewed == 0) {
            return null;
        }
        NoticeJob job = NoticeJob.findById(jobId);
        List<Object[]> rows = em.createNativeQuery("select e.id, d.id " + NoticeJobService.TARGETS
                        + " and e.id > :after"
                        // Not "not exists": PostgreSQL's generic plan for it, after five batches, may hash-join all of
                        // the job's notices on every batch (84 ms a batch at 10,000). This reads only those after the
                        // cursor: none while a job runs, those already issued when it resumes.
                        + " and e.id not in (select n.employee_id from notice n where n.job_id = :job and n.employee_id > :after)"
                        + " order by e.id limit :limit")
                .setParameter("facility", job.facility.id).setParameter("role", job.role == null ? null : job.role.id)
                .setParameter("today", job.createdAt.atZone(StateLaws.zone(job.facility.state)).toLocalDate())
                .setParameter("after", afterEmployeeId).setParameter("job", jobId).setParameter("limit", config.batchSize())
                .getResultList();
        Map<Long, Employee> employees = employees(rows.stream().map(row -> ((Number) row[0]).longValue()).toList());
        Map<Long, QuotaDescription> descriptions = new HashMap<>();
        List<Item> items = new ArrayList<>();
        for (Object[] row : rows) {
            Employee employee = employees.get(((Number) row[0]).longValue());
            long descriptionId = ((Number) row[1]).longValue();
            QuotaDescription d = descriptions.computeIfAbsent(descriptionId, id -> QuotaDescription.<QuotaDescription>findById(id));
            QuotaDocument doc = documentsRead.computeIfAbsent(descriptionId, id -> documents.read(d));
            items.add(new Item(employee.id, descriptionId, NoticeService.EmployeeFacts.of(employee, d), doc));
        }
        // Loads (or makes) the employer's key here, in a transaction, rather than on the signing threads.
        keys.forEmployer(job.facility.employer.id, job.facility.employer.name);
        return new Batch(job.facility.id, items, heads.latest().orElse(null));
    }

    /** The expensive part, on every core: rendering and the private-key operation. */
    List<NoticeService.Prepared> sign(Batch batch) {
        return collect(submit(batch, notices.templates()));
    }

    private List<Future<NoticeService.Prepared>> submit(Batch batch, NoticeTemplates templates) {
        List<Future<NoticeService.Prepared>> futures = new ArrayList<>(batch.items().size());
        for (Item item : batch.items()) {
            futures.add(signers().submit(() -> notices.prepare(item.facts(), item.document(), batch.auditHead(), templates)));
        }
        return futures;
    }

    private static List<NoticeService.Prepared> collect(List<Future<NoticeService.Prepared>> futures) {
        List<NoticeService.Prepared> prepared = new ArrayList<>(futures.size());
        try {
            for (Future<NoticeService.Prepared> f : futures) {
                prepared.add(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while signing notices", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("signing a notice failed", e.getCause());
        }
        return prepared;
    }

    void store(long jobId, List<Item> items, List<NoticeService.Prepared> prepared) {
        NoticeJob job = NoticeJob.findById(jobId);
        if (!OWNER.equals(job.leaseOwner)) {
            return;                                           // another instance took over; its batch wins
        }
        // The audit trail's native queries would otherwise flush after every notice; at commit, the batch's
        // inserts go to PostgreSQL as JDBC batches instead.
        Panache.getEntityManager().setFlushMode(jakarta.persistence.FlushModeType.COMMIT);
        Map<Long, Employee> employees = employees(items.stream().map(Item::employeeId).toList());
        Map<Long, QuotaDescription> descriptions = new HashMap<>();
        items.stream().map(Item::descriptionId).distinct()
                .forEach(id -> descriptions.put(id, QuotaDescription.<QuotaDescription>findById(id)));
        notices.storeAll(prepared, items.stream().map(i -> employees.get(i.employeeId())).toList(),
                items.stream().map(i -> descriptions.get(i.descriptionId())).toList(), job, "notice job " + jobId);
        // Counting the job's notices again would read ever more of them with each batch; the batch commits with
        // the count, so the count stays what is stored, also across a crash and a resumed job. Added in SQL: two
        // batches are stored at once, and each would otherwise write back the count it read.
        Panache.getEntityManager().createNativeQuery("update notice_job set done = done + :stored where id = :id")
                .setParameter("stored", prepared.size()).setParameter("id", jobId).executeUpdate();
    }

    /** The batch's employees with their facility and employer, in one query. */
    private static Map<Long, Employee> employees(List<Long> ids) {
        Map<Long, Employee> employees = new HashMap<>();
        Employee.<Employee>list("from Employee e join fetch e.facility f join fetch f.employer where e.id in ?1", ids)
                .forEach(e -> employees.put(e.id, e));
        return employees;
    }

    void finish(long jobId) {
        NoticeJob job = NoticeJob.findById(jobId);
        job.status = NoticeJob.Status.DONE;
        job.finishedAt = clock.now();
        job.leaseOwner = null;
        job.leaseUntil = null;
        job.done = (int) Notice.count("job", job);
        // Employees who left or changed role while the job ran are no longer targets: the job is done when
        // nobody is left, and its total becomes what was actually issued.
        job.total = job.done;
        LOG.infof("Notice job %d finished: %d notices issued", jobId, job.done);
    }

    private ExecutorService signers() {
        if (signers == null) {
            synchronized (this) {
                if (signers == null) {
                    int threads = config.threads() > 0 ? config.threads() : Runtime.getRuntime().availableProcessors();
                    signers = Executors.newFixedThreadPool(threads, r -> {
                        Thread t = new Thread(r, "notice-signer");
                        t.setDaemon(true);
                        return t;
                    });
                }
            }
        }
        return signers;
    }
}
