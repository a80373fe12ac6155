package org.quotaledger.audit;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.quotaledger.testing.Fixtures;
import org.quotaledger.testing.Fixtures.Facility;
import org.quotaledger.testing.OwnerDatabase;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class AuditTrailTest {

    @Inject
    DataSource dataSource;

    @Inject
    AuditVerifier verifier;

    @Test
    void filingADescriptionAppendsAnEventWithActorAndAfterState() {
        Facility facility = Fixtures.facility();
        var role = Fixtures.role(facility);
        long id = Fixtures.file(facility, Fixtures.document(facility, role.code()));

        JsonPath page = Fixtures.as(Fixtures.compliance()).when()
                .get("/api/v1/audit/events?facilityId=" + facility.id() + "&action=description.")
                .then().statusCode(200).extract().jsonPath();

        List<Map<String, Object>> events = page.getList("events");
        assertThat(events).isNotEmpty();
        Map<String, Object> filed = events.getFirst();
        assertThat(filed.get("actor")).isEqualTo(Fixtures.ADMIN);
        assertThat(filed.get("action")).isEqualTo("description.filed");
        assertThat(filed.get("entityId")).isEqualTo(Long.toString(id));
        assertThat(filed.get("afterJson")).isNotNull();
        assertThat((List<?>) filed.get("changes")).isNotEmpty();
    }

    @Test
    void anUpdateOfTheFacilityRecordsBeforeAndAfter() {
        Facility facility = Fixtures.facility();
        var input = new java.util.HashMap<>(Fixtures.facilityInput(facility));
        input.put("siteNonexemptHeadcount", 1451);
        Fixtures.asAdmin().contentType(ContentType.JSON).body(input)
                .when().put("/api/v1/facilities/" + facility.id()).then().statusCode(200);

        JsonPath page = Fixtures.asAdmin().when()
                .get("/api/v1/audit/events?facilityId=" + facility.id() + "&size=1")
                .then().statusCode(200).body("size", equalTo(1)).extract().jsonPath();

        assertThat(page.getString("events[0].beforeJson")).contains("1450");
        assertThat(page.getString("events[0].afterJson")).contains("1451");
        assertThat(page.getList("events[0].changes.field")).contains("siteNonexemptHeadcount");
    }

    @Test
    void eventsAreNewestFirstAndFilterByActorAndPeriod() {
        Facility facility = Fixtures.facility();
        Fixtures.role(facility);
        Fixtures.role(facility);

        List<Integer> seqs = Fixtures.asAdmin().when()
                .get("/api/v1/audit/events?facilityId=" + facility.id() + "&actor=admin&from=2000-01-01&to=2999-12-31")
                .then().statusCode(200).extract().jsonPath().getList("events.seq");
        assertThat(seqs).hasSizeGreaterThanOrEqualTo(3).isSortedAccordingTo(java.util.Comparator.reverseOrder());

        Fixtures.asAdmin().when().get("/api/v1/audit/events?facilityId=" + facility.id() + "&actor=nobody-at-all")
                .then().statusCode(200).body("total", equalTo(0));
        Fixtures.asAdmin().when().get("/api/v1/audit/events?facilityId=" + facility.id() + "&to=2000-01-01")
                .then().statusCode(200).body("total", equalTo(0));
        Fixtures.asAdmin().when().get("/api/v1/audit/events?from=2026-02-01&to=2026-01-01")
                .then().statusCode(422).contentType("application/problem+json");
    }

    @Test
    void aManagerCannotReadTheTrail() {
        Fixtures.as(Fixtures.manager(Fixtures.facility())).when().get("/api/v1/audit/events")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void anEventEditedBehindTheTriggersBackIsNamedByTheVerification() throws SQLException {
        Facility facility = Fixtures.facility();
        Fixtures.role(facility);
        long seq = Fixtures.asAdmin().when().get("/api/v1/audit/events?facilityId=" + facility.id() + "&size=1")
                .then().statusCode(200).extract().jsonPath().getLong("events[0].seq");
        String original = afterJson(seq);
        Fixtures.asAdmin().when().get("/api/v1/audit/verify").then().statusCode(200).body("intact", equalTo(true));
        try {
            asSuperuserBypassingTriggers(seq, "{\"code\":\"FORGED\",\"title\":\"Forged\"}");

            Fixtures.as(Fixtures.regulator()).when().get("/api/v1/audit/verify")
                    .then().statusCode(200)
                    .body("intact", equalTo(false))
                    .body("brokenAtSeq", equalTo((int) seq))
                    .body("reason", containsString("changed after it was written"));
        } finally {
            asSuperuserBypassingTriggers(seq, original);
        }
        Fixtures.asAdmin().when().get("/api/v1/audit/verify").then().statusCode(200).body("intact", equalTo(true));
    }

    @Test
    void theDatabaseRefusesToUpdateDeleteOrTruncateEventsEvenToTheirOwner() throws SQLException {
        Fixtures.role(Fixtures.facility());
        try (Connection c = OwnerDatabase.connect(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("update audit_event set actor = 'mallory' where seq = 1"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("delete from audit_event where seq = 1"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("truncate audit_event"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
        Fixtures.asAdmin().when().get("/api/v1/audit/verify").then().statusCode(200).body("intact", equalTo(true));
    }

    @Test
    void aViewRecomputesOnlyTheEventsSinceTheLastCheckAndCatchesAChangeAmongThem() throws SQLException {
        Facility facility = Fixtures.facility();
        assertThat(verifier.verify().intact()).isTrue();
        Fixtures.role(facility);

        AuditVerifier.Result since = verifier.verifySinceCheckpoint();
        assertThat(since.intact()).as(since.reason()).isTrue();
        assertThat(since.checkedFromSeq()).isGreaterThan(1);
        assertThat(since.eventsChecked()).isPositive().isLessThan(headSeq());
        assertThat(since.lastFullWalk()).isNotNull();

        Fixtures.role(facility);
        long changed = headSeq();
        String original = afterJson(changed);
        try {
            asSuperuserBypassingTriggers(changed, "{\"code\":\"FORGED\",\"title\":\"Forged\"}");

            AuditVerifier.Result result = verifier.verifySinceCheckpoint();
            assertThat(result.intact()).isFalse();
            assertThat(result.brokenAtSeq()).isEqualTo(changed);
            given().filter(Fixtures.signIn(Fixtures.compliance())).when().get("/audit").then().statusCode(200)
                    .body(containsString("Chain broken at event " + changed));
        } finally {
            asSuperuserBypassingTriggers(changed, original);
        }
        assertThat(verifier.verifySinceCheckpoint().intact()).isTrue();
    }

    @Test
    void theLastVerifiedEventIsReCheckedByEveryViewAndOlderOnesByTheFullWalk() throws SQLException {
        Facility facility = Fixtures.facility();
        Fixtures.role(facility);
        Fixtures.role(facility);
        assertThat(verifier.verify().intact()).isTrue();
        long head = headSeq();

        String headJson = afterJson(head);
        try {
            asSuperuserBypassingTriggers(head, "{\"code\":\"FORGED\"}");
            assertThat(verifier.verifySinceCheckpoint().brokenAtSeq()).isEqualTo(head);
        } finally {
            asSuperuserBypassingTriggers(head, headJson);
        }

        long older = head - 1;
        String olderJson = afterJson(older);
        try {
            asSuperuserBypassingTriggers(older, "{\"code\":\"FORGED\"}");
            // The trade-off of a cheap view: history behind the last check waits for the full walk (nightly, or asked for).
            assertThat(verifier.verifySinceCheckpoint().intact()).isTrue();
            assertThat(verifier.verify().brokenAtSeq()).isEqualTo(older);
            given().filter(Fixtures.signIn(Fixtures.compliance())).when().get("/audit?full=true").then().statusCode(200)
                    .body(containsString("Chain broken at event " + older));
        } finally {
            asSuperuserBypassingTriggers(older, olderJson);
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void theNightlyJobRecomputesTheWholeChainAndRecordsWhen() {
        Fixtures.role(Fixtures.facility());
        java.time.Instant before = java.time.Instant.now();

        verifier.nightly();

        AuditVerifier.Result since = verifier.verifySinceCheckpoint();
        assertThat(since.lastFullWalk()).isAfterOrEqualTo(before.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        assertThat(since.eventsChecked()).isZero();
    }

    @Test
    void checkpointsAreAppendOnlyToo() throws SQLException {
        assertThat(verifier.verify().intact()).isTrue();
        try (Connection c = OwnerDatabase.connect(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("update audit_checkpoint set hash = 'x'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("delete from audit_checkpoint"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
    }

    private long headSeq() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             var rs = s.executeQuery("select max(seq) from audit_event")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private String afterJson(long seq) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement read = c.prepareStatement(
                "select after_json from audit_event where seq = ?")) {
            read.setLong(1, seq);
            var rs = read.executeQuery();
            rs.next();
            return rs.getString(1);
        }
    }

    /**
     * What only the tables' owner can do (the migration role, not the app): switch the triggers off and rewrite
     * an event, in one transaction.
     */
    private void asSuperuserBypassingTriggers(long seq, String afterJson) throws SQLException {
        try (Connection c = OwnerDatabase.connect()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("alter table audit_event disable trigger audit_event_no_update_delete");
            }
            try (PreparedStatement update = c.prepareStatement("update audit_event set after_json = ? where seq = ?")) {
                update.setString(1, afterJson);
                update.setLong(2, seq);
                assertThat(update.executeUpdate()).isEqualTo(1);
            }
            try (Statement s = c.createStatement()) {
                s.execute("alter table audit_event enable trigger audit_event_no_update_delete");
            }
            c.commit();
        }
    }
}
