package org.quotaledger.bench;

import org.flywaydb.core.Flyway;
import org.quotaledger.audit.AuditEvent;
import org.quotaledger.database.EmbeddedDatabase;
import org.quotaledger.testing.Fixtures;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * Data for the audit packet benchmark ({@code bench/packet.sh}): starts a throw-away embedded PostgreSQL, migrates
 * it, and fills one facility with 10,000 employees, a year of weekly deliveries (520,000 rows), one stored notice
 * per employee (24 KB of incompressible bytes each, 240 MB in all, as real signed PDFs barely compress) and one audit event per employee, then writes the datasource
 * settings to the file named by the first argument and keeps the server up until that file is deleted.
 * Requests do not exist in this branch yet, so there are none.
 */
public final class PacketBenchmarkData {

    private PacketBenchmarkData() {
    }

    public static void main(String[] args) throws Exception {
        Path ready = Path.of(args[0]);
        int employees = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        try (var db = EmbeddedDatabase.startThrowaway()) {
            Map<String, String> ds = db.datasourceConfig();
            String url = ds.get("quarkus.datasource.jdbc.url");
            // The app grants its serving role its rights when it starts; here one role does everything.
            Flyway.configure().dataSource(url, "postgres", "postgres").locations("filesystem:migrations")
                    .placeholders(Map.of("serving_role", "")).load().migrate();
            long started = System.nanoTime();
            long facilityId;
            try (Connection c = DriverManager.getConnection(url, "postgres", "postgres")) {
                facilityId = fill(c, employees);
            }
            System.out.printf("Filled facility %d with %,d employees in %.1f s%n", facilityId, employees,
                    (System.nanoTime() - started) / 1e9);
            Files.writeString(ready, "URL=" + url + "\nFACILITY=" + facilityId + "\n");
            while (Files.exists(ready)) {
                Thread.sleep(500);
            }
        }
    }

    private static long fill(Connection c, int employees) throws Exception {
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute("insert into employer (id, name) values (1, 'Bench Logistics')");
            s.execute("""
                    insert into facility (id, employer_id, code, name, address, state, naics_code)
                    values (1, 1, 'BENCH1', 'Benchmark Fulfillment', '1 Load Way', 'CA', '493110')""");
            s.execute("insert into job_role (id, facility_id, code, title) select r, 1, 'ROLE' || r, 'Role ' || r from generate_series(1, 10) r");
        }
        var facility = new Fixtures.Facility(1, 1, "BENCH1", "Benchmark Fulfillment", "CA", "493110", employees, employees * 5);
        try (PreparedStatement d = c.prepareStatement("""
                insert into quota_description (id, facility_id, role_id, version, status, document, filed_by, activated_at, activated_by,
                  effective_on)
                values (?, 1, ?, 1, 'ACTIVE', cast(? as jsonb), 'bench', now() - interval '400 days', 'bench', current_date - 400)""")) {
            for (int r = 1; r <= 10; r++) {
                d.setLong(1, r);
                d.setLong(2, r);
                d.setString(3, Fixtures.document(facility, "ROLE" + r).toString());
                d.addBatch();
            }
            d.executeBatch();
        }
        try (Statement s = c.createStatement()) {
            s.execute("""
                    insert into employee (id, facility_id, employee_number, name, role_id, hire_date)
                    select i, 1, 'E' || lpad(i::text, 6, '0'), 'Worker ' || i, 1 + mod(i, 10), date '2024-01-01' + mod(i, 300)
                    from generate_series(1, %d) i""".formatted(employees));
            s.execute("""
                    insert into notice (id, kind, verification_code, facility_id, employee_id, description_id, language, issued_at,
                      issued_by, sha256, size_bytes, pdf)
                    select i, 'EMPLOYEE', 'BN-' || i, 1, i, 1 + mod(i, 10), 'en', now() - mod(i, 360) * interval '1 day', 'bench',
                      encode(sha256(p), 'hex'), length(p), p
                    from (select i, (select decode(string_agg(md5(random()::text || i || g), ''), 'hex') from generate_series(1, 1500) g) p
                          from generate_series(1, %d) i) x""".formatted(employees));
            s.execute("""
                    insert into delivery (id, employee_id, description_id, delivered_at, channel, language, recorded_by)
                    select row_number() over (), e.id, e.role_id, now() - interval '364 days' + w * interval '7 days'
                      + mod(e.id, 480) * interval '1 minute', 'PORTAL', 'en', 'bench'
                    from employee e, generate_series(0, 51) w""");
            // A request from one employee in twenty over the year, half of them answered.
            s.execute("""
                    insert into employee_request (id, facility_id, employee_id, kind, channel, received_on, due_on, window_from,
                      window_to, status, fulfilled_on, fulfilled_at, fulfilled_by, recorded_by, recorded_at)
                    select e.id, 1, e.id, case when mod(e.id, 40) = 0 then 'DESCRIPTION' else 'WORK_SPEED_DATA' end, 'WRITTEN',
                      current_date - mod(e.id, 360)::int, current_date - mod(e.id, 360)::int + 21, current_date - mod(e.id, 360)::int - 90,
                      current_date - mod(e.id, 360)::int, case when mod(e.id, 2) = 0 then 'FULFILLED' else 'OPEN' end,
                      case when mod(e.id, 2) = 0 then current_date - mod(e.id, 360)::int + 5 end,
                      case when mod(e.id, 2) = 0 then now() - mod(e.id, 360) * interval '1 day' + interval '5 days' end,
                      case when mod(e.id, 2) = 0 then 'bench' end, 'bench', now() - mod(e.id, 360) * interval '1 day'
                    from employee e where mod(e.id, 20) = 0""");
            for (String seq : new String[]{"employer", "facility", "job_role", "quota_description", "employee", "notice", "delivery",
                    "employee_request"}) {
                s.execute("select setval('" + seq + "_seq', (select coalesce(max(id), 0) + 1000 from " + seq + "))");
            }
        }
        // A valid chain: one employee.created event per employee, hashed as AuditLog does.
        try (PreparedStatement a = c.prepareStatement("insert into audit_event (seq, occurred_at, actor, action, entity_type,"
                + " entity_id, facility_id, before_json, after_json, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            String prev = AuditEvent.GENESIS;
            Instant start = Instant.now().minus(300, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MICROS);
            for (int i = 1; i <= employees; i++) {
                var e = new AuditEvent(i, start.plusSeconds(i * 60L), "bench", "employee.created", "employee", Integer.toString(i),
                        1L, null, "{\"employeeNumber\":\"E" + i + "\"}", prev, null);
                e = e.withHash(e.computeHash());
                a.setLong(1, e.seq());
                a.setTimestamp(2, Timestamp.from(e.occurredAt()));
                a.setString(3, e.actor());
                a.setString(4, e.action());
                a.setString(5, e.entityType());
                a.setString(6, e.entityId());
                a.setLong(7, e.facilityId());
                a.setString(8, null);
                a.setString(9, e.afterJson());
                a.setString(10, e.prevHash());
                a.setString(11, e.hash());
                a.addBatch();
                prev = e.hash();
                if (i % 1_000 == 0) {
                    a.executeBatch();
                }
            }
            a.executeBatch();
        }
        c.commit();
        try (Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            s.execute("vacuum analyze");
        }
        return 1;
    }
}
