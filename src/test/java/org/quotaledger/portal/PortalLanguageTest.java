package org.quotaledger.portal;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.quotaledger.notice.NoticeText;
import org.quotaledger.testing.Fixtures;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The portal speaks the employee's chosen language (issue #14): its own words, the page frame and the error pages,
 * with {@code <html lang>} following; staff pages stay English whatever the browser asks for.
 */
@QuarkusTest
class PortalLanguageTest {

    @Test
    void anEmployeeWhoChoseSpanishReadsTheirPortalInSpanish() {
        CookieFilter portal = employeeWhoChose("es");

        String page = given().filter(portal).when().get("/me?done=language").then().statusCode(200).extract().asString();

        assertThat(page).contains("<html lang=\"es\" dir=\"ltr\">", "Mis cuotas y solicitudes", "Cerrar sesión",
                "Pedir mis descripciones de cuotas", "Las cuotas que debe cumplir", "Su idioma quedó guardado",
                "Ir al contenido", "Guardar mi idioma", "según Cal. Lab. Code §§2100–2112",
                // The rights, as the Spanish notice words them for California.
                "Puede pedirlo por escrito o de palabra (§2104).", "Su empleador debe responder lo antes posible");
        assertThat(page).doesNotContain("Request my quota descriptions", "Sign out", "Skip to content", "Your language is saved");
        // The Spanish file is unreviewed: the page says so, in English, as the notice and the report do.
        assertThat(page).contains("<p lang=\"en\" dir=\"ltr\">" + NoticeText.UNREVIEWED_NOTE + "</p>");
        // The body is translated, so it is not marked English.
        assertThat(page).contains("<main id=\"main\" tabindex=\"-1\">");
        // The list of document languages opens on the one they chose, and on no other.
        assertThat(page).contains("<option value=\"es\" lang=\"es\" selected>");
        assertThat(page.split(" selected>", -1)).hasSize(2);
    }

    @Test
    void anEmployeeWhoChoseRussianReadsTheirPortalInRussian() {
        CookieFilter portal = employeeWhoChose("ru");

        String page = given().filter(portal).when().get("/me").then().statusCode(200).extract().asString();

        assertThat(page).contains("<html lang=\"ru\" dir=\"ltr\">", "Мои нормы и запросы", "Выйти",
                "Запросить описания моих норм", "Язык ваших документов",
                "Вы можете обратиться с запросом письменно или устно (§2104).");
        assertThat(page).doesNotContain("Request my quota descriptions", "Sign out", "You may ask in writing");
        assertThat(page).contains("<option value=\"ru\" lang=\"ru\" selected>").doesNotContain("lang=\"es\" selected");
    }

    @Test
    void anEmployeeWhoChoseTraditionalChineseReadsTheScriptTheyChose() {
        CookieFilter portal = employeeWhoChose("zh-Hant");

        String page = given().filter(portal).when().get("/me").then().statusCode(200).extract().asString();

        assertThat(page).contains("<html lang=\"zh-Hant\" dir=\"ltr\">", "申請我的定額說明", "登出");
    }

    @Test
    void anEnglishEmployeeReadsEnglishWithNoTranslationNote() {
        var facility = Fixtures.facility("CA");
        var employee = Fixtures.employee(facility, Fixtures.role(facility));
        CookieFilter portal = Fixtures.signIn(Fixtures.employeeUser(employee));

        String page = given().filter(portal).header("Accept-Language", "es").when().get("/me").then().statusCode(200)
                .extract().asString();

        assertThat(page).contains("<html lang=\"en\" dir=\"ltr\">", "My quotas and requests", "Sign out",
                "Request my quota descriptions", "The quotas you are held to", "<main id=\"main\" tabindex=\"-1\">",
                "You may ask in writing or out loud (§2104).");
        assertThat(page).doesNotContain(NoticeText.UNREVIEWED_NOTE, "Cerrar sesión");
    }

    @Test
    void aPageWhoseBodyIsNotTranslatedKeepsTheEmployeesMenuAndSaysItsBodyIsEnglish() {
        CookieFilter portal = employeeWhoChose("es");

        String page = given().filter(portal).when().get("/jurisdictions").then().statusCode(200).extract().asString();

        assertThat(page).contains("<html lang=\"es\" dir=\"ltr\">", "Mis cuotas y solicitudes",
                "<main id=\"main\" tabindex=\"-1\" lang=\"en\" dir=\"ltr\">");
    }

    @Test
    void anEmployeesErrorPageIsInTheirLanguageAndMarksTheEnglishProblem() {
        CookieFilter portal = employeeWhoChose("es");

        var answer = given().filter(portal).header("Accept", "text/html").header("Referer", "http://localhost:8081/me")
                .formParam(Fixtures.CSRF_FIELD, Fixtures.csrfToken(portal)).formParam("kind", "SOMETHING_ELSE")
                .when().post("/me/requests").then().extract();

        assertThat(answer.statusCode()).isBetween(400, 499);
        assertThat(answer.asString()).contains("<html lang=\"es\" dir=\"ltr\">", "Volver a la página de inicio",
                "<div lang=\"en\" dir=\"ltr\">", "Choose what you are asking for");
        assertThat(answer.asString()).doesNotContain("Back to the start page", "Sign out");
    }

    @Test
    void staffPagesStayEnglishWhateverTheBrowserAsks() {
        var facility = Fixtures.facility("CA");
        CookieFilter staff = Fixtures.signIn(Fixtures.manager(facility));

        String page = given().filter(staff).header("Accept-Language", "es-MX,es;q=0.9").when().get("/facilities")
                .then().statusCode(200).extract().asString();

        assertThat(page).contains("<html lang=\"en\" dir=\"ltr\">", "Sign out", "The law", "Skip to content",
                "<main id=\"main\" tabindex=\"-1\">");
        assertThat(page).doesNotContain("Cerrar sesión", NoticeText.UNREVIEWED_NOTE);
    }

    @Test
    void anEmployeeChoosesOnlyALanguageTheListOffersOrTheOneOnTheirRecord() {
        var facility = Fixtures.facility("CA");
        var role = Fixtures.role(facility);
        var employee = Fixtures.employee(facility, role);
        // The roster says Amharic, which no document list offers: the page offers it as the one on record.
        var roster = Fixtures.employeeInput(employee.employeeNumber(), employee.name(), role);
        roster.put("primaryLanguage", "am");
        Fixtures.asAdmin().contentType(ContentType.JSON).body(roster).when().put("/api/v1/employees/" + employee.id())
                .then().statusCode(200);
        CookieFilter portal = Fixtures.signIn(Fixtures.employeeUser(employee));
        assertThat(given().filter(portal).when().get("/me").then().statusCode(200).extract().asString())
                .contains("<option value=\"am\" selected>");

        // A well-formed tag the page never offered is refused and changes nothing.
        given().filter(portal).redirects().follow(false).formParam(Fixtures.CSRF_FIELD, Fixtures.csrfToken(portal))
                .formParam("language", "xx").when().post("/me/language")
                .then().statusCode(422).contentType("application/problem+json").body("detail", equalTo("Choose a language from the list."));
        Fixtures.asAdmin().when().get("/api/v1/employees/" + employee.id()).then().body("primaryLanguage", equalTo("am"));

        // Keeping the language on record is allowed, and an offered one is stored as the list spells it.
        given().filter(portal).redirects().follow(false).formParam(Fixtures.CSRF_FIELD, Fixtures.csrfToken(portal))
                .formParam("language", "am").when().post("/me/language").then().statusCode(303);
        given().filter(portal).redirects().follow(false).formParam(Fixtures.CSRF_FIELD, Fixtures.csrfToken(portal))
                .formParam("language", "ZH-HANT").when().post("/me/language").then().statusCode(303);
        Fixtures.asAdmin().when().get("/api/v1/employees/" + employee.id()).then().body("primaryLanguage", equalTo("zh-Hant"));
    }

    /** A new employee at a California site, signed in, who chose {@code tag} on their page. */
    private static CookieFilter employeeWhoChose(String tag) {
        var facility = Fixtures.facility("CA");
        var employee = Fixtures.employee(facility, Fixtures.role(facility));
        CookieFilter portal = Fixtures.signIn(Fixtures.employeeUser(employee));
        given().filter(portal).redirects().follow(false).formParam(Fixtures.CSRF_FIELD, Fixtures.csrfToken(portal))
                .formParam("language", tag).when().post("/me/language").then().statusCode(303);
        return portal;
    }
}
