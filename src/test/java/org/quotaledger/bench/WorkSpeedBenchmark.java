package org.quotaledger.bench;

import org.flywaydb.core.Flyway;
import org.quotaledger.database.EmbeddedDatabase;
import org.quotaledger.workspeed.WorkSpeedLoader;

import java.io.BufferedWriter;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Work speed ingestion against {@code psql \copy}: generates {@code rows} work speed lines as the upload
 * CSV, loads them into an empty {@code work_speed_record} on an embedded PostgreSQL 17 with the app's own
 * path (UTF-8 decode as {@code web.Uploads} does, validate every line with {@link WorkSpeedLoader#parseCsv},
 * COPY into the staging table, {@code insert ... on conflict do nothing}, commit), then loads the same rows
 * with {@code psql \copy} straight into the same table on the same server. Best of three rounds each,
 * table truncated before every round. Not a test: run it with {@code bench/workspeed.sh}.
 */
public final class WorkSpeedBenchmark {

    private WorkSpeedBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int employees = 1_000;
        Path dir = Files.createTempDirectory("workspeed-bench");
        try (EmbeddedDatabase db = EmbeddedDatabase.startThrowaway()) {
            String url = "jdbc:postgresql://localhost:" + db.port() + "/postgres";
            Flyway.configure().dataSource(url, "postgres", "postgres").locations("filesystem:migrations")
                    .placeholders(Map.of("serving_role", "")).load().migrate();
            Map<String, Long> ids = new HashMap<>();
            long facilityId;
            try (Connection c = DriverManager.getConnection(url, "postgres", "postgres"); Statement st = c.createStatement()) {
                st.execute("insert into employer (id, name) values (1, 'Bench Inc')");
                st.execute("insert into facility (id, employer_id, code, name, state) values (1, 1, 'BENCH', 'Bench', 'CA')");
                st.execute("insert into employee (id, facility_id, employee_number, name, hire_date) select g, 1, 'E' || lpad(g::text, 6, '0'),"
                        + " 'Worker ' || g, date '2020-01-01' from generate_series(1, " + employees + ") g");
                facilityId = 1;
                for (int i = 1; i <= employees; i++) {
                    ids.put(String.format("E%06d", i), (long) i);
                }
            }
            Path upload = dir.resolve("upload.csv");
            Path table = dir.resolve("table.csv");
            generate(rows, employees, upload, table);
            System.out.printf("rows: %,d; upload CSV %,d bytes; PostgreSQL 17 (embedded), port %d%n", rows, Files.size(upload), db.port());

            double app = 0;
            double psql = 0;
            for (int round = 1; round <= 3; round++) {
                truncate(url);
                long t0 = System.nanoTime();
                int stored = appLoad(url, facilityId, upload, ids);
                double seconds = (System.nanoTime() - t0) / 1e9;
                check(stored == rows, "app stored " + stored);
                app = Math.max(app, rows / seconds);
                System.out.printf("round %d app : %6.2f s  %,10.0f rows/s%n", round, seconds, rows / seconds);

                truncate(url);
                long t1 = System.nanoTime();
                var process = new ProcessBuilder("psql", "-h", "localhost", "-p", String.valueOf(db.port()), "-U", "postgres",
                        "-d", "postgres", "-v", "ON_ERROR_STOP=1", "-q", "-c",
                        "\\copy work_speed_record (facility_id, employee_id, work_date, metric, units, time_on_task_minutes,"
                                + " off_task_bathroom, off_task_break, off_task_safety, off_task_other) from '" + table + "' with (format csv, header)")
                        .inheritIO().start();
                check(process.waitFor() == 0, "psql failed");
                double copySeconds = (System.nanoTime() - t1) / 1e9;
                check(count(url) == rows, "psql stored " + count(url));
                psql = Math.max(psql, rows / copySeconds);
                System.out.printf("round %d psql: %6.2f s  %,10.0f rows/s%n", round, copySeconds, rows / copySeconds);
            }
            System.out.printf("best: app %,.0f rows/s, psql \\copy %,.0f rows/s, ratio %.2f%n", app, psql, app / psql);
        } finally {
            Files.deleteIfExists(dir.resolve("upload.csv"));
            Files.deleteIfExists(dir.resolve("table.csv"));
            Files.deleteIfExists(dir);
        }
    }

    private static int appLoad(String url, long facilityId, Path upload, Map<String, Long> ids) throws Exception {
        byte[] bytes = Files.readAllBytes(upload);
        String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        WorkSpeedLoader.Parsed parsed = WorkSpeedLoader.parseCsv(new StringReader(text), ids);
        check(parsed.errors().isEmpty(), "errors: " + parsed.errors().size());
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres")) {
            c.setAutoCommit(false);
            int stored = WorkSpeedLoader.load(c, facilityId, parsed);
            c.commit();
            return stored;
        }
    }

    private static void generate(int rows, int employees, Path upload, Path table) throws Exception {
        String[] metrics = {"picks", "stows", "packs", "scans"};
        LocalDate start = LocalDate.of(2024, 1, 1);
        try (BufferedWriter u = Files.newBufferedWriter(upload); BufferedWriter t = Files.newBufferedWriter(table)) {
            u.write("employee_number,date,metric,units,time_on_task_minutes,off_task_bathroom,off_task_break,off_task_safety,off_task_other\n");
            t.write("facility_id,employee_id,work_date,metric,units,time_on_task_minutes,off_task_bathroom,off_task_break,off_task_safety,off_task_other\n");
            int n = 0;
            for (int day = 0; n < rows; day++) {
                LocalDate date = start.plusDays(day);
                for (int e = 1; e <= employees && n < rows; e++) {
                    for (String metric : metrics) {
                        if (n == rows) {
                            break;
                        }
                        String values = "," + date + "," + metric + "," + (90 + n % 60) + "." + (n % 100) + "," + (380 + n % 60)
                                + "," + (n % 15) + ",30," + (n % 3 * 5) + "," + (n % 7) + "\n";
                        u.write(String.format("E%06d", e) + values);
                        t.write("1," + e + values);
                        n++;
                    }
                }
            }
        }
    }

    private static void truncate(String url) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres"); Statement st = c.createStatement()) {
            st.execute("truncate work_speed_record");
            st.execute("checkpoint");
        }
    }

    private static long count(String url) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres"); Statement st = c.createStatement();
             var rs = st.executeQuery("select count(*) from work_speed_record")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalStateException(message);
        }
    }
}
