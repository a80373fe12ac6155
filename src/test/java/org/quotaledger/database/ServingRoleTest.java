package org.quotaledger.database;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.quotaledger.testing.Fixtures;
import org.quotaledger.testing.OwnerDatabase;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The app's own database role cannot rewrite history (issue 12, hole 3): it may read and append the evidence,
 * owns no table, and cannot switch a trigger off. Every statement here is one a person holding the app's
 * database password could try.
 */
@QuarkusTest
class ServingRoleTest {

    private static final String INSUFFICIENT_PRIVILEGE = "42501";
    private static final String CHECK_VIOLATION = "23514";

    @Inject
    DataSource serving;

    @Inject
    ServingRoleCheck check;

    @Inject
    Flyway flyway;

    @Test
    void theServingRoleCannotTruncateRewriteOrUnguardTheEvidence() throws SQLException {
        Fixtures.role(Fixtures.facility());
        refused("truncate notice", INSUFFICIENT_PRIVILEGE);
        refused("truncate notice cascade", INSUFFICIENT_PRIVILEGE);
        refused("truncate quota_description cascade", INSUFFICIENT_PRIVILEGE);
        refused("update audit_event set actor = 'mallory' where seq = 1", INSUFFICIENT_PRIVILEGE);
        refused("delete from audit_event where seq = (select max(seq) from audit_event)", INSUFFICIENT_PRIVILEGE);
        refused("alter table audit_event disable trigger all", INSUFFICIENT_PRIVILEGE);
        refused("alter table quota_description disable trigger quota_description_immutable", INSUFFICIENT_PRIVILEGE);
        refused("set session_replication_role = replica", INSUFFICIENT_PRIVILEGE);
        refused("update audit_checkpoint set hash = 'x'", INSUFFICIENT_PRIVILEGE);
        refused("delete from notice", INSUFFICIENT_PRIVILEGE);
        refused("update evaluation_run set fail_count = 0", INSUFFICIENT_PRIVILEGE);
        refused("update signing_key set alias = 'x'", INSUFFICIENT_PRIVILEGE);
        refused("delete from facility where id = -1", INSUFFICIENT_PRIVILEGE);
        refused("delete from flyway_schema_history", INSUFFICIENT_PRIVILEGE);
        refused("drop table notice", INSUFFICIENT_PRIVILEGE);
        assertThat(check.ownsTheEvidence()).isFalse();
    }

    @Test
    void aVersionInForceCannotBeRewrittenOnlySuperseded() throws SQLException {
        var d = Fixtures.draftDescription();
        Fixtures.submit(d.id());
        Fixtures.activate(d.id());
        long id = d.id();

        refused("update quota_description set activated_by = 'mallory' where id = " + id, CHECK_VIOLATION);
        refused("update quota_description set filed_by = 'mallory' where id = " + id, CHECK_VIOLATION);
        refused("update quota_description set activation_override_reason = 'none needed' where id = " + id, CHECK_VIOLATION);
        refused("update quota_description set document = document || '{\"shift\":\"PT8H\"}' where id = " + id, CHECK_VIOLATION);
        refused("update quota_description set status = 'DRAFT' where id = " + id, CHECK_VIOLATION);
        refused("update quota_description set status = status where id = " + id, CHECK_VIOLATION);
        refused("update quota_description set status = 'SUPERSEDED', superseded_at = now(), activated_by = 'mallory'"
                + " where id = " + id, CHECK_VIOLATION);
        refused("delete from quota_description where id = " + id, CHECK_VIOLATION);
        assertThat(Fixtures.status(id)).isEqualTo("ACTIVE");
    }

    @Test
    void aDeliveryKeepsWhatWasRecordedAndIsAcknowledgedOnce() throws SQLException {
        var d = Fixtures.draftDescription();
        Fixtures.submit(d.id());
        Fixtures.activate(d.id());
        var employee = Fixtures.employee(d.facility(), d.role());
        long delivery = Fixtures.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("descriptionId", d.id(), "channel", "PAPER", "language", "en"))
                .when().post("/api/v1/employees/" + employee.id() + "/deliveries")
                .then().statusCode(201).extract().jsonPath().getLong("id");

        refused("update delivery set channel = 'EMAIL' where id = " + delivery, INSUFFICIENT_PRIVILEGE);
        refused("update delivery set delivered_at = delivered_at - interval '30 days' where id = " + delivery, INSUFFICIENT_PRIVILEGE);
        refused("update delivery set recorded_by = 'mallory' where id = " + delivery, INSUFFICIENT_PRIVILEGE);
        try (Connection c = serving.getConnection(); Statement s = c.createStatement()) {
            assertThat(s.executeUpdate("update delivery set acknowledged_at = now() where id = " + delivery)).isEqualTo(1);
        }
        refused("update delivery set acknowledged_at = now() + interval '1 day' where id = " + delivery, CHECK_VIOLATION);
        refused("update delivery set acknowledged_at = null where id = " + delivery, CHECK_VIOLATION);
    }

    @Test
    void grantsCoverATableThatALaterMigrationAdds() throws SQLException {
        OwnerDatabase.run("create table later_migration_probe (id bigint primary key)");
        try {
            refused("insert into later_migration_probe values (1)", INSUFFICIENT_PRIVILEGE);
            flyway.migrate();    // what the next start does: afterMigrate.sql grants again
            try (Connection c = serving.getConnection(); Statement s = c.createStatement()) {
                assertThat(s.executeUpdate("insert into later_migration_probe values (1)")).isEqualTo(1);
            }
            refused("truncate later_migration_probe", INSUFFICIENT_PRIVILEGE);
            refused("alter table later_migration_probe add column x int", INSUFFICIENT_PRIVILEGE);
        } finally {
            OwnerDatabase.run("drop table later_migration_probe");
        }
    }

    private void refused(String sql, String sqlState) throws SQLException {
        try (Connection c = serving.getConnection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.execute(sql)).as(sql)
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).as(sql + ": " + e.getMessage()).isEqualTo(sqlState));
        }
    }
}
