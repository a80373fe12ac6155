package org.quotaledger.audit.packet;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.quotaledger.testing.Fixtures;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packet's layout, pinned: which files, in which order, and which of them the manifest lists as sections. The
 * files come from the features' sections and parts; this is what an inspector's scripts rely on, whoever writes them.
 */
@QuarkusTest
class PacketLayoutTest {

    @Test
    void aPacketHoldsTheFeaturesFilesInAFixedOrderAndListsOnlyTheRecordSectionsAsSections() throws IOException {
        var facility = Fixtures.facility("NY");
        var role = Fixtures.role(facility);
        var employee = Fixtures.employee(facility, role);
        long v1 = Fixtures.activeDescription(facility, role);
        Fixtures.asAdmin().when().post("/api/v1/employees/" + employee.id() + "/notices").then().statusCode(201);
        Fixtures.asAdmin().contentType(ContentType.JSON).body(Map.of("descriptionId", v1, "channel", "PAPER"))
                .when().post("/api/v1/employees/" + employee.id() + "/deliveries").then().statusCode(201);

        Map<String, byte[]> files = AuditPacketTest.unzip(AuditPacketTest.export(Fixtures.compliance(), facility));

        List<String> paths = new ArrayList<>(files.keySet());
        List<String> notices = paths.stream().filter(p -> p.startsWith("notices/") && !p.equals("notices/index.csv")).toList();
        assertThat(notices).hasSize(1);
        List<String> expected = new ArrayList<>(List.of("README.txt", "signing-certificate.pem", "signing-certificate.crl",
                "descriptions/" + role.code() + "-v1.json", "descriptions/index.csv", "descriptions/filing-summary.pdf",
                "notices/index.csv", notices.getFirst(),
                "descriptions/timeline.csv", "records/adverse-actions.csv", "records/deliveries.csv", "records/requests.csv",
                "records/roster.csv", "records/work-speed-summary.csv",
                "findings/findings-report.pdf", "audit/audit-trail.csv", "audit/chain-anchor.json"));
        // The chain's signed head travels when the registry has signed one by now; the test does not control when.
        if (paths.contains("audit/audit-head.txt")) {
            expected.addAll(List.of("audit/audit-head.txt", "audit/audit-head.p7s"));
        }
        expected.addAll(List.of("SHA256SUMS", "manifest.json", "manifest.json.p7s"));
        assertThat(paths).containsExactlyElementsOf(expected);

        JsonPath manifest = JsonPath.from(new String(files.get("manifest.json"), StandardCharsets.UTF_8));
        assertThat(manifest.getMap("")).containsOnlyKeys("format", "facility", "period", "generatedAt", "generatedBy",
                "signer", "auditTrail", "sections", "files");
        assertThat(manifest.getList("sections", String.class)).containsExactly("descriptions/timeline.csv",
                "records/adverse-actions.csv", "records/deliveries.csv", "records/requests.csv", "records/roster.csv",
                "records/work-speed-summary.csv");
        assertThat(manifest.getMap("auditTrail")).containsOnlyKeys("chainHeadSeq", "chainHeadHash", "firstSeq", "lastSeq",
                "events");
        assertThat(manifest.getLong("auditTrail.events")).isPositive();
        assertThat(manifest.getList("files.path", String.class))
                .containsExactlyElementsOf(expected.subList(0, expected.size() - 2));
        String manifestText = new String(files.get("manifest.json"), StandardCharsets.UTF_8);
        assertThat(manifestText.indexOf("\"format\"")).isLessThan(manifestText.indexOf("\"auditTrail\""));
        assertThat(manifestText.indexOf("\"auditTrail\"")).isLessThan(manifestText.indexOf("\"sections\""));
    }
}
