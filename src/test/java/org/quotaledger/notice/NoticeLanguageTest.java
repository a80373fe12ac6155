package org.quotaledger.notice;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotaledger.signing.ExternalTools;
import org.quotaledger.testing.Fixtures;
import org.quotaledger.testing.Fixtures.Credentials;
import org.quotaledger.testing.Fixtures.Employee;
import org.quotaledger.testing.Fixtures.Facility;
import org.quotaledger.testing.Fixtures.JobRole;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.node.ObjectNode;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.quotaledger.testing.Fixtures.asAdmin;

/** Notices in the employee's language, end to end through the registry: filed translations, issued, recorded. */
@QuarkusTest
class NoticeLanguageTest {

    /** N.Y. Lab. Law §781: the description in English and in the employee's primary language, here in one signed PDF. */
    @Test
    void aNewYorkEmployeeWhoReadsRussianGetsOneSignedPdfWithTheEnglishAndTheRussianAsFiled(@TempDir Path dir) throws Exception {
        Facility facility = Fixtures.facility("NY");
        JobRole role = Fixtures.role(facility);
        ObjectNode document = Fixtures.document(facility, role.code());
        document.putArray("languages").add("en").add("ru");
        document.putArray("employeeLanguages").add("en").add("ru");
        document.withObject("/translations").set("ru", Fixtures.tree("""
                { "roleTitle": "Сборщик заказов",
                  "quotas": [ { "name": "Норма отбора", "task": "отобранные единицы", "unit": "единиц",
                                "howMeasured": "Сканирования за продуктивный час, в среднем за смену",
                                "adverseActions": ["Беседа с наставником после двух смен ниже нормы"] } ],
                  "adverseActions": ["Письменное предупреждение после пяти смен ниже нормы за 30 дней"] }"""));
        long description = Fixtures.file(facility, document);
        Fixtures.submit(description);
        Fixtures.activate(description);
        Employee olga = employee(facility, role, "ru");
        Credentials manager = Fixtures.manager(facility);

        long notice = Fixtures.as(manager).when().post("/api/v1/employees/" + olga.id() + "/notices")
                .then().statusCode(201).body("language", equalTo("ru")).extract().jsonPath().getLong("id");
        byte[] pdf = Fixtures.as(manager).when().get("/api/v1/notices/" + notice + "/pdf").then().statusCode(200)
                .extract().asByteArray();

        Path file = Files.write(dir.resolve("notice.pdf"), pdf);
        String text = ExternalTools.pdftotext(file).replaceAll("\\s+", " ");
        assertThat(text).contains("Pick rate", "Scanner events per productive hour", "Written warning after five shifts")
                .contains("Норма отбора", "Сканирования за продуктивный час", "Письменное предупреждение после пяти смен");
        assertThat(text.indexOf("Pick rate")).as("English first").isLessThan(text.indexOf("Норма отбора"));
        String employerPage = "/verify/employers/" + facility.employerId();
        String certificate = given().when().get(employerPage + "/certificate.pem").then().statusCode(200).extract().asString();
        byte[] crl = given().when().get(employerPage + "/signing.crl").then().statusCode(200).extract().asByteArray();
        assertThat(ExternalTools.pdfsig(ExternalTools.nssDatabaseTrusting(dir, certificate, crl), file))
                .contains("Signature is Valid.", "Total document signed");
        asAdmin().when().get("/api/v1/employees/" + olga.id() + "/deliveries").then().statusCode(200)
                .body("[0].language", equalTo("ru"));
    }

    @Test
    void theNoticesPageSaysBeforeIssuingWhoWouldGetANoticeNotInTheirLanguage() {
        Facility facility = Fixtures.facility("CA");
        JobRole role = Fixtures.role(facility);
        long description = Fixtures.file(facility, Fixtures.document(facility, role.code())); // English and Spanish text
        Fixtures.submit(description);
        Fixtures.activate(description);
        employee(facility, role, "es");
        Employee vietnamese = employee(facility, role, "vi");
        Employee korean = employee(facility, role, "ko");
        var browser = Fixtures.signIn(Fixtures.manager(facility));

        String page = given().filter(browser).when().get("/facilities/" + facility.id() + "/notices")
                .then().statusCode(200).extract().asString();

        assertThat(page).contains("2 employees would receive a notice not in their language")
                .contains("Vietnamese (vi) speaker", vietnamese.employeeNumber())
                .contains("Korean (ko) speaker", korean.employeeNumber())
                .doesNotContain("Spanish (es) speaker");
    }

    /** The employee's own choice is kept on their record, used for their next notice, and outlives a roster upload. */
    @Test
    void anEmployeeChoosesTheirLanguageInThePortalAndTheirNextNoticeIsWrittenInIt() {
        Facility facility = Fixtures.facility("CA");
        JobRole role = Fixtures.role(facility);
        long description = Fixtures.activeDescription(facility, role);
        Employee ana = employee(facility, role, "en");
        var portal = Fixtures.signIn(Fixtures.employeeUser(ana));
        String page = given().filter(portal).when().get("/me").then().statusCode(200).extract().asString();
        assertThat(page).contains("Language of your documents", "Español");

        given().filter(portal).redirects().follow(false).formParam("csrf-token", Fixtures.csrfToken(portal))
                .formParam("language", "es").when().post("/me/language").then().statusCode(303);
        given().filter(portal).redirects().follow(false).formParam("csrf-token", Fixtures.csrfToken(portal))
                .formParam("language", "<script>").when().post("/me/language").then().statusCode(422);

        // The roster still says English: the employee's own choice stands.
        var roster = Fixtures.employeeInput(ana.employeeNumber(), ana.name(), role);
        asAdmin().contentType(ContentType.JSON).body(roster).when().put("/api/v1/employees/" + ana.id())
                .then().statusCode(200).body("primaryLanguage", equalTo("es"));
        Fixtures.as(Fixtures.manager(facility)).when().post("/api/v1/employees/" + ana.id() + "/notices")
                .then().statusCode(201).body("language", equalTo("es"));
        asAdmin().when().get("/api/v1/audit/events?facilityId=" + facility.id() + "&action=employee.language.chosen")
                .then().statusCode(200).body("events[0].entityId", equalTo(String.valueOf(ana.id())));
    }

    private static Employee employee(Facility facility, JobRole role, String language) {
        String number = "E" + Fixtures.unique();
        var body = Fixtures.employeeInput(number, "Worker " + number, role);
        body.put("primaryLanguage", language);
        long id = asAdmin().contentType(ContentType.JSON).body(body).when()
                .post("/api/v1/facilities/" + facility.id() + "/employees").then().statusCode(201).extract().jsonPath().getLong("id");
        return new Employee(id, facility.id(), number, "Worker " + number);
    }

}
