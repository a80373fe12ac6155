package org.quotaledger.audit;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.quotaledger.testing.Fixtures;
import org.quotaledger.testing.Fixtures.Facility;

import javax.sql.DataSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * Hole 3, second half: the chain's head is signed at each checkpoint and travels with every notice, packet and
 * answer, so that someone with database rights who rewrites history (recomputing every later hash) or cuts it short
 * is contradicted, by the registry's own check and by every copy held outside it; the audit page says what the API says.
 */
@QuarkusTest
class AuditHeadsTest {

    @Inject
    DataSource dataSource;

    @Inject
    AuditVerifier verifier;

    /** One event row as stored. */
    record Row(long seq, OffsetDateTime occurredAt, String actor, String action, String entityType, String entityId,
               Long facilityId, String beforeJson, String afterJson, String prevHash, String hash) {
        AuditEvent event() {
            return new AuditEvent(seq, occurredAt.toInstant(), actor, action, entityType, entityId, facilityId, beforeJson,
                    afterJson, prevHash, hash);
        }
    }

    @Test
    void aRewriteWithEveryLaterHashRecomputedContradictsTheSignedHeadsInTheApiThePageAndTheNoticesHeldOutside() throws Exception {
        // Callers first: making a user appends an event, which must not happen while the trail is rewritten.
        var regulator = Fixtures.regulator();
        var session = Fixtures.signIn(Fixtures.compliance());
        Facility facility = Fixtures.facility();
        Fixtures.role(facility);
        assertThat(verifier.verify().intact()).isTrue();
        long signedAt = headSeq();
        byte[] notice = issueNotice(facility);
        Map<String, String> carried = auditHeadIn(notice);
        given().contentType(ContentType.JSON).body(carried).when().post("/api/v1/audit/heads/verify")
                .then().statusCode(200).body("signatureValid", equalTo(true)).body("signedByThisRegistry", equalTo(true))
                .body("chainAgrees", equalTo(true));

        long rewritten = signedAt - 1;
        List<Row> original = rows(rewritten);
        try {
            rewriteAsOwner(rewritten, "{\"code\":\"FORGED\",\"title\":\"Forged\"}");

            Fixtures.as(regulator).when().get("/api/v1/audit/verify").then().statusCode(200)
                    .body("intact", equalTo(false))
                    .body("brokenAtSeq", equalTo((int) signedAt))
                    .body("reason", containsString("no longer has the hash this registry signed"));
            given().filter(session).when().get("/audit").then().statusCode(200)
                    .body(containsString("Chain broken at event " + signedAt)).body(not(containsString("Chain intact")));
            given().contentType(ContentType.JSON).body(carried).when().post("/api/v1/audit/heads/verify")
                    .then().statusCode(200).body("signatureValid", equalTo(true)).body("chainAgrees", equalTo(false))
                    .body("reason", containsString("rewritten"));
            given().contentType("application/pdf").body(notice).when().post("/api/v1/notices/verify")
                    .then().statusCode(200).body("genuine", equalTo(true)).body("auditHead.chainAgrees", equalTo(false))
                    .body("reason", containsString("no longer agrees"));
        } finally {
            restore(original);
        }
        assertThat(verifier.verify().intact()).isTrue();
        given().contentType(ContentType.JSON).body(carried).when().post("/api/v1/audit/heads/verify")
                .then().statusCode(200).body("chainAgrees", equalTo(true));
    }

    @Test
    void deletingTheLastEventsIsReportedByTheApiAndThePageAgainstTheNewestSignedHead() throws SQLException {
        var compliance = Fixtures.compliance();
        var session = Fixtures.signIn(compliance);
        Facility facility = Fixtures.facility();
        Fixtures.role(facility);
        Fixtures.role(facility);
        assertThat(verifier.verify().intact()).isTrue();
        long head = headSeq();
        List<Row> tail = rows(head - 1);
        try {
            asOwner(c -> {
                try (PreparedStatement delete = c.prepareStatement("delete from audit_event where seq >= ?")) {
                    delete.setLong(1, head - 1);
                    assertThat(delete.executeUpdate()).isEqualTo(2);
                }
            });

            Fixtures.as(compliance).when().get("/api/v1/audit/verify").then().statusCode(200)
                    .body("intact", equalTo(false))
                    .body("brokenAtSeq", equalTo((int) (head - 1)))
                    .body("reason", containsString("were removed"));
            given().filter(session).when().get("/audit").then().statusCode(200)
                    .body(containsString("Chain broken at event"));
        } finally {
            reinsert(tail);
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void thePageReportsTheBreakTheWholeChainWalkFoundThoughItChecksOnlyRecentEventsItself() throws SQLException {
        var session = Fixtures.signIn(Fixtures.compliance());
        Facility facility = Fixtures.facility();
        Fixtures.role(facility);
        Fixtures.role(facility);
        assertThat(verifier.verify().intact()).isTrue();
        long older = headSeq() - 1;
        List<Row> original = rows(older);
        try {
            asOwner(c -> {
                try (PreparedStatement update = c.prepareStatement("update audit_event set after_json = ? where seq = ?")) {
                    update.setString(1, "{\"code\":\"FORGED\"}");
                    update.setLong(2, older);
                    update.executeUpdate();
                }
            });
            Fixtures.asAdmin().when().get("/api/v1/audit/verify").then().statusCode(200)
                    .body("intact", equalTo(false)).body("brokenAtSeq", equalTo((int) older));

            given().filter(session).when().get("/audit").then().statusCode(200)
                    .body(containsString("Chain broken at event " + older)).body(not(containsString("Chain intact")));
        } finally {
            restore(original);
        }
        Fixtures.asAdmin().when().get("/api/v1/audit/verify").then().statusCode(200).body("intact", equalTo(true));
        given().filter(session).when().get("/audit").then().statusCode(200).body(containsString("Chain intact"));
    }

    @Test
    void aCheckpointWrittenWithoutTheRegistrysKeyIsNamed() throws SQLException {
        Fixtures.role(Fixtures.facility());
        assertThat(verifier.verify().intact()).isTrue();
        long head = headSeq();
        String hash = hashOf(head);
        try {
            asOwner(c -> {
                try (PreparedStatement insert = c.prepareStatement("insert into audit_checkpoint (seq, hash, full_walk, verified_at,"
                        + " statement, signature) values (?, ?, true, now(), ?, ?)")) {
                    insert.setLong(1, head);
                    insert.setString(2, hash);
                    insert.setString(3, SignedHead.statement(head, hash, java.time.Instant.now(), "http://localhost:8080"));
                    insert.setBytes(4, "not a signature".getBytes(StandardCharsets.US_ASCII));
                    insert.executeUpdate();
                }
            });

            AuditVerifier.Result since = verifier.verifySinceCheckpoint();
            assertThat(since.intact()).isFalse();
            assertThat(since.reason()).contains("not this registry's");
            assertThat(verifier.verify().reason()).contains("not this registry's");
        } finally {
            asOwner(c -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("delete from audit_checkpoint where signature = 'not a signature'::bytea");
                }
            });
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void packetsAndRequestAnswersCarryTheNewestSignedHeadWhichOpensslChecksWithTheRegistrysCertificate() throws Exception {
        Facility facility = Fixtures.facility("NY");
        var role = Fixtures.role(facility);
        var employee = Fixtures.employee(facility, role);
        activeDescription(facility, role.code());
        assertThat(verifier.verify().intact()).isTrue();

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Map<String, byte[]> packet = unzip(Fixtures.as(Fixtures.compliance()).when()
                .get("/api/v1/facilities/" + facility.id() + "/audit-packet?from=" + today.minusDays(1) + "&to=" + today)
                .then().statusCode(200).extract().asByteArray());
        long request = Fixtures.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("receivedOn", today.minusDays(1).toString(), "kind", "DESCRIPTION", "channel", "ORAL"))
                .when().post("/api/v1/employees/" + employee.id() + "/requests").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Fixtures.asAdmin().when().post("/api/v1/requests/" + request + "/fulfilment").then().statusCode(200);
        Map<String, byte[]> answer = unzip(Fixtures.as(Fixtures.employeeUser(employee)).when()
                .get("/api/v1/me/requests/" + request + "/response").then().statusCode(200).extract().asByteArray());

        Path dir = Files.createTempDirectory("audit-head");
        Files.writeString(dir.resolve("registry.pem"),
                given().when().get("/verify/certificate.pem").then().statusCode(200).extract().asString());
        for (var copy : List.of(Map.entry("packet", new String[]{"audit/audit-head.txt", "audit/audit-head.p7s"}),
                Map.entry("answer", new String[]{"audit-head.txt", "audit-head.p7s"}))) {
            Map<String, byte[]> files = copy.getKey().equals("packet") ? packet : answer;
            byte[] statement = files.get(copy.getValue()[0]);
            assertThat(statement).as(copy.getKey()).isNotNull();
            assertThat(new String(statement, StandardCharsets.UTF_8)).startsWith(SignedHead.FORMAT);
            Files.write(dir.resolve(copy.getKey() + ".txt"), statement);
            Files.write(dir.resolve(copy.getKey() + ".p7s"), files.get(copy.getValue()[1]));
            String openssl = run(dir, "openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", copy.getKey() + ".p7s",
                    "-content", copy.getKey() + ".txt", "-CAfile", "registry.pem", "-purpose", "any", "-out", "/dev/null");
            assertThat(openssl).as(copy.getKey()).contains("Verification successful");
            given().contentType(ContentType.JSON).body(Map.of("statement", new String(statement, StandardCharsets.UTF_8),
                            "signature", java.util.Base64.getEncoder().encodeToString(files.get(copy.getValue()[1]))))
                    .when().post("/api/v1/audit/heads/verify").then().statusCode(200).body("chainAgrees", equalTo(true));
        }
    }

    @Test
    void aHeadThatIsNotOneOrIsSignedBySomeoneElseProvesNothing() {
        var forger = org.quotaledger.signing.SelfSignedIdentity.generate("Forger", "EC", null, java.time.Instant.now());
        String statement = SignedHead.statement(1, "0".repeat(64), java.time.Instant.now(), "http://localhost:8080");
        String signature = java.util.Base64.getEncoder().encodeToString(
                new org.quotaledger.signing.CmsSigner(forger).signDetached(statement.getBytes(StandardCharsets.UTF_8)));

        given().contentType(ContentType.JSON).body(Map.of("statement", statement, "signature", signature))
                .when().post("/api/v1/audit/heads/verify").then().statusCode(200)
                .body("signatureValid", equalTo(true)).body("signedByThisRegistry", equalTo(false))
                .body("chainAgrees", equalTo(null));
        given().contentType(ContentType.JSON).body(Map.of("statement", "hello", "signature", signature))
                .when().post("/api/v1/audit/heads/verify").then().statusCode(200).body("signatureValid", equalTo(false));
        given().contentType(ContentType.JSON).body(Map.of("statement", statement, "signature", "***"))
                .when().post("/api/v1/audit/heads/verify").then().statusCode(422).contentType("application/problem+json");
        Fixtures.as(Fixtures.manager(Fixtures.facility())).when().get("/api/v1/audit/heads/latest")
                .then().statusCode(403).contentType("application/problem+json");
        Fixtures.as(Fixtures.regulator()).when().get("/api/v1/audit/heads/latest")
                .then().statusCode(200).body("statement", containsString(SignedHead.FORMAT));
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private static void activeDescription(Facility facility, String roleCode) {
        long description = Fixtures.file(facility, Fixtures.document(facility, roleCode));
        Fixtures.submit(description);
        Fixtures.activate(description);
    }

    private static byte[] issueNotice(Facility facility) {
        var role = Fixtures.role(facility);
        var employee = Fixtures.employee(facility, role);
        activeDescription(facility, role.code());
        long id = Fixtures.asAdmin().when().post("/api/v1/employees/" + employee.id() + "/notices")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        return Fixtures.asAdmin().when().get("/api/v1/notices/" + id + "/pdf").then().statusCode(200).extract().asByteArray();
    }

    private static Map<String, String> auditHeadIn(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            Map<String, String> info = reader.getInfo();
            assertThat(info).containsKeys(AuditHeads.PDF_STATEMENT_KEY, AuditHeads.PDF_SIGNATURE_KEY);
            return Map.of("statement", info.get(AuditHeads.PDF_STATEMENT_KEY), "signature", info.get(AuditHeads.PDF_SIGNATURE_KEY));
        } finally {
            reader.close();
        }
    }

    private long headSeq() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select max(seq) from audit_event")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private String hashOf(long seq) throws SQLException {
        return rows(seq).getFirst().hash();
    }

    private List<Row> rows(long fromSeq) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement("select seq, occurred_at,"
                + " actor, action, entity_type, entity_id, facility_id, before_json, after_json, prev_hash, hash"
                + " from audit_event where seq >= ? order by seq")) {
            q.setLong(1, fromSeq);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), (Long) rs.getObject(7), rs.getString(8), rs.getString(9),
                            rs.getString(10), rs.getString(11)));
                }
            }
        }
        return rows;
    }

    /**
     * What someone with the owner's rights can do: switch the triggers off, change an event and recompute the hash of
     * it and of every event after it, so every link holds again; and add a checkpoint of their own (unsigned: they do
     * not have the key).
     */
    private void rewriteAsOwner(long seq, String afterJson) throws SQLException {
        List<Row> rows = rows(seq);
        asOwner(c -> {
            String prev = rows.getFirst().prevHash();
            try (PreparedStatement update = c.prepareStatement("update audit_event set after_json = ?, prev_hash = ?, hash = ?"
                    + " where seq = ?")) {
                for (Row r : rows) {
                    String json = r.seq() == seq ? afterJson : r.afterJson();
                    AuditEvent changed = new AuditEvent(r.seq(), r.occurredAt().toInstant(), r.actor(), r.action(), r.entityType(),
                            r.entityId(), r.facilityId(), r.beforeJson(), json, prev, null);
                    String hash = changed.computeHash();
                    update.setString(1, json);
                    update.setString(2, prev);
                    update.setString(3, hash);
                    update.setLong(4, r.seq());
                    update.executeUpdate();
                    prev = hash;
                }
            }
            try (PreparedStatement checkpoint = c.prepareStatement("insert into audit_checkpoint (seq, hash, full_walk)"
                    + " values (?, ?, true)")) {
                checkpoint.setLong(1, rows.getLast().seq());
                checkpoint.setString(2, prev);
                checkpoint.executeUpdate();
            }
        });
    }

    private void restore(List<Row> rows) throws SQLException {
        asOwner(c -> {
            try (PreparedStatement update = c.prepareStatement("update audit_event set after_json = ?, prev_hash = ?, hash = ?"
                    + " where seq = ?")) {
                for (Row r : rows) {
                    update.setString(1, r.afterJson());
                    update.setString(2, r.prevHash());
                    update.setString(3, r.hash());
                    update.setLong(4, r.seq());
                    update.executeUpdate();
                }
            }
            try (Statement s = c.createStatement()) {
                s.executeUpdate("delete from audit_checkpoint where signature is null and seq >= " + rows.getFirst().seq());
            }
        });
    }

    private void reinsert(List<Row> rows) throws SQLException {
        asOwner(c -> {
            try (PreparedStatement appended = c.prepareStatement("delete from audit_event where seq >= ?")) {
                appended.setLong(1, rows.getFirst().seq());   // anything appended meanwhile took the removed numbers
                appended.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement("insert into audit_event (seq, occurred_at, actor, action,"
                    + " entity_type, entity_id, facility_id, before_json, after_json, prev_hash, hash)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Row r : rows) {
                    insert.setLong(1, r.seq());
                    insert.setObject(2, r.occurredAt());
                    insert.setString(3, r.actor());
                    insert.setString(4, r.action());
                    insert.setString(5, r.entityType());
                    insert.setString(6, r.entityId());
                    insert.setObject(7, r.facilityId());
                    insert.setString(8, r.beforeJson());
                    insert.setString(9, r.afterJson());
                    insert.setString(10, r.prevHash());
                    insert.setString(11, r.hash());
                    insert.executeUpdate();
                }
            }
        });
    }

    @FunctionalInterface
    private interface Work {
        void run(Connection c) throws SQLException;
    }

    /**
     * A session with the append-only triggers switched off, as a database superuser (or the tables' owner) can; the
     * app's own serving role may not (see migrations/afterMigrate.sql).
     */
    private void asOwner(Work work) throws SQLException {
        try (Connection c = org.quotaledger.testing.OwnerDatabase.connect()) {
            try (Statement s = c.createStatement()) {
                s.execute("set session_replication_role = replica");
            }
            try {
                work.run(c);
            } finally {
                try (Statement s = c.createStatement()) {
                    s.execute("set session_replication_role = default");
                }
            }
        }
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    private static String run(Path dir, String... command) throws Exception {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return out;
    }
}
