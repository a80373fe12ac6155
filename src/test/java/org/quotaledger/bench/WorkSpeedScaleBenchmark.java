package org.quotaledger.bench;

import org.flywaydb.core.Flyway;
import org.quotaledger.retention.WorkSpeedMonths;
import org.quotaledger.workspeed.WorkSpeedLoader;
import org.quotaledger.workspeed.WorkSpeedRecords;

import java.io.BufferedWriter;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Work speed data at employer scale (issue #15), against a PostgreSQL server (bench/workspeed-100m.sh: the local
 * PostgreSQL 15, a fresh database):
 * <ol>
 *   <li>70,000 employees in 7 New York facilities of 10,000 (10 roles of 1,000 each); a history of {@code rows}
 *       records (4 metrics a day each, so 100 million rows are 357 days from 2022-01-03) filled server-side, a month at a
 *       time: {@code insert ... select} from generate_series into a new table, its keys built, then attached as the
 *       month's partition (which checks the foreign keys); setup, not a measured figure;</li>
 *   <li>ingestion: a slice of {@code sliceDays} days (December 2021, a month with no partition yet) for all 70,000
 *       employees, loaded once through the app's path (per facility, as uploads are: UTF-8 decode, {@code
 *       WorkSpeedLoader.parseCsv}, the month's partition made in its own transaction, COPY into staging, {@code insert ...
 *       select} of the rows not stored yet, commit) and once by {@code psql \copy} of the same rows with ids resolved, into the same
 *       table, the month's partition dropped and a checkpoint before each; {@code rounds} rounds, best of each;</li>
 *   <li>the employee's 90-day report ({@link WorkSpeedRecords#EMPLOYEE_WINDOW}, the last 90 days of the history) for
 *       {@code samples} random employees after 200 warm-up queries: p50, p99, max;</li>
 *   <li>a request answer's data: the employee's records plus the role aggregate ({@link WorkSpeedRecords#ROLE_AGGREGATE})
 *       over the same 90 days, for 20 random employees;</li>
 *   <li>the purge of the oldest month: retention's checks ({@link WorkSpeedMonths}) and the drop, in one transaction.
 *       Every employee is separated on 2022-12-31 so that, under New York's three years, that month may go.</li>
 * </ol>
 * Not a test: run it with {@code bench/workspeed-100m.sh}.
 */
public final class WorkSpeedScaleBenchmark {

    private static final int EMPLOYEES = 70_000;
    private static final int FACILITIES = 7;
    private static final int PER_FACILITY = EMPLOYEES / FACILITIES;
    private static final int ROLES_PER_FACILITY = 10;
    private static final String[] METRICS = {"picks", "stows", "packs", "scans"};
    private static final LocalDate HISTORY_START = LocalDate.of(2022, 1, 3);
    private static final LocalDate SLICE_START = LocalDate.of(2021, 12, 1);

    private WorkSpeedScaleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String user = args[1];
        String password = args[2];
        long rows = Long.parseLong(args[3]);
        int sliceDays = Integer.parseInt(args[4]);
        int samples = args.length > 5 ? Integer.parseInt(args[5]) : 1000;
        String psqlTarget = args[6];    // host:port/db for psql
        int rounds = args.length > 7 ? Integer.parseInt(args[7]) : 2;

        Flyway.configure().dataSource(url, user, password).locations("filesystem:migrations")
                .placeholders(Map.of("serving_role", "")).load().migrate();
        int days = (int) Math.max(1, rows / ((long) EMPLOYEES * METRICS.length));
        LocalDate historyEnd = HISTORY_START.plusDays(days - 1);
        System.out.printf("history: %,d employees x %d metrics x %d days (%s .. %s) = %,d rows; slice %d days from %s%n",
                EMPLOYEES, METRICS.length, days, HISTORY_START, historyEnd, (long) EMPLOYEES * METRICS.length * days, sliceDays, SLICE_START);

        try (Connection c = DriverManager.getConnection(url, user, password)) {
            setUp(c);
            fill(c, historyEnd);
            sizes(c);
        }
        ingestion(url, user, password, sliceDays, rounds, psqlTarget);
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            report(c, historyEnd, samples);
            answer(c, historyEnd);
            purge(c);
        }
    }

    private static void setUp(Connection c) throws Exception {
        try (Statement st = c.createStatement()) {
            st.execute("insert into employer (id, name) values (1, 'Bench Logistics')");
            st.execute("insert into facility (id, employer_id, code, name, state) select f, 1, 'NY' || f, 'Bench DC ' || f, 'NY'"
                    + " from generate_series(1, " + FACILITIES + ") f");
            st.execute("insert into job_role (id, facility_id, code, title) select f * 100 + r, f, 'R' || r, 'Role ' || r"
                    + " from generate_series(1, " + FACILITIES + ") f, generate_series(1, " + ROLES_PER_FACILITY + ") r");
            st.execute("insert into employee (id, facility_id, role_id, employee_number, name, hire_date, separation_date)"
                    + " select g, (g - 1) / " + PER_FACILITY + " + 1, ((g - 1) / " + PER_FACILITY + " + 1) * 100 + (g % " + ROLES_PER_FACILITY
                    + ") + 1, 'E' || lpad(g::text, 6, '0'), 'Worker ' || g, date '2020-01-01', date '2022-12-31'"
                    + " from generate_series(1, " + EMPLOYEES + ") g");
        }
    }

    /** The history, one month per statement (each its own transaction), in key order so the indexes are appended to. */
    private static void fill(Connection c, LocalDate historyEnd) throws Exception {
        long t0 = System.nanoTime();
        long total = 0;
        for (YearMonth m = YearMonth.from(HISTORY_START); !m.atDay(1).isAfter(historyEnd); m = m.plusMonths(1)) {
            LocalDate from = m.atDay(1).isBefore(HISTORY_START) ? HISTORY_START : m.atDay(1);
            LocalDate to = m.atEndOfMonth().isAfter(historyEnd) ? historyEnd : m.atEndOfMonth();
            long t = System.nanoTime();
            long monthRows;
            String part = String.format("work_speed_record_%04d_%02d", m.getYear(), m.getMonthValue());
            try (Statement st = c.createStatement()) {
                // The classic bulk load: rows first, then the indexes built by sorting, then ATTACH, which adds the table's
                // foreign keys and checks them in one pass. What the app loads later goes through the attached partition.
                st.execute("create table " + part + " (like work_speed_record including defaults including constraints)");
                int n = st.executeUpdate("insert into " + part + " (facility_id, employee_id, work_date, metric, units,"
                        + " time_on_task_minutes, off_task_bathroom, off_task_break, off_task_safety, off_task_other)"
                        + " select e.facility_id, e.id, d::date, m.metric, 80 + (e.id * 7 + extract(doy from d)::int * 13 + m.k) % 60,"
                        + " 380 + (e.id + m.k) % 60, e.id % 15, 30, (e.id + extract(doy from d)::int) % 3 * 5, m.k"
                        + " from employee e cross join lateral generate_series(date '" + from + "', date '" + to + "', interval '1 day') d"
                        + " cross join lateral (values ('packs', 1), ('picks', 2), ('scans', 3), ('stows', 4)) m (metric, k)");
                st.execute("set maintenance_work_mem = '512MB'");
                st.execute("alter table " + part + " add primary key (facility_id, employee_id, work_date, metric)");
                st.execute("create index on " + part + " (employee_id, work_date)");
                st.execute("alter table work_speed_record attach partition " + part + " for values from ('" + m.atDay(1) + "') to ('"
                        + m.plusMonths(1).atDay(1) + "')");
                st.execute("analyze " + part);
                total += n;
                monthRows = n;
            }
            System.out.printf("fill %s: %,d rows in %.1f s (total %,d, %.0f rows/s overall)%n", m, monthRows,
                    (System.nanoTime() - t) / 1e9, total, total / ((System.nanoTime() - t0) / 1e9));
        }
        System.out.printf("fill done: %,d rows in %.1f s%n", total, (System.nanoTime() - t0) / 1e9);
    }

    private static void sizes(Connection c) throws Exception {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select count(*), pg_size_pretty(sum(pg_table_size(i.inhrelid))),"
                + " pg_size_pretty(sum(pg_indexes_size(i.inhrelid))) from pg_inherits i where i.inhparent = 'work_speed_record'::regclass")) {
            rs.next();
            System.out.printf("partitions: %d, table %s, indexes %s%n", rs.getInt(1), rs.getString(2), rs.getString(3));
        }
    }

    private static void ingestion(String url, String user, String password, int sliceDays, int rounds, String psqlTarget)
            throws Exception {
        Path dir = Files.createTempDirectory("workspeed-scale");
        Path table = dir.resolve("table.csv");
        List<Path> uploads = new ArrayList<>();
        long sliceRows = (long) EMPLOYEES * METRICS.length * sliceDays;
        try (BufferedWriter t = Files.newBufferedWriter(table)) {
            t.write("facility_id,employee_id,work_date,metric,units,time_on_task_minutes,off_task_bathroom,off_task_break,off_task_safety,off_task_other\n");
            long n = 0;
            for (int f = 1; f <= FACILITIES; f++) {
                Path upload = dir.resolve("upload-" + f + ".csv");
                uploads.add(upload);
                try (BufferedWriter u = Files.newBufferedWriter(upload)) {
                    u.write("employee_number,date,metric,units,time_on_task_minutes,off_task_bathroom,off_task_break,off_task_safety,off_task_other\n");
                    for (int day = 0; day < sliceDays; day++) {
                        LocalDate date = SLICE_START.plusDays(day);
                        for (int e = (f - 1) * PER_FACILITY + 1; e <= f * PER_FACILITY; e++) {
                            for (String metric : METRICS) {
                                String values = "," + date + "," + metric + "," + (90 + n % 60) + "." + (n % 100) + "," + (380 + n % 60)
                                        + "," + (n % 15) + ",30," + (n % 3 * 5) + "," + (n % 7) + "\n";
                                u.write(String.format("E%06d", e) + values);
                                t.write(f + "," + e + values);
                                n++;
                            }
                        }
                    }
                }
            }
        }
        YearMonth month = YearMonth.from(SLICE_START);
        String partition = String.format("work_speed_record_%04d_%02d", month.getYear(), month.getMonthValue());
        Map<String, Long> ids = new HashMap<>();
        for (int e = 1; e <= EMPLOYEES; e++) {
            ids.put(String.format("E%06d", e), (long) e);
        }
        System.out.printf("slice: %,d rows, %,d bytes of upload CSV in %d files%n", sliceRows,
                uploads.stream().mapToLong(p -> p.toFile().length()).sum(), uploads.size());

        String[] target = psqlTarget.split("[:/]");
        double app = Double.MAX_VALUE;
        double psql = Double.MAX_VALUE;
        List<Double> ratios = new ArrayList<>();
        // A serving app is a warm JVM: one untimed parse of a file first, so round 1 does not pay for the JIT.
        check(WorkSpeedLoader.parseCsv(Files.newBufferedReader(uploads.getFirst()), ids).errors().isEmpty(), "warm-up parse");
        for (int round = 1; round <= rounds; round++) {
            dropAndCheckpoint(url, user, password, partition);
            long t0 = System.nanoTime();
            long stored = 0;
            for (int f = 1; f <= FACILITIES; f++) {
                stored += appLoad(url, user, password, f, uploads.get(f - 1), ids);
            }
            double appSeconds = (System.nanoTime() - t0) / 1e9;
            check(stored == sliceRows, "app stored " + stored);
            app = Math.min(app, appSeconds);
            System.out.printf("round %d app : %7.1f s  %,10.0f rows/s%n", round, appSeconds, sliceRows / appSeconds);

            dropAndCheckpoint(url, user, password, partition);
            long t1 = System.nanoTime();
            var process = new ProcessBuilder("psql", "-h", target[0], "-p", target[1], "-U", user, "-d", target[2], "-v", "ON_ERROR_STOP=1",
                    "-qAt", "-c", "select work_speed_partitions_for('" + month.atDay(1) + "', '" + month.atEndOfMonth() + "')",
                    "-c", "\\copy work_speed_record (facility_id, employee_id, work_date, metric, units, time_on_task_minutes,"
                            + " off_task_bathroom, off_task_break, off_task_safety, off_task_other) from '" + table + "' with (format csv, header)");
            process.environment().put("PGPASSWORD", password);
            check(process.inheritIO().start().waitFor() == 0, "psql failed");
            double psqlSeconds = (System.nanoTime() - t1) / 1e9;
            psql = Math.min(psql, psqlSeconds);
            System.out.printf("round %d psql: %7.1f s  %,10.0f rows/s; this round's ratio %.2f%n", round, psqlSeconds,
                    sliceRows / psqlSeconds, psqlSeconds / appSeconds);
            ratios.add(psqlSeconds / appSeconds);
        }
        ratios.sort(null);
        System.out.printf("ratio per round (app/psql): %s; median %.2f%n", ratios,
                ratios.size() % 2 == 1 ? ratios.get(ratios.size() / 2) : (ratios.get(ratios.size() / 2 - 1) + ratios.get(ratios.size() / 2)) / 2);
        System.out.printf("best: app %,.0f rows/s, psql \\copy %,.0f rows/s; ingestion ratio app/psql %.2f (target >= 0.8)%n",
                sliceRows / app, sliceRows / psql, psql / app);
        try (Connection c = DriverManager.getConnection(url, user, password); Statement st = c.createStatement()) {
            st.execute("analyze " + partition);
        }
        for (Path p : uploads) {
            Files.deleteIfExists(p);
        }
        Files.deleteIfExists(table);
        Files.deleteIfExists(dir);
    }

    private static long appLoad(String url, String user, String password, long facilityId, Path upload, Map<String, Long> ids) throws Exception {
        byte[] bytes = Files.readAllBytes(upload);
        String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        WorkSpeedLoader.Parsed parsed = WorkSpeedLoader.parseCsv(new StringReader(text), ids);
        check(parsed.errors().isEmpty(), "errors: " + parsed.errors().size());
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            WorkSpeedLoader.ensurePartitions(c, parsed.months());     // its own transaction (autocommit), as WorkSpeedService does
            c.setAutoCommit(false);
            int stored = WorkSpeedLoader.load(c, facilityId, parsed);
            c.commit();
            return stored;
        }
    }

    private static void dropAndCheckpoint(String url, String user, String password, String partition) throws Exception {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement st = c.createStatement()) {
            st.execute("drop table if exists " + partition);
        }
        // CHECKPOINT needs a superuser on PostgreSQL 15 (or pg_checkpoint): the script runs as root, as bench/lib.sh does.
        check(new ProcessBuilder("su", "postgres", "-c", "psql -qc checkpoint").inheritIO().start().waitFor() == 0, "checkpoint failed");
    }

    private static void report(Connection c, LocalDate historyEnd, int samples) throws Exception {
        LocalDate from = historyEnd.minusDays(90);
        Random random = new Random(15);
        try (PreparedStatement q = c.prepareStatement(jdbc(WorkSpeedRecords.EMPLOYEE_WINDOW))) {
            for (int i = 0; i < 200; i++) {
                employeeWindow(q, 1 + random.nextInt(EMPLOYEES), from, historyEnd);
            }
            double[] ms = new double[samples];
            long rowsSeen = 0;
            for (int i = 0; i < samples; i++) {
                long t = System.nanoTime();
                rowsSeen += employeeWindow(q, 1 + random.nextInt(EMPLOYEES), from, historyEnd);
                ms[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(ms);
            System.out.printf("employee 90-day report (%s .. %s), %d random employees, %.0f rows each: p50 %.2f ms, p99 %.2f ms,"
                            + " max %.2f ms (target p99 < 50 ms)%n", from, historyEnd, samples, (double) rowsSeen / samples,
                    ms[samples / 2], ms[(int) Math.ceil(samples * 0.99) - 1], ms[samples - 1]);
        }
    }

    private static int employeeWindow(PreparedStatement q, long employee, LocalDate from, LocalDate to) throws Exception {
        q.setLong(1, employee);
        q.setObject(2, from);
        q.setObject(3, to);
        int n = 0;
        try (ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                rs.getObject(1);
                rs.getString(2);
                rs.getBigDecimal(3);
                n++;
            }
        }
        return n;
    }

    private static void answer(Connection c, LocalDate historyEnd) throws Exception {
        LocalDate from = historyEnd.minusDays(90);
        Random random = new Random(16);
        double[] ms = new double[20];
        try (PreparedStatement records = c.prepareStatement(jdbc(WorkSpeedRecords.EMPLOYEE_WINDOW));
             PreparedStatement aggregate = c.prepareStatement(jdbc(WorkSpeedRecords.ROLE_AGGREGATE))) {
            for (int i = 0; i < ms.length; i++) {
                int employee = 1 + random.nextInt(EMPLOYEES);
                long facility = (employee - 1) / PER_FACILITY + 1;
                long t = System.nanoTime();
                employeeWindow(records, employee, from, historyEnd);
                aggregate.setLong(1, facility);
                aggregate.setLong(2, facility * 100 + (employee % ROLES_PER_FACILITY) + 1);
                aggregate.setObject(3, from);
                aggregate.setObject(4, historyEnd);
                try (ResultSet rs = aggregate.executeQuery()) {
                    while (rs.next()) {
                        rs.getObject(1);
                    }
                }
                ms[i] = (System.nanoTime() - t) / 1e6;
            }
        }
        Arrays.sort(ms);
        System.out.printf("request answer's data (records + role aggregate of 1,000 employees, 90 days), 20 employees:"
                + " p50 %.0f ms, max %.0f ms%n", ms[ms.length / 2], ms[ms.length - 1]);
    }

    private static void purge(Connection c) throws Exception {
        YearMonth month = YearMonth.from(HISTORY_START);
        c.setAutoCommit(false);
        long t = System.nanoTime();
        boolean open = WorkSpeedMonths.inOpenRequestWindow(c, month);
        boolean current = WorkSpeedMonths.holdsCurrentEmployees(c, month);
        var holders = WorkSpeedMonths.holders(c, month);
        check(!open && !current && !holders.isEmpty(), "the month is not droppable");
        long checks = System.nanoTime();
        long dropped = WorkSpeedMonths.drop(c, month);
        c.commit();
        long done = System.nanoTime();
        System.out.printf("purge of %s: %,d rows; checks %.1f s, drop %.2f s, total %.1f s%n", month, dropped,
                (checks - t) / 1e9, (done - checks) / 1e9, (done - t) / 1e9);
    }

    /** The app's queries number their parameters for JPA (?1); JDBC takes them in order (?). */
    private static String jdbc(String sql) {
        return sql.replaceAll("\\?\\d", "?");
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalStateException(message);
        }
    }
}
