package org.quotaledger.audit.packet;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.quotaledger.signing.ExternalTools;
import org.quotaledger.testing.Fixtures;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The filing summary prints the same delivery figures whichever path issued it: the API's or an audit packet's. */
@QuarkusTest
class FilingSummaryFiguresTest {

    @Test
    void theApisSummaryAndThePacketsSummaryCountTheSameDeliveries() throws Exception {
        var facility = Fixtures.facility("NY");
        var role = Fixtures.role(facility);
        var onPaper = Fixtures.employee(facility, role);
        var briefedOnly = Fixtures.employee(facility, role);
        Fixtures.employee(facility, role);
        long v1 = Fixtures.activeDescription(facility, role);
        Fixtures.asAdmin().contentType(ContentType.JSON).body(Map.of("descriptionId", v1, "channel", "PAPER"))
                .when().post("/api/v1/employees/" + onPaper.id() + "/deliveries").then().statusCode(201);
        Fixtures.asAdmin().contentType(ContentType.JSON).body(Map.of("descriptionId", v1, "channel", "VERBAL"))
                .when().post("/api/v1/employees/" + briefedOnly.id() + "/deliveries").then().statusCode(201);
        var compliance = Fixtures.compliance();

        long notice = Fixtures.as(compliance).when().post("/api/v1/facilities/" + facility.id() + "/regulator-notices")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        String api = text(Fixtures.as(compliance).when().get("/api/v1/notices/" + notice + "/pdf").then().statusCode(200)
                .extract().asByteArray());
        String packet = text(AuditPacketTest.unzip(AuditPacketTest.export(compliance, facility))
                .get("descriptions/filing-summary.pdf"));

        assertThat(api).contains("Employees in roles with a quota (described or not) 3", "Not yet received 2", "33% delivered");
        assertThat(figures(packet)).isEqualTo(figures(api));
    }

    /** The deliveries box of the summary: from its first figure to the rate. */
    private static String figures(String text) {
        int start = text.indexOf("Employees in roles with a quota");
        int end = text.indexOf("% delivered", start);
        assertThat(start).isNotNegative();
        assertThat(end).isGreaterThan(start);
        return text.substring(start, end);
    }

    private static String text(byte[] pdf) throws Exception {
        Path file = Files.write(Files.createTempFile("summary", ".pdf"), pdf);
        try {
            return ExternalTools.pdftotext(file).replaceAll("\\s+", " ");
        } finally {
            Files.delete(file);
        }
    }
}
