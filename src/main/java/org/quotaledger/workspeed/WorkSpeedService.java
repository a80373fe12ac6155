package org.quotaledger.workspeed;

import org.quotaledger.time.AppClock;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.quotaledger.audit.AuditLog;
import org.quotaledger.employee.Employee;
import org.quotaledger.facility.Facility;
import org.quotaledger.security.Access;
import org.quotaledger.web.InvalidInput;
import org.quotaledger.workspeed.WorkSpeedLoader.Parsed;
import org.quotaledger.workspeed.WorkSpeedViews.IngestResult;
import org.quotaledger.workspeed.WorkSpeedViews.WorkSpeedInput;
import org.quotaledger.workspeed.WorkSpeedViews.WorkSpeedRow;

import java.io.Reader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Takes work speed data from CSV files and JSON batches. All or nothing by default: one bad line and
 * nothing is stored, with every bad line listed; {@code partial} stores the good lines. Loading is
 * idempotent by the natural key (facility, employee, date, metric) and, when the client sends one, by
 * its Idempotency-Key.
 */
@ApplicationScoped
@Transactional
public class WorkSpeedService {

    @Inject
    AppClock clock;

    @Inject
    Access access;

    @Inject
    AuditLog audit;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper mapper;

    /*
     * An upload runs as short transactions one after the other, never one inside another: a transaction nested in a
     * request's holds a second pooled connection while the first waits, and as many uploads at once as the pool has
     * connections (twenty clients retrying one Idempotency-Key, say) would each hold one and wait for another.
     */
    @Transactional(Transactional.TxType.NEVER)
    public IngestResult ingestCsv(long facilityId, Reader csv, boolean partial, String idempotencyKey) {
        Target target = target(facilityId, idempotencyKey);
        if (target.earlier().isPresent()) {
            return target.earlier().get();
        }
        return store(target, WorkSpeedLoader.parseCsv(csv, target.employeeIds()), partial, idempotencyKey, "csv");
    }

    @Transactional(Transactional.TxType.NEVER)
    public IngestResult ingestJson(long facilityId, List<WorkSpeedInput> records, boolean partial, String idempotencyKey) {
        Target target = target(facilityId, idempotencyKey);
        if (target.earlier().isPresent()) {
            return target.earlier().get();
        }
        return store(target, WorkSpeedLoader.parseJson(records, target.employeeIds()), partial, idempotencyKey, "json");
    }

    /** The facility an upload goes to, its employees by number, and the answer to an earlier upload with the key. */
    private record Target(long facilityId, Map<String, Long> employeeIds, Optional<IngestResult> earlier) {
    }

    private Target target(long facilityId, String key) {
        checkKey(key);
        return QuarkusTransaction.requiringNew().call(() -> {
            Facility facility = Facility.changeableBy(access, facilityId);
            return new Target(facility.id, employeeIds(facility), earlier(facility.id, key));
        });
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WorkSpeedRow> records(long employeeId, LocalDate from, LocalDate to) {
        Employee employee = Employee.seenBy(access, employeeId);
        LocalDate end = to == null ? clock.today(employee.facility.state) : to;
        return WorkSpeedRecords.of(employee, from == null ? end.minus(org.quotaledger.law.StateLaw.COURTESY_WINDOW) : from, end);
    }

    /**
     * The employee's work speed data over the 90 days up to today at their facility, summed per metric: what a
     * report answering a request made today would hold where the law sets no other window.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public WorkSpeedViews.Summary summary(long employeeId) {
        Employee employee = Employee.seenBy(access, employeeId);
        LocalDate to = clock.today(employee.facility.state);
        LocalDate from = to.minus(org.quotaledger.law.StateLaw.COURTESY_WINDOW);
        return WorkSpeedViews.Summary.of(from, to, WorkSpeedRecords.of(employee, from, to));
    }

    private IngestResult store(Target target, Parsed parsed, boolean partial, String key, String source) {
        if (!parsed.errors().isEmpty() && !partial) {
            // A line with three problems is one line to fix: count lines, list every problem.
            int problems = parsed.errors().size();
            long badLines = parsed.errors().stream().map(e -> e.line()).distinct().count();
            throw new InvalidInput(problems + (problems == 1 ? " problem" : " problems") + " on " + badLines + " of "
                    + parsed.lines() + (parsed.lines() == 1 ? " line" : " lines") + ", each listed; nothing was stored."
                    + " Fix them, or send partial=true to store the valid lines.", parsed.errors());
        }
        long facilityId = target.facilityId();
        if (parsed.good() > 0) {
            // A new month's partition is made and committed before the load, so its lock is not held for the load's length.
            QuarkusTransaction.requiringNew().run(() -> {
                try (Connection connection = connection()) {
                    WorkSpeedLoader.ensurePartitions(connection, parsed.months());
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            if (key != null) {
                // Uploads with one key wait here for each other; the first's answer is every later one's.
                Panache.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?2, ?1))")
                        .setParameter(1, facilityId).setParameter(2, key).getSingleResult();
                Optional<IngestResult> earlier = earlier(facilityId, key);
                if (earlier.isPresent()) {
                    return earlier.get();
                }
            }
            int stored = 0;
            if (parsed.good() > 0) {
                try (Connection connection = connection()) {
                    stored = WorkSpeedLoader.load(connection, facilityId, parsed);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
            var result = new IngestResult(parsed.lines(), parsed.good(), stored, parsed.good() - stored, parsed.errors());
            audit.append("work-speed.loaded", "facility", facilityId, facilityId, null,
                    Map.of("source", source, "lines", result.lines(), "received", result.received(), "stored", result.stored(),
                            "rejected", result.rejected().size(), "idempotencyKey", key == null ? "" : key));
            if (key != null) {
                Panache.getEntityManager().createNativeQuery("insert into work_speed_upload (facility_id, idempotency_key,"
                                + " received_by, result) values (?1, ?2, ?3, cast(?4 as jsonb)) on conflict do nothing")
                        .setParameter(1, facilityId).setParameter(2, key).setParameter(3, access.username())
                        .setParameter(4, json(result)).executeUpdate();
            }
            return result;
        });
    }

    private static void checkKey(String key) {
        if (key != null && (key.isBlank() || key.length() > 200)) {
            throw new InvalidInput("The Idempotency-Key header must be 1 to 200 characters.");
        }
    }

    /** The answer stored for an upload with this key at the facility, if any; reads without a lock. */
    private Optional<IngestResult> earlier(long facilityId, String key) {
        if (key == null) {
            return Optional.empty();
        }
        return Panache.getEntityManager().createNativeQuery("select cast(result as text) from work_speed_upload"
                        + " where facility_id = ?1 and idempotency_key = ?2")
                .setParameter(1, facilityId).setParameter(2, key).getResultStream().findFirst()
                .map(text -> read((String) text));
    }

    private static Map<String, Long> employeeIds(Facility facility) {
        Map<String, Long> ids = new HashMap<>();
        List<Object[]> rows = Panache.getEntityManager()
                .createQuery("select e.employeeNumber, e.id from Employee e where e.facility = ?1", Object[].class)
                .setParameter(1, facility).getResultList();
        rows.forEach(r -> ids.put((String) r[0], (Long) r[1]));
        return ids;
    }

    /** The connection of the current transaction: Agroal hands out the one enlisted with it. */
    private Connection connection() {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new IllegalStateException("No database connection", e);
        }
    }

    private String json(IngestResult result) {
        try {
            return mapper.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private IngestResult read(String json) {
        try {
            return mapper.readValue(json, IngestResult.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
