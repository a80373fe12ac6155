package org.quotaledger.audit;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;
import org.junit.jupiter.api.Test;
import org.quotaledger.testing.Fixtures;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

/** The trail page and the packet download behind the login form, as a browser uses them. */
@QuarkusTest
class AuditPagesTest {

    @Test
    void aComplianceOfficerSeesTheChainStatusAndTheFacilitysEvents() {
        Fixtures.Facility facility = Fixtures.facility();
        Fixtures.role(facility);

        given().filter(Fixtures.signIn(Fixtures.compliance())).when().get("/audit?facilityId=" + facility.id())
                .then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("Chain intact"))
                .body(containsString("role.created"))
                .body(containsString(facility.code()));
    }

    @Test
    void aManagerIsRefusedTheTrailPage() {
        given().filter(Fixtures.signIn(Fixtures.manager(Fixtures.facility()))).when().get("/audit").then().statusCode(403);
    }

    @Test
    void theCompliancePageOffersThePacketAndItDownloads() {
        Fixtures.Facility facility = Fixtures.facility();
        CookieFilter session = Fixtures.signIn(Fixtures.compliance());

        given().filter(session).when().get("/facilities/" + facility.id() + "/compliance")
                .then().statusCode(200).body(containsString("Download audit packet"));
        given().filter(session).when().get("/facilities/" + facility.id() + "/audit-packet?from=&to=")
                .then().statusCode(200).contentType("application/zip")
                .header("Content-Disposition", containsString(facility.code()));
    }
}
