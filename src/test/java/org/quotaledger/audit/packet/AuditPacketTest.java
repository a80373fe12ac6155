package org.quotaledger.audit.packet;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quotaledger.audit.AuditEvent;
import org.quotaledger.signing.CmsSigner;
import org.quotaledger.signing.Fingerprint;
import org.quotaledger.signing.SelfSignedIdentity;
import org.quotaledger.signing.Pem;
import org.quotaledger.signing.SigningIdentity;
import org.quotaledger.testing.Fixtures;
import org.quotaledger.testing.Fixtures.Facility;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Audit packets: what they hold, and that openssl, sha256sum and our verifier all catch a changed file. */
@QuarkusTest
class AuditPacketTest {

    private static Facility facility;
    private static Fixtures.JobRole role;
    private static byte[] packet;

    /** A facility with an active description and a delivery, and the packet a compliance officer exported of it. */
    static synchronized void aFacilityWithAnActiveDescriptionADeliveryAndAPacket() {
        if (packet != null) {
            return;
        }
        facility = Fixtures.facility("NY");
        role = Fixtures.role(facility);
        var employee = Fixtures.employee(facility, role);
        long v1 = Fixtures.activeDescription(facility, role);
        Fixtures.asAdmin().contentType(ContentType.JSON).body(Map.of("descriptionId", v1, "channel", "PAPER"))
                .when().post("/api/v1/employees/" + employee.id() + "/deliveries").then().statusCode(201);
        String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
        Fixtures.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("receivedOn", yesterday, "kind", "WORK_SPEED_DATA", "channel", "ORAL"))
                .when().post("/api/v1/employees/" + employee.id() + "/requests").then().statusCode(201);
        Fixtures.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("date", yesterday, "type", "WARNING", "quotaBased", true, "descriptionId", v1))
                .when().post("/api/v1/employees/" + employee.id() + "/adverse-actions").then().statusCode(201);
        Fixtures.asAdmin().contentType(ContentType.JSON)
                .body(List.of(Map.of("employeeNumber", employee.employeeNumber(), "date", yesterday, "metric", "picks",
                        "units", 118, "timeOnTaskMinutes", 540)))
                .when().post("/api/v1/facilities/" + facility.id() + "/work-speed/records").then().statusCode(200);
        packet = export(Fixtures.compliance(), facility);
    }

    @BeforeEach
    void world() {
        aFacilityWithAnActiveDescriptionADeliveryAndAPacket();
    }

    static byte[] export(Fixtures.Credentials who, Facility f) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return Fixtures.as(who).when()
                .get("/api/v1/facilities/" + f.id() + "/audit-packet?from=" + today.minusDays(7) + "&to=" + today)
                .then().statusCode(200).contentType("application/zip")
                .header("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment; filename=\"audit-packet-"))
                .extract().asByteArray();
    }

    @Test
    void thePacketHoldsEveryPartAndAManifestListingEachFileWithItsHash() throws IOException {
        Map<String, byte[]> files = unzip(packet);

        assertThat(files).containsKeys("README.txt", "signing-certificate.pem", "signing-certificate.crl", "descriptions/" + role.code() + "-v1.json",
                "descriptions/index.csv", "descriptions/filing-summary.pdf", "notices/index.csv", "records/deliveries.csv",
                "findings/findings-report.pdf", "audit/audit-trail.csv", "audit/chain-anchor.json", "SHA256SUMS",
                "manifest.json", "manifest.json.p7s");
        JsonPath manifest = JsonPath.from(new String(files.get("manifest.json"), StandardCharsets.UTF_8));
        assertThat(manifest.getString("facility.code")).isEqualTo(facility.code());
        assertThat(manifest.getString("signer.certificateSha256")).contains(":");
        List<String> listed = manifest.getList("files.path");
        assertThat(listed).contains("SHA256SUMS", "README.txt").doesNotContain("manifest.json", "manifest.json.p7s");
        assertThat(listed).containsExactlyInAnyOrderElementsOf(files.keySet().stream()
                .filter(p -> !p.startsWith("manifest.json")).toList());
        assertThat(new String(files.get("descriptions/" + role.code() + "-v1.json"), StandardCharsets.UTF_8))
                .contains("\"schema\" : \"quota-description/v1\"").contains(facility.code());
        assertThat(new String(files.get("records/deliveries.csv"), StandardCharsets.UTF_8)).contains("PAPER");
        assertThat(new String(files.get("records/requests.csv"), StandardCharsets.UTF_8))
                .startsWith("request_id,").contains("WORK_SPEED_DATA,ORAL").contains("OPEN");
        assertThat(new String(files.get("records/adverse-actions.csv"), StandardCharsets.UTF_8))
                .contains("WARNING,true," + role.code() + ",1");
        assertThat(new String(files.get("records/work-speed-summary.csv"), StandardCharsets.UTF_8))
                .contains(",picks,").contains(",118.00,118.00,540,");
        assertThat(new String(files.get("findings/findings-report.pdf"), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void everyAuditRowsHashCanBeRecomputedFromTheCsvAlone() throws IOException {
        String csv = new String(unzip(packet).get("audit/audit-trail.csv"), StandardCharsets.UTF_8);
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();

        assertThat(rows).isNotEmpty();
        assertThat(rows).extracting(r -> r.get("action")).contains("facility.created", "description.activated");
        for (CSVRecord r : rows) {
            var event = new AuditEvent(Long.parseLong(r.get("seq")), Instant.parse(r.get("occurred_at")), recorded(r.get("actor")),
                    recorded(r.get("action")), recorded(r.get("entity_type")), blank(recorded(r.get("entity_id"))),
                    r.get("facility_id").isEmpty() ? null : Long.parseLong(r.get("facility_id")), blank(recorded(r.get("before_json"))),
                    blank(recorded(r.get("after_json"))), r.get("prev_hash"), r.get("hash"));
            assertThat(event.computeHash()).as("event " + event.seq()).isEqualTo(event.hash());
        }
    }

    /** The employer's certificate as the registry's public page publishes it: the reader's trust anchor. */
    static String trustedCertificate(Facility f) {
        return given().when().get("/verify/employers/" + f.employerId() + "/certificate.pem").then().statusCode(200)
                .extract().asString();
    }

    @Test
    void opensslAndSha256sumVerifyAnUntouchedPacket() throws Exception {
        Path dir = Files.createTempDirectory("packet-test");
        extract(packet, dir);
        Files.writeString(dir.resolve("trusted.pem"), trustedCertificate(facility));

        Run cms = run(dir, "openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", "manifest.json.p7s",
                "-content", "manifest.json", "-CAfile", "trusted.pem", "-purpose", "any", "-out", "/dev/null");
        assertThat(cms.exit()).as(cms.output()).isZero();
        assertThat(cms.output()).contains("Verification successful");
        Run sums = run(dir, "sha256sum", "-c", "SHA256SUMS");
        assertThat(sums.exit()).as(sums.output()).isZero();
        assertThat(sums.output()).contains("records/deliveries.csv: OK").doesNotContain("FAILED");
    }

    @Test
    void theReadmesOfflineCommandsMakePdfsigTrustThePacketsPdfs() throws Exception {
        Path dir = Files.createTempDirectory("packet-pdfsig");
        extract(packet, dir);
        Files.writeString(dir.resolve("trusted.pem"), trustedCertificate(facility));
        String readme = Files.readString(dir.resolve("README.txt"));
        List<String> commands = readme.lines().map(String::strip)
                .filter(l -> l.startsWith("mkdir nss") || l.startsWith("certutil -A") || l.startsWith("crlutil -I")).toList();
        assertThat(commands).hasSize(3);
        for (String command : commands) {
            Run r = run(dir, "sh", "-c", command);
            assertThat(r.exit()).as(command + ": " + r.output()).isZero();
        }

        assertThat(readme).contains("pdfsig -no-ocsp -nssdir sql:nss findings/findings-report.pdf");
        for (String pdf : List.of("findings/findings-report.pdf", "descriptions/filing-summary.pdf")) {
            assertThat(run(dir, "pdfsig", "-no-ocsp", "-nssdir", "sql:nss", pdf).output()).as(pdf)
                    .contains("Signature is Valid.", "Certificate is Trusted.", "Total document signed");
        }
    }

    @Test
    void theVerifierAcceptsAnUntouchedPacket() {
        Fixtures.as(Fixtures.regulator()).contentType("application/zip").body(packet)
                .when().post("/api/v1/audit-packets/verify")
                .then().statusCode(200)
                .body("intact", equalTo(true))
                .body("signatureValid", equalTo(true))
                .body("signerIsExpectedCertificate", equalTo(true))
                .body("changed", org.hamcrest.Matchers.empty());
    }

    @Test
    void aChangedFileIsNamedByTheEndpointAndCaughtBySha256sum() throws Exception {
        Path dir = Files.createTempDirectory("packet-test");
        byte[] tampered = rewrite(packet, Map.of("records/deliveries.csv",
                bytes -> new String(bytes, StandardCharsets.UTF_8).replace("PAPER", "EMAIL").getBytes(StandardCharsets.UTF_8)));

        Fixtures.as(Fixtures.compliance()).contentType("application/octet-stream").body(tampered)
                .when().post("/api/v1/audit-packets/verify")
                .then().statusCode(200)
                .body("intact", equalTo(false))
                .body("signatureValid", equalTo(true))
                .body("changed", equalTo(List.of("records/deliveries.csv")));
        extract(tampered, dir);
        Run sums = run(dir, "sha256sum", "-c", "SHA256SUMS");
        assertThat(sums.exit()).isNotZero();
        assertThat(sums.output()).contains("records/deliveries.csv: FAILED");
    }

    @Test
    void aChangedManifestBreaksTheSignatureForOpensslAndTheEndpoint() throws Exception {
        Path dir = Files.createTempDirectory("packet-test");
        byte[] tampered = rewrite(packet, Map.of("manifest.json",
                bytes -> new String(bytes, StandardCharsets.UTF_8).replace(facility.code(), "FORGED").getBytes(StandardCharsets.UTF_8)));

        Fixtures.asAdmin().contentType("application/zip").body(tampered)
                .when().post("/api/v1/audit-packets/verify")
                .then().statusCode(200).body("intact", equalTo(false)).body("signatureValid", equalTo(false));
        extract(tampered, dir);
        Run cms = run(dir, "openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", "manifest.json.p7s",
                "-content", "manifest.json", "-CAfile", "signing-certificate.pem", "-purpose", "any", "-out", "/dev/null");
        assertThat(cms.exit()).isNotZero();
        assertThat(cms.output()).containsIgnoringCase("verification failure");
    }

    @Test
    void anAddedOrRemovedFileIsNamed() {
        byte[] added = rewrite(packet, Map.of(), Map.of("notices/extra.pdf", "%PDF-1.7 forged".getBytes(StandardCharsets.US_ASCII)));
        Fixtures.asAdmin().contentType("application/zip").body(added).when().post("/api/v1/audit-packets/verify")
                .then().statusCode(200).body("intact", equalTo(false)).body("added", equalTo(List.of("notices/extra.pdf")));

        byte[] removed = rewrite(packet, Map.of("findings/findings-report.pdf", b -> null));
        Fixtures.asAdmin().contentType("application/zip").body(removed).when().post("/api/v1/audit-packets/verify")
                .then().statusCode(200).body("intact", equalTo(false)).body("missing", hasItem("findings/findings-report.pdf"));
    }

    @Test
    void theCommandLineVerifierNeedsNoDatabaseAndSetsTheExitCode() throws Exception {
        Path dir = Files.createTempDirectory("packet-test");
        Path good = Files.write(dir.resolve("good.zip"), packet);
        Path bad = Files.write(dir.resolve("bad.zip"), rewrite(packet, Map.of("README.txt", b -> "changed".getBytes())));
        String trusted = trustedCertificate(facility);
        Path ours = Files.writeString(dir.resolve("ours.pem"), trusted);
        String fingerprint = Fingerprint.of(Pem.readCertificate(trusted));
        Path other = Files.writeString(dir.resolve("other.pem"),
                Pem.certificate(SelfSignedIdentity.generate("Someone Else", "EC", null, java.time.Instant.now()).certificate()));

        assertThat(cli("verify-packet", good.toString(), "--certificate", ours.toString()).exit()).isZero();
        assertThat(cli("verify-packet", good.toString(), "--fingerprint", fingerprint).exit()).isZero();
        assertThat(cli("verify-packet", good.toString(), "--fingerprint", fingerprint.replace(":", "").toLowerCase()).exit()).isZero();
        Run foreign = cli("verify-packet", good.toString(), "--certificate", other.toString());
        assertThat(foreign.exit()).isEqualTo(VerifyPacketCommand.NOT_INTACT);
        assertThat(foreign.output()).startsWith("NOT INTACT").contains("Signer: NOT the expected one");
        Run changed = cli("verify-packet", bad.toString(), "--certificate", ours.toString());
        assertThat(changed.exit()).isEqualTo(VerifyPacketCommand.NOT_INTACT);
        assertThat(changed.output()).contains("NOT INTACT", "CHANGED: README.txt");
        assertThat(cli("verify-packet").exit()).isEqualTo(VerifyPacketCommand.NOT_VERIFIED);
        assertThat(cli("verify-packet", good.toString(), "--fingerprint", "not-a-fingerprint").exit())
                .isEqualTo(VerifyPacketCommand.NOT_VERIFIED);
    }

    /** Hole 2: the certificate inside a packet is the forger's, if a forger made it; without an anchor nothing is proven. */
    @Test
    void withoutATrustAnchorTheCommandLineSaysSignerNotVerifiedAndExitsNonZero() throws Exception {
        Path dir = Files.createTempDirectory("packet-test");
        Path good = Files.write(dir.resolve("good.zip"), packet);

        Run run = cli("verify-packet", good.toString());

        assertThat(run.exit()).isEqualTo(VerifyPacketCommand.NOT_VERIFIED);
        assertThat(run.output()).startsWith("SIGNATURE VALID, SIGNER NOT VERIFIED").contains("Signer: NOT verified")
                .doesNotContain("INTACT:");
    }

    /** Hole 2: a packet with an edited requests.csv, re-signed with a self-made key that it carries, is not intact. */
    @Test
    void aPacketResignedWithAForgersOwnKeyIsNotIntactForTheCommandLineTheApiAndOpenssl() throws Exception {
        byte[] forged = resignedByAForger(packet, "records/requests.csv",
                csv -> csv.replace("WORK_SPEED_DATA,ORAL", "WORK_SPEED_DATA,WRITTEN"));
        Path dir = Files.createTempDirectory("packet-forged");
        Path zip = Files.write(dir.resolve("forged.zip"), forged);
        Path trusted = Files.writeString(dir.resolve("trusted.pem"), trustedCertificate(facility));

        assertThat(cli("verify-packet", zip.toString()).exit()).isNotZero();
        Run anchored = cli("verify-packet", zip.toString(), "--certificate", trusted.toString());
        assertThat(anchored.exit()).isEqualTo(VerifyPacketCommand.NOT_INTACT);
        assertThat(anchored.output()).contains("other than the one you trust");
        Fixtures.as(Fixtures.compliance()).contentType("application/zip").body(forged)
                .when().post("/api/v1/audit-packets/verify")
                .then().statusCode(200)
                .body("intact", equalTo(false))
                .body("signatureValid", equalTo(true))
                .body("signerIsExpectedCertificate", equalTo(false))
                .body("verdict", equalTo("NOT_INTACT"));
        extract(forged, dir.resolve("x"));
        Run cms = run(dir.resolve("x"), "openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", "manifest.json.p7s",
                "-content", "manifest.json", "-CAfile", trusted.toString(), "-purpose", "any", "-out", "/dev/null");
        assertThat(cms.exit()).as(cms.output()).isNotZero();
    }

    @Test
    void theReadmeSendsTheReaderToTheRegistrysPageForTheCertificateNeverToThePacket() throws IOException {
        String readme = new String(unzip(packet).get("README.txt"), StandardCharsets.UTF_8);

        assertThat(readme).contains("http://localhost:8080/verify/employers/" + facility.employerId())
                .contains("-CAfile trusted.pem").contains("Get the certificate to trust from OUTSIDE this packet")
                .doesNotContain("also in manifest.json").doesNotContain("-CAfile signing-certificate.pem");
        assertThat(new String(unzip(packet).get("manifest.json"), StandardCharsets.UTF_8)).doesNotContain("also in");
    }

    private static Run cli(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int exit = VerifyPacketCommand.run(args, new java.io.PrintStream(out), new java.io.PrintStream(err));
        return new Run(exit, out + err.toString());
    }

    /** What a forger does: edits a file, recomputes its hashes, signs a new manifest with their own key and certificate. */
    static byte[] resignedByAForger(byte[] zip, String path, UnaryOperator<String> edit) throws Exception {
        SigningIdentity forger = SelfSignedIdentity.generate(
                JsonPath.from(new String(unzip(zip).get("manifest.json"), StandardCharsets.UTF_8)).getString("signer.subject")
                        .replaceAll(".*O=([^,]+).*", "$1"), "EC", null, java.time.Instant.now());
        Map<String, byte[]> files = new LinkedHashMap<>(unzip(zip));
        files.put(path, edit.apply(new String(files.get(path), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        files.put("signing-certificate.pem", Pem.certificate(forger.certificate()).getBytes(StandardCharsets.US_ASCII));
        var sums = new StringBuilder();
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var manifest = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(files.get("manifest.json"));
        for (var entry : manifest.withArray("files")) {
            var f = (com.fasterxml.jackson.databind.node.ObjectNode) entry;
            if (f.get("path").asText().equals("SHA256SUMS")) {
                continue;
            }
            byte[] content = files.get(f.get("path").asText());
            f.put("sha256", sha256(content)).put("size", content.length);
            sums.append(sha256(content)).append("  ").append(f.get("path").asText()).append('\n');
        }
        files.put("SHA256SUMS", sums.toString().getBytes(StandardCharsets.UTF_8));
        for (var entry : manifest.withArray("files")) {
            if (entry.get("path").asText().equals("SHA256SUMS")) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) entry).put("sha256", sha256(files.get("SHA256SUMS")))
                        .put("size", files.get("SHA256SUMS").length);
            }
        }
        byte[] manifestBytes = mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest);
        files.put("manifest.json", manifestBytes);
        files.put("manifest.json.p7s", new CmsSigner(forger).signDetached(manifestBytes));
        var out = new ByteArrayOutputStream();
        try (var z = new ZipOutputStream(out)) {
            for (var file : files.entrySet()) {
                z.putNextEntry(new ZipEntry(file.getKey()));
                z.write(file.getValue());
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static String sha256(byte[] bytes) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /**
     * Hole 1: the central directory points at a changed deliveries.csv while the local headers keep the original.
     * unzip shows the change; a verifier walking the local headers saw the original and said INTACT.
     */
    @Test
    void aPacketWhoseDirectoryPointsAtAChangedFileIsRefusedThoughUnzipShowsTheChange() throws Exception {
        String original = new String(unzip(packet).get("records/deliveries.csv"), StandardCharsets.UTF_8);
        byte[] forged = ZipSurgery.repointToChangedCopy(packet, "records/deliveries.csv",
                original.replace("PAPER", "EMAIL").getBytes(StandardCharsets.UTF_8));
        Path dir = Files.createTempDirectory("packet-forged");
        Path zip = Files.write(dir.resolve("forged.zip"), forged);
        Path trusted = Files.writeString(dir.resolve("trusted.pem"), trustedCertificate(facility));

        assertThat(run(dir, "unzip", "-p", "forged.zip", "records/deliveries.csv").output()).contains("EMAIL").doesNotContain("PAPER");
        assertThat(new String(unzip(forged).get("records/deliveries.csv"), StandardCharsets.UTF_8)).contains("PAPER");
        Fixtures.as(Fixtures.compliance()).contentType("application/zip").body(forged)
                .when().post("/api/v1/audit-packets/verify")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("cannot be read unambiguously"));
        Run cli = cli("verify-packet", zip.toString(), "--certificate", trusted.toString());
        assertThat(cli.exit()).isEqualTo(VerifyPacketCommand.NOT_INTACT);
        assertThat(cli.output()).startsWith("NOT INTACT");
    }

    /** Hole 5's zip bomb: refused from the directory's sizes, before inflating, with the limit named. */
    @Test
    void aZipBombIsRefusedBeforeItIsInflatedNamingTheLimit() throws IOException {
        var files = new LinkedHashMap<String, byte[]>(unzip(packet));
        files.put("records/deliveries.csv", new byte[256 * 1024 * 1024]);
        byte[] bomb = ZipSurgery.zip(files);
        assertThat(bomb.length).isLessThan(packet.length + 1024 * 1024);

        Fixtures.as(Fixtures.regulator()).contentType("application/zip").body(bomb)
                .when().post("/api/v1/audit-packets/verify")
                .then().statusCode(413).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("quotaledger.packets.max-compression-ratio"));
    }

    @Test
    void garbageIsABadRequest() {
        Fixtures.asAdmin().contentType("application/zip").body("this is not a zip".getBytes(StandardCharsets.US_ASCII))
                .when().post("/api/v1/audit-packets/verify")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aManagerCannotExportAPacketEvenOfTheirOwnFacility() {
        Fixtures.as(Fixtures.manager(facility)).when().get("/api/v1/facilities/" + facility.id() + "/audit-packet")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefused() {
        Fixtures.asAdmin().when().get("/api/v1/facilities/" + facility.id() + "/audit-packet?from=2026-03-01&to=2026-02-01")
                .then().statusCode(422).contentType("application/problem+json");
    }

    // ---- helpers -------------------------------------------------------------------------------------

    record Run(int exit, String output) {
    }

    static Run run(Path dir, String... command) throws Exception {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), out);
    }

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    static void extract(byte[] zip, Path dir) throws IOException {
        for (var file : unzip(zip).entrySet()) {
            Path target = dir.resolve(file.getKey()).normalize();
            assertThat(target.startsWith(dir)).isTrue();
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
    }

    static byte[] rewrite(byte[] zip, Map<String, UnaryOperator<byte[]>> changes) {
        return rewrite(zip, changes, Map.of());
    }

    /** The same ZIP with some entries' bytes changed (null drops the entry) and some entries added. */
    static byte[] rewrite(byte[] zip, Map<String, UnaryOperator<byte[]>> changes, Map<String, byte[]> additions) {
        try {
            var out = new ByteArrayOutputStream();
            try (var z = new ZipOutputStream(out)) {
                for (var file : unzip(zip).entrySet()) {
                    byte[] bytes = changes.getOrDefault(file.getKey(), UnaryOperator.identity()).apply(file.getValue());
                    if (bytes != null) {
                        z.putNextEntry(new ZipEntry(file.getKey()));
                        z.write(bytes);
                        z.closeEntry();
                    }
                }
                for (var file : additions.entrySet()) {
                    z.putNextEntry(new ZipEntry(file.getKey()));
                    z.write(file.getValue());
                    z.closeEntry();
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String blank(String s) {
        return s.isEmpty() ? null : s;
    }

    /** A cell's value as recorded: the README's rule, one leading apostrophe dropped (see web.CsvWriter). */
    private static String recorded(String cell) {
        return cell.startsWith("'") ? cell.substring(1) : cell;
    }
}
