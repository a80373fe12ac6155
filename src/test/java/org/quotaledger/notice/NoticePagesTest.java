package org.quotaledger.notice;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;
import org.junit.jupiter.api.Test;
import org.quotaledger.testing.Fixtures;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/** Notice downloads as a signed-in browser makes them: the pages use the login cookie, never the API's Basic auth. */
@QuarkusTest
class NoticePagesTest {

    @jakarta.inject.Inject
    PublicAddress publicAddress;

    @Test
    void anEmployeeDownloadsTheirOwnNoticeFromThePortalButNotAColleagues() {
        var facility = Fixtures.facility();
        var role = Fixtures.role(facility);
        long description = Fixtures.activeDescription(facility, role);
        var self = Fixtures.employee(facility, role);
        var colleague = Fixtures.employee(facility, role);
        long own = Fixtures.asAdmin().when().post("/api/v1/employees/" + self.id() + "/notices")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long theirs = Fixtures.asAdmin().when().post("/api/v1/employees/" + colleague.id() + "/notices")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        CookieFilter browser = Fixtures.signIn(Fixtures.employeeUser(self));

        given().filter(browser).when().get("/me").then().statusCode(200)
                .body(containsString("href=\"/notices/" + own + ".pdf\""));
        given().filter(browser).when().get("/notices/" + own + ".pdf").then().statusCode(200).contentType("application/pdf");
        given().filter(browser).when().get("/notices/" + theirs + ".pdf").then().statusCode(404);
    }

    /** The agency files the summary by facility and day; a notice code in the name tells its clerk nothing. */
    @Test
    void theFilingSummaryDownloadsByFacilityAndDayAndEmployeeNoticesKeepTheirCode() {
        var facility = Fixtures.facility();
        var role = Fixtures.role(facility);
        long description = Fixtures.activeDescription(facility, role);
        var employee = Fixtures.employee(facility, role);
        var compliance = Fixtures.compliance();
        long summary = Fixtures.as(compliance).when().post("/api/v1/facilities/" + facility.id() + "/regulator-notices")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        var notice = Fixtures.asAdmin().when().post("/api/v1/employees/" + employee.id() + "/notices")
                .then().statusCode(201).extract().jsonPath();
        String day = java.time.LocalDate.now(org.quotaledger.law.StateLaws.zone(facility.state())).toString();

        Fixtures.as(compliance).when().get("/api/v1/notices/" + summary + "/pdf").then().statusCode(200)
                .header("Content-Disposition", equalTo("attachment; filename=\"filing-summary-" + facility.code() + "-" + day + ".pdf\""));
        given().filter(Fixtures.signIn(compliance)).when().get("/notices/" + summary + ".pdf").then().statusCode(200)
                .header("Content-Disposition", containsString("filing-summary-" + facility.code() + "-"));
        Fixtures.asAdmin().when().get("/api/v1/notices/" + notice.getLong("id") + "/pdf").then().statusCode(200)
                .header("Content-Disposition", containsString("filename=\"notice-" + notice.getString("verificationCode") + ".pdf\""));
    }

    @Test
    void aManagerOpensTheDocumentJsonFromTheDescriptionPage() {
        var facility = Fixtures.facility();
        var role = Fixtures.role(facility);
        long description = Fixtures.file(facility, Fixtures.document(facility, role.code()));
        CookieFilter browser = Fixtures.signIn(Fixtures.manager(facility));

        given().filter(browser).when().get("/descriptions/" + description).then().statusCode(200)
                .body(containsString("/descriptions/" + description + "/document.json"));
        given().filter(browser).when().get("/descriptions/" + description + "/document.json").then().statusCode(200)
                .contentType("application/json").body("schema", org.hamcrest.Matchers.equalTo("quota-description/v1"));
        given().filter(Fixtures.signIn(Fixtures.manager(Fixtures.facility()))).when()
                .get("/descriptions/" + description + "/document.json").then().statusCode(404);
    }

    /**
     * Hole 8: the QR code's page cannot see the paper. It shows what the notice must say, for the holder to compare,
     * and says that only the file proves a copy unchanged; it never calls anything valid or unchanged from a code.
     */
    @Test
    void theQrPageShowsWhatTheNoticeMustSayAndThatOnlyTheFileProvesACopyUnchanged() {
        var facility = Fixtures.facility();
        var role = Fixtures.role(facility);
        long description = Fixtures.activeDescription(facility, role);
        var employee = Fixtures.employee(facility, role);
        String code = Fixtures.asAdmin().when().post("/api/v1/employees/" + employee.id() + "/notices")
                .then().statusCode(201).extract().jsonPath().getString("verificationCode");
        String initials = NoticeService.initials(employee.name());
        String today = java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
                .withLocale(java.util.Locale.ENGLISH).format(java.time.LocalDate.now(org.quotaledger.law.StateLaws.zone(facility.state())));

        given().when().get("/verify/" + code).then().statusCode(200)
                .body(containsString("What notice " + code + " says"))
                .body(containsString(initials)).body(containsString("Picker"))
                .body(containsString("Pick rate")).body(containsString("120 units per hour"))
                .body(containsString("<dt>Description version</dt><dd>1"))
                .body(containsString(today))
                .body(containsString("Only the PDF file can be checked"))
                .body(not(containsString("Unchanged since signing"))).body(not(containsString("<dt>Signature</dt>")))
                .body(not(containsString(employee.name())));
        given().when().get("/api/v1/notices/verify/" + code).then().statusCode(200)
                .body("employeeInitials", equalTo(initials)).body("role", equalTo("Picker")).body("version", equalTo(1))
                .body("quotas[0].target", equalTo("120 units per hour")).body("issuedOn", equalTo(today))
                .body("howToCompare", containsString("Only the PDF file"))
                .body("$", not(org.hamcrest.Matchers.hasKey("genuine")));
    }

    @Test
    void anUnknownCodeIsNoSuchNoticeNotAnInvalidSignature() {
        given().when().get("/verify/QL-0000-0000").then().statusCode(404)
                .body(containsString("No notice with the code QL-0000-0000")).body(not(containsString("not valid")));
        given().when().get("/api/v1/notices/verify/QL-0000-0000").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("No notice with the code"));
        given().when().get("/api/v1/notices/verify/abc").then().statusCode(422).contentType("application/problem+json");
    }

    /** "Who signs": the QR codes and revocation-list addresses are written for good, so an unset public URL is announced. */
    @Test
    void anAdministratorIsWarnedOnEveryPageWhileThePublicUrlIsUnsetAndOthersAreNot() {
        assertThat(publicAddress.provisional()).isTrue();
        given().filter(Fixtures.signIn(Fixtures.admin())).when().get("/users").then().statusCode(200)
                .body(containsString("QUOTALEDGER_NOTICES_PUBLIC_URL is not set"));
        given().filter(Fixtures.signIn(Fixtures.admin())).when().get("/facilities").then().statusCode(200)
                .body(containsString("QUOTALEDGER_NOTICES_PUBLIC_URL is not set"));
        given().filter(Fixtures.signIn(Fixtures.manager(Fixtures.facility()))).when().get("/facilities").then().statusCode(200)
                .body(not(containsString("QUOTALEDGER_NOTICES_PUBLIC_URL")));
    }

    @Test
    void thePublicVerificationPageSaysTheKeyIsSelfSignedAndOffersItsCertificateAndRevocationList() {
        given().when().get("/verify").then().statusCode(200)
                .body(containsString("self-signed certificate generated by this installation"))
                .body(containsString("href=\"/verify/certificate.pem\""))
                .body(containsString("href=\"/verify/signing.crl\""))
                .body(containsString("pdfsig -no-ocsp -nssdir sql:nss notice.pdf"));
        given().when().get("/verify/signing.crl").then().statusCode(200).contentType("application/pkix-crl");
    }
}
