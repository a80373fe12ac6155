package org.quotaledger.workspeed;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.quotaledger.testing.Fixtures;
import org.quotaledger.testing.Fixtures.Employee;
import org.quotaledger.testing.Fixtures.Facility;
import org.quotaledger.testing.OwnerDatabase;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * work_speed_record is partitioned by month (V22): the migration keeps what was stored, a month never seen before
 * gets its partition from the loader, every unique index holds the facility, and the serving role can still only
 * read and append, through the table and not around it through a partition.
 */
@QuarkusTest
class WorkSpeedPartitionsTest {

    private static final String INSUFFICIENT_PRIVILEGE = "42501";
    private static final String CHECK_VIOLATION = "23514";

    @Inject
    DataSource serving;

    @Test
    void theTableIsPartitionedByMonthAndEveryUniqueIndexHoldsTheFacility() throws SQLException {
        assertThat(ownerQuery("select partstrat::text || ':' || (select attname from pg_attribute where attrelid = partrelid"
                + " and attnum = partattrs[0]) from pg_partitioned_table where partrelid = 'work_speed_record'::regclass"))
                .containsExactly("r:work_date");
        // Distribution by facility (docs/scaling.md) needs every unique index to hold facility_id.
        assertThat(ownerQuery("select pg_get_indexdef(indexrelid) from pg_index where indrelid = 'work_speed_record'::regclass"
                + " and indisunique")).singleElement().asString().contains("(facility_id, employee_id, work_date, metric)");
        assertThat(ownerQuery("select count(*) from pg_constraint where conrelid = 'work_speed_record'::regclass"
                + " and contype = 'c' and conname = 'work_speed_record_units_check'")).containsExactly("1");
    }

    @Test
    void anUploadForAMonthNeverSeenBeforeLandsInThatMonthsNewPartition() throws SQLException {
        Facility facility = Fixtures.facility();
        Employee e = Fixtures.employee(facility, Fixtures.role(facility));
        assertThat(ownerQuery("select to_regclass('work_speed_record_2041_02') is null")).containsExactly("t");

        Fixtures.asAdmin().contentType("text/csv")
                .body(WorkSpeedResourceTest.HEADER + e.employeeNumber() + ",2041-02-27,picks,120,420,0,30,0,0\n"
                        + e.employeeNumber() + ",2041-03-01,picks,121,420,0,30,0,0\n")
                .when().post("/api/v1/facilities/" + facility.id() + "/work-speed").then().statusCode(200);

        assertThat(ownerQuery("select tableoid::regclass::text || ' ' || work_date from work_speed_record where employee_id = "
                + e.id() + " order by work_date"))
                .containsExactly("work_speed_record_2041_02 2041-02-27", "work_speed_record_2041_03 2041-03-01");
        // The new partition is the owner's, like the table, and carries the table's checks and keys.
        assertThat(ownerQuery("select pg_get_userbyid(relowner) = pg_get_userbyid((select relowner from pg_class"
                + " where oid = 'work_speed_record'::regclass)) from pg_class where oid = 'work_speed_record_2041_02'::regclass"))
                .containsExactly("t");
        assertThatThrownBy(() -> OwnerDatabase.run("insert into work_speed_record_2041_02 (facility_id, employee_id, work_date,"
                + " metric, units, time_on_task_minutes) values (" + facility.id() + ", " + e.id() + ", '2041-02-27', 'picks', 1, 1)"))
                .hasMessageContaining("work_speed_record_2041_02_pkey");
    }

    /** Two instances making the same new month: the second waits for the first, then finds the month made. */
    @Test
    void twoInstancesMakingTheSameMonthMakeItOnce() throws Exception {
        try (Connection first = serving.getConnection(); Connection second = serving.getConnection()) {
            first.setAutoCommit(false);
            assertThat(makeMonth(first, "2043-05-01")).isEqualTo(1);
            var secondCall = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    return makeMonth(second, "2043-05-14");
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(500);
            assertThat(secondCall).isNotDone();     // held by the first, not failing on a duplicate table
            first.commit();
            assertThat(secondCall.get(10, java.util.concurrent.TimeUnit.SECONDS)).isZero();
        }
        assertThat(ownerQuery("select count(*) from pg_inherits where inhrelid = 'work_speed_record_2043_05'::regclass"))
                .containsExactly("1");
    }

    private static int makeMonth(Connection c, String day) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select work_speed_partitions_for(date '" + day + "', date '" + day + "')")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** The loader's plain insert meets a key twice within one file; it falls back to ON CONFLICT DO NOTHING and stores it once. */
    @Test
    void aFileRepeatingAKeyWithinItselfStoresItOnceAndCountsTheRepeat() throws SQLException {
        Facility facility = Fixtures.facility();
        Employee e = Fixtures.employee(facility, Fixtures.role(facility));
        String line = e.employeeNumber() + ",2026-02-03,picks,120,420,0,30,0,0\n";
        var result = Fixtures.asAdmin().contentType("text/csv")
                .body(WorkSpeedResourceTest.HEADER + line + e.employeeNumber() + ",2026-02-04,picks,99,420,0,30,0,0\n" + line)
                .when().post("/api/v1/facilities/" + facility.id() + "/work-speed").then().statusCode(200).extract().jsonPath();

        assertThat(result.getInt("stored")).isEqualTo(2);
        assertThat(result.getInt("duplicates")).isEqualTo(1);
        assertThat(ownerQuery("select work_date || ' ' || units from work_speed_record where employee_id = " + e.id()
                + " order by work_date")).containsExactly("2026-02-03 120.00", "2026-02-04 99.00");
    }

    /** A file that repeats stored days and adds one stores only the new day's record and leaves the stored ones as they were. */
    @Test
    void aFileOverlappingStoredDaysStoresOnlyItsNewRecords() throws SQLException {
        Facility facility = Fixtures.facility();
        Employee e = Fixtures.employee(facility, Fixtures.role(facility));
        String first = e.employeeNumber() + ",2026-03-02,picks,120,420,0,30,0,0\n"
                + e.employeeNumber() + ",2026-03-03,picks,121,420,0,30,0,0\n";
        Fixtures.asAdmin().contentType("text/csv").body(WorkSpeedResourceTest.HEADER + first)
                .when().post("/api/v1/facilities/" + facility.id() + "/work-speed").then().statusCode(200)
                .body("stored", org.hamcrest.Matchers.equalTo(2));

        String again = e.employeeNumber() + ",2026-03-02,picks,999,420,0,30,0,0\n"
                + e.employeeNumber() + ",2026-03-03,picks,121,420,0,30,0,0\n"
                + e.employeeNumber() + ",2026-03-04,picks,122,420,0,30,0,0\n";
        var result = Fixtures.asAdmin().contentType("text/csv").body(WorkSpeedResourceTest.HEADER + again)
                .when().post("/api/v1/facilities/" + facility.id() + "/work-speed").then().statusCode(200).extract().jsonPath();

        assertThat(result.getInt("stored")).isEqualTo(1);
        assertThat(result.getInt("duplicates")).isEqualTo(2);
        assertThat(ownerQuery("select work_date || ' ' || units || ' ' || facility_id from work_speed_record where employee_id = "
                + e.id() + " order by work_date")).containsExactly("2026-03-02 120.00 " + facility.id(),
                "2026-03-03 121.00 " + facility.id(), "2026-03-04 122.00 " + facility.id());
    }

    @Test
    void theServingRoleCanNeitherChangeNorDeleteWorkSpeedDataThroughTheTableOrAPartition() throws SQLException {
        Facility facility = Fixtures.facility();
        Employee e = Fixtures.employee(facility, Fixtures.role(facility));
        Fixtures.asAdmin().contentType("text/csv")
                .body(WorkSpeedResourceTest.HEADER + e.employeeNumber() + ",2026-01-05,picks,120,420,0,30,0,0\n")
                .when().post("/api/v1/facilities/" + facility.id() + "/work-speed").then().statusCode(200);
        String row = " where employee_id = " + e.id();

        refused("update work_speed_record set units = 1" + row, INSUFFICIENT_PRIVILEGE);
        refused("delete from work_speed_record" + row, INSUFFICIENT_PRIVILEGE);
        refused("update work_speed_record_2026_01 set units = 1" + row, INSUFFICIENT_PRIVILEGE);
        refused("delete from work_speed_record_2026_01" + row, INSUFFICIENT_PRIVILEGE);
        refused("insert into work_speed_record_2026_01 select * from work_speed_record_2026_01" + row, INSUFFICIENT_PRIVILEGE);
        refused("truncate work_speed_record_2026_01", INSUFFICIENT_PRIVILEGE);
        refused("drop table work_speed_record_2026_01", INSUFFICIENT_PRIVILEGE);
        refused("alter table work_speed_record detach partition work_speed_record_2026_01", INSUFFICIENT_PRIVILEGE);
        // The owner's drop function holds its own floor whatever the caller asks: a recent month stays.
        refused("select work_speed_drop_month(date '2026-01-01')", CHECK_VIOLATION);
        try (Connection c = serving.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from work_speed_record" + row)) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }

    /**
     * V22 on a database that already holds work speed data: a schema of its own is migrated to V20, given rows in
     * three months, then migrated on; the rows are all there, each in its month's partition, and V5's keys still hold.
     */
    @Test
    void theMigrationKeepsTheRowsAlreadyStored() throws SQLException {
        String schema = "v22_probe_" + Fixtures.unique().toLowerCase().replaceAll("[^a-z0-9]", "");
        var config = ConfigProvider.getConfig();
        String url = config.getValue("quarkus.datasource.jdbc.url", String.class);
        try (Connection owner = OwnerDatabase.connect()) {
            String user = owner.getMetaData().getUserName();
            String password = config.getOptionalValue("quotaledger.migration.password", String.class)
                    .orElseGet(() -> config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
            java.util.function.Supplier<org.flywaydb.core.api.configuration.FluentConfiguration> flyway = () -> Flyway.configure()
                    .dataSource(url, user, password).schemas(schema).locations("filesystem:migrations")
                    .placeholders(Map.of("serving_role", ""));
            try {
                flyway.get().target("20").load().migrate();
                run(owner, "set search_path = " + schema,
                        "insert into employer (id, name) values (1, 'Probe')",
                        "insert into facility (id, employer_id, code, name, state) values (1, 1, 'P', 'Probe', 'CA')",
                        "insert into employee (id, facility_id, employee_number, name, hire_date) values (1, 1, 'P1', 'W', '2020-01-01')",
                        "insert into work_speed_record (facility_id, employee_id, work_date, metric, units, time_on_task_minutes)"
                                + " values (1, 1, '2025-12-31', 'picks', 1, 1), (1, 1, '2026-01-01', 'picks', 2, 2),"
                                + " (1, 1, '2026-01-31', 'stows', 3, 3), (1, 1, '2026-03-15', 'picks', 4, 4)");
                flyway.get().load().migrate();
                List<String> rows = query(owner, "select tableoid::regclass::text || ' ' || work_date || ' ' || units from "
                        + schema + ".work_speed_record order by work_date, metric");
                assertThat(rows).containsExactly("work_speed_record_2025_12 2025-12-31 1.00", "work_speed_record_2026_01 2026-01-01 2.00",
                        "work_speed_record_2026_01 2026-01-31 3.00", "work_speed_record_2026_03 2026-03-15 4.00");
                assertThatThrownBy(() -> run(owner, "insert into " + schema + ".work_speed_record (facility_id, employee_id,"
                        + " work_date, metric, units, time_on_task_minutes) values (1, 1, '2026-01-01', 'picks', 9, 9)"))
                        .hasMessageContaining("work_speed_record_2026_01_pkey");
                assertThatThrownBy(() -> run(owner, "insert into " + schema + ".work_speed_record (facility_id, employee_id,"
                        + " work_date, metric, units, time_on_task_minutes) values (1, 99, '2026-01-02', 'picks', 9, 9)"))
                        .hasMessageContaining("work_speed_record_employee_id_fkey");
            } finally {
                run(owner, "drop schema if exists " + schema + " cascade");
            }
        }
    }

    private void refused(String sql, String sqlState) throws SQLException {
        try (Connection c = serving.getConnection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.execute(sql)).as(sql).isInstanceOfSatisfying(SQLException.class,
                    ex -> assertThat(ex.getSQLState()).as(sql + ": " + ex.getMessage()).isEqualTo(sqlState));
        }
    }

    private static List<String> ownerQuery(String sql) throws SQLException {
        try (Connection c = OwnerDatabase.connect()) {
            return query(c, sql);
        }
    }

    private static List<String> query(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static void run(Connection c, String... statements) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }
}
