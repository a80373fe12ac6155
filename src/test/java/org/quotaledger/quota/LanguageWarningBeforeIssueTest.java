package org.quotaledger.quota;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.quotaledger.testing.Fixtures;
import org.quotaledger.testing.Fixtures.Facility;
import org.quotaledger.testing.Fixtures.JobRole;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quotaledger.testing.Fixtures.asAdmin;

/**
 * Issue 14, before harm: the filing page of a version and the notices page (where the bulk notice job starts) say how
 * many employees would receive a notice not in their language, and who, before anything is issued; the facility check
 * fails NY-781-LANGUAGE for the version in force that lacks a roster language.
 */
@QuarkusTest
class LanguageWarningBeforeIssueTest {

    private static final String WARNING = "id=\"language-gaps\"";

    /** A NY facility's document with the English and Spanish text of {@link Fixtures#document} and, if asked, Russian. */
    private static ObjectNode document(Facility facility, JobRole role, boolean russian) {
        ObjectNode document = Fixtures.document(facility, role.code());
        if (russian) {
            document.putArray("languages").add("en").add("es").add("ru");
            document.withObject("/translations").set("ru", Fixtures.tree("""
                    { "roleTitle": "Сборщик заказов",
                      "quotas": [ { "name": "Норма отбора", "task": "отобранные единицы", "unit": "единиц",
                                    "howMeasured": "Сканирования за продуктивный час, в среднем за смену",
                                    "adverseActions": ["Беседа с наставником после двух смен ниже нормы"] } ],
                      "adverseActions": ["Письменное предупреждение после пяти смен ниже нормы за 30 дней"] }"""));
        }
        return document;
    }

    private static String employee(Facility facility, JobRole role, String language) {
        String number = "E" + Fixtures.unique();
        var body = Fixtures.employeeInput(number, "Worker " + number, role);
        body.put("primaryLanguage", language);
        asAdmin().contentType(ContentType.JSON).body(body).when()
                .post("/api/v1/facilities/" + facility.id() + "/employees").then().statusCode(201);
        return number;
    }

    private static String page(CookieFilter browser, String path) {
        return given().filter(browser).when().get(path).then().statusCode(200).extract().asString();
    }

    @Test
    void theFilingPageAndTheNoticesPageCountTheRussianSpeakersUntilTheRussianTextIsAdded() {
        Facility facility = Fixtures.facility("NY");
        JobRole role = Fixtures.role(facility);
        String olga = employee(facility, role, "ru");
        String ivan = employee(facility, role, "ru");
        String ana = employee(facility, role, "es");
        String ben = employee(facility, role, "en");
        CookieFilter browser = Fixtures.signIn(Fixtures.manager(facility));

        // A draft without Russian text: the filing page says it before it can be activated.
        long v1 = Fixtures.file(facility, document(facility, role, false));
        assertThat(page(browser, "/descriptions/" + v1)).contains(WARNING)
                .contains("2 employees would receive a notice of v1 not in their language")
                .contains("2 Russian (ru) speakers", "notice in English")
                .contains("/facilities/" + facility.id() + "/employees/" + olga + "\">" + olga + "</a>")
                .contains("/facilities/" + facility.id() + "/employees/" + ivan + "\">" + ivan + "</a>")
                .doesNotContain(ana).doesNotContain(ben);

        // Put in force as it is: the notices page, where the bulk notice job starts, states the same count.
        Fixtures.submit(v1);
        Fixtures.activate(v1);
        String notices = page(browser, "/facilities/" + facility.id() + "/notices");
        assertThat(notices).contains("2 employees would receive a notice not in their language")
                .contains("Russian (ru) speakers", olga, ivan);
        assertThat(notices.indexOf("2 employees would receive")).as("stated with the form that starts the job")
                .isGreaterThan(notices.indexOf("/notices/jobs\"")).isLessThan(notices.indexOf("id=\"bulk-jobs\""));

        // The facility check names them under N.Y. Lab. Law §781 before any of them has received anything.
        asAdmin().when().post("/api/v1/facilities/" + facility.id() + "/evaluations").then().statusCode(200);
        List<Map<String, Object>> findings = asAdmin().when().get("/api/v1/facilities/" + facility.id() + "/compliance")
                .then().statusCode(200).extract().jsonPath().getList("findings");
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.get("ruleId")).isEqualTo("NY-781-LANGUAGE");
            assertThat(f.get("subject")).isEqualTo("description " + role.code() + " v1");
            assertThat(f.get("outcome")).isEqualTo("FAIL");
            assertThat(String.valueOf(f.get("message"))).contains("ru (employees", olga, ivan).doesNotContain(ana);
        });

        // The next version's draft lacks Russian too, until the translation is added to it.
        long v2 = Fixtures.file(facility, document(facility, role, false));
        assertThat(page(browser, "/descriptions/" + v2)).contains("2 employees would receive a notice of v2 not in their language");
        asAdmin().contentType(ContentType.JSON).body(document(facility, role, true).toString())
                .when().put("/api/v1/quota-descriptions/" + v2 + "/document").then().statusCode(200);
        assertThat(page(browser, "/descriptions/" + v2)).doesNotContain(WARNING).doesNotContain("not in their language");

        // In force with the Russian text: the rule passes and the notices page has nobody to warn about.
        Fixtures.submit(v2);
        Fixtures.activate(v2);
        asAdmin().when().post("/api/v1/facilities/" + facility.id() + "/evaluations").then().statusCode(200);
        List<Map<String, Object>> passed = asAdmin().when().get("/api/v1/facilities/" + facility.id() + "/compliance")
                .then().statusCode(200).extract().jsonPath().getList("passed");
        assertThat(passed).anySatisfy(f -> {
            assertThat(f.get("ruleId")).isEqualTo("NY-781-LANGUAGE");
            assertThat(f.get("subject")).isEqualTo("description " + role.code() + " v2");
        });
        assertThat(page(browser, "/facilities/" + facility.id() + "/notices")).doesNotContain(WARNING);
    }
}
