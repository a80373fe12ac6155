package org.quotaledger.browser;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.quotaledger.testing.Fixtures;
import org.quotaledger.testing.Fixtures.Credentials;

import java.net.URL;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A manager answers a request as the dashboard leads them: "Answer now" shows what the answer will hold, the
 * confirmation answers it, and the answered list then holds it with its packet.
 */
@QuarkusTest
class AnswerRequestBrowserTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void aManagerPreviewsConfirmsAndFindsTheAnsweredRequestWithItsPacket() {
        var facility = Fixtures.facility("CA");
        var role = Fixtures.role(facility);
        var employee = Fixtures.employee(facility, role);
        Credentials manager = Fixtures.manager(facility);
        long id = Fixtures.as(manager).contentType(ContentType.JSON)
                .body(Map.of("receivedOn", Fixtures.today("CA").minusDays(3).toString(), "kind", "DESCRIPTION", "channel", "ORAL"))
                .when().post("/api/v1/employees/" + employee.id() + "/requests")
                .then().statusCode(201).extract().jsonPath().getLong("id");

        try (var browser = Browser.open(root.toString())) {
            browser.signIn(manager.username(), manager.password()).go("/requests");
            browser.find("a[href='/requests/" + id + "/answer']").click();
            browser.waitFor("form[action='/requests/" + id + "/fulfil']");
            assertThat(browser.find("h1").getText()).isEqualTo("Answer request " + id + "?");
            assertThat(browser.text()).contains(employee.name(), "What the answer will hold", "Work speed data", "English",
                    "Nothing is sent until you confirm");
            for (int width : new int[] {Browser.DESKTOP, Browser.PHONE}) {
                browser.width(width);
                assertThat(browser.overflow()).as("sideways scroll at %d px", width).isZero();
                assertThat(browser.seriousAccessibilityViolations()).as("at %d px", width).isEmpty();
                browser.screenshot("answer-request-preview-" + width);
            }
            browser.width(Browser.DESKTOP);

            browser.find("form[action='/requests/" + id + "/fulfil'] button[type=submit]").click();
            browser.waitFor("#answered");
            assertThat(browser.path()).startsWith("/requests");
            assertThat(browser.find(".alert.ok").getText()).contains("Request " + id + " was answered", "Download the answer packet");
            String answered = browser.find("#answered").getText();
            assertThat(answered).contains(employee.name(), "answered", "on time", manager.username());
            for (int width : new int[] {Browser.DESKTOP, Browser.PHONE}) {
                browser.width(width);
                browser.js("document.getElementById('answered').scrollIntoView()");
                assertThat(browser.overflow()).as("sideways scroll at %d px", width).isZero();
                assertThat(browser.seriousAccessibilityViolations()).as("at %d px", width).isEmpty();
                browser.screenshot("answer-request-answered-" + width);
            }

            // The packet link in the answered list downloads the zip (fetched as the browser would, with its session).
            String href = browser.find("#answered a[href='/requests/" + id + "/response']").getAttribute("href");
            Object download = browser.driver().executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done([r.status, r.headers.get('content-type'),
                        String.fromCharCode(...new Uint8Array(b).slice(0, 2))]))).catch(e => done([0, String(e), '']));""", href);
            assertThat(download).asList().containsExactly(200L, "application/zip", "PK");
        }
    }
}
