package org.quotaledger.browser;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.quotaledger.notice.QueuedNoticeJobs;
import org.quotaledger.signing.ExternalTools;
import org.quotaledger.testing.Fixtures;
import org.quotaledger.testing.Fixtures.Credentials;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each role's main job, one after another on one fresh facility, in a real browser: a manager files a description
 * and a second manager activates it; the manager issues the notices; a Spanish-speaking employee reads their quota,
 * opens their notice, acknowledges it and asks for their records; the manager answers; the compliance officer
 * evaluates and downloads the audit packet; the regulator reads and cannot write; a stranger verifies the notice.
 * Only what the story is not about (the facility, its role, the employee and the accounts) is set up through the API.
 *
 * <p>Every step is looked at: a screenshot at 1366 px (the employee's also at 390 px), no serious or critical
 * axe-core violation, nothing wider than the window.
 */
@QuarkusTest
class RoleJobsBrowserTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    QueuedNoticeJobs noticeJobs;

    @Test
    void everyRoleDoesItsMainJobInTheBrowser() throws IOException {
        var facility = Fixtures.facility(Fixtures.employerWithFourEyesApproval(), "CA");
        var role = Fixtures.role(facility);
        var employee = spanishSpeaker(facility, role);
        Credentials manager = Fixtures.manager(facility);
        Credentials secondManager = Fixtures.manager(facility);
        Credentials employeeUser = Fixtures.employeeUser(employee);
        Credentials compliance = Fixtures.compliance();
        Credentials regulator = Fixtures.regulator();
        String notices = "/facilities/" + facility.id() + "/notices";
        String dashboard = "/facilities/" + facility.id() + "/compliance";

        // The manager files through the form, taking what it proposes (today, the languages, the exclusions).
        String version;
        try (var browser = Browser.open(root.toString())) {
            browser.signIn(manager.username(), manager.password());
            Steps.openFilingForm(browser, facility.id());
            Steps.look(browser, "jobs-01-manager-files");
            // Written in Spanish too, beside the English: the Spanish-speaking employee's notice is then wholly Spanish.
            version = Steps.fileDraft(browser, role.code(),
                    new Steps.Quota("Pick rate", "COUNT", "units picked", "120", "units", "1 hour", "INDIVIDUAL"),
                    new Steps.Translation("es", "Preparador de pedidos", "Ritmo de preparación", "unidades preparadas", "unidades"));
            Steps.sendForReview(browser);
            Steps.look(browser, "jobs-02-manager-sent-for-review");
        }

        try (var browser = Browser.open(root.toString())) {
            browser.signIn(secondManager.username(), secondManager.password());
            Steps.activate(browser, version, "Browser test: decided by a second manager");
            assertThat(browser.find("#people").getText())
                    .contains("Filed by " + manager.username(), "Activated by " + secondManager.username());
            Steps.look(browser, "jobs-03-second-manager-activated");
        }

        // The manager issues everyone's notice and follows the job until it is done.
        try (var browser = Browser.open(root.toString())) {
            browser.signIn(manager.username(), manager.password()).go(notices);
            Steps.look(browser, "jobs-04-manager-notices");
            Steps.button(browser.find("form[action$='/notices/jobs']"), "Issue notices").click();
            browser.waitFor("[role=progressbar]");
            // The jobs list updates itself every two seconds while the job is queued or running (and the page reloads
            // once it is done), so it is read in one script call each time rather than element by element.
            assertThat(pageText(browser)).contains("QUEUED", "0 / 1");
            assertThat(browser.findAll("meta[http-equiv=refresh]")).as("no page reload under the reader's focus").isEmpty();
            noticeJobs.work();
            Steps.waitUntil(browser, d -> pageText(browser).contains("DONE"));
            assertThat(browser.find("[role=progressbar]").getAttribute("aria-valuenow")).isEqualTo("100");
            assertThat(browser.text()).contains("1 / 1").contains(employee.employeeNumber());
            Steps.look(browser, "jobs-06-manager-notices-issued");
        }

        // The employee, whose primary language is Spanish, reads their quota and their notice.
        String code;
        byte[] pdf;
        try (var browser = Browser.open(root.toString())) {
            browser.signIn(employeeUser.username(), employeeUser.password()).go("/me");
            // The portal speaks the employee's language: its own words, and the quotas as the manager wrote them in Spanish.
            assertThat(browser.find("html").getAttribute("lang")).isEqualTo("es");
            assertThat(browser.text()).contains("Las cuotas que debe cumplir", "Ritmo de preparación", "120 unidades por hora", "Periodos de comida")
                    .doesNotContain("The quotas you are held to", "Pick rate", "Meal periods");
            Steps.look(browser, "jobs-07-employee-portal", Browser.DESKTOP, Browser.PHONE);

            WebElement noticeRow = browser.find("a[href^='/notices/'][href$='.pdf']").findElement(By.xpath("ancestor::tr"));
            code = noticeRow.findElement(By.cssSelector("td:nth-child(3) code")).getText();
            assertThat(code).as("the notice's check code").startsWith("QL-");
            var download = Steps.download(browser, browser.find("a[href^='/notices/'][href$='.pdf']").getAttribute("href"));
            assertThat(download.statusCode()).isEqualTo(200);
            assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
            pdf = download.body();
            String text = pdfText(pdf);
            assertThat(text).as("the notice is in Spanish, the manager's words included").contains("Aviso de cuotas de trabajo",
                    "Sus cuotas", "Ritmo de preparación", "120 unidades por hora").doesNotContain("Your quotas", "Pick rate");

            browser.find("form[action$='/acknowledge'] button").click();
            browser.waitFor(".alert.ok");
            assertThat(browser.text()).contains("quedó registrado que recibió la descripción");
            assertThat(browser.findAll("form[action$='/acknowledge']")).isEmpty();
            Steps.look(browser, "jobs-08-employee-acknowledged", Browser.DESKTOP, Browser.PHONE);

            Steps.clickThrough(browser, Steps.button(browser.find("form[action='/me/requests']"), "Pedir mis descripciones de cuotas"));
            browser.waitFor(".alert.ok");
            Steps.clickThrough(browser, Steps.button(browser.find("form[action='/me/requests']"), "Pedir mis datos de velocidad de trabajo"));
            browser.waitFor(".alert.ok");
            assertThat(browser.text()).contains("Su solicitud quedó registrada", "Descripciones de cuotas", "Datos de velocidad de trabajo");
            Steps.look(browser, "jobs-09-employee-requested", Browser.DESKTOP, Browser.PHONE);
        }

        // The manager answers the request for the descriptions from the requests page.
        try (var browser = Browser.open(root.toString())) {
            browser.signIn(manager.username(), manager.password()).go("/requests");
            assertThat(requestRows(browser, employee.employeeNumber())).hasSize(2);
            Steps.look(browser, "jobs-10-manager-requests");
            answer(browser, employee.employeeNumber(), "Quota descriptions");
            assertThat(browser.text()).contains("was answered");
            assertThat(requestRows(browser, employee.employeeNumber())).as("only the work speed request is open")
                    .singleElement().satisfies(r -> assertThat(r.getText()).contains("Work speed data"));
            Steps.look(browser, "jobs-11-manager-answered");
        }

        // The compliance officer evaluates the facility and downloads the audit packet.
        try (var browser = Browser.open(root.toString())) {
            browser.signIn(compliance.username(), compliance.password()).go(dashboard);
            int runs = storedRuns(browser);
            Steps.button(browser.find("form[action$='/compliance/evaluate']"), "Evaluate now").click();
            Steps.waitUntil(browser, d -> storedRuns(browser) == runs + 1);
            Steps.look(browser, "jobs-12-compliance-evaluated");

            String packet = (String) browser.js("""
                    const form = document.querySelector("form[action$='/audit-packet']");
                    return form.action + '?' + new URLSearchParams(new FormData(form));""");
            var zip = Steps.download(browser, packet);
            assertThat(zip.statusCode()).isEqualTo(200);
            Map<String, byte[]> entries = unzip(zip.body());
            assertThat(entries).containsKeys("manifest.json", "manifest.json.p7s");
            String manifest = new String(entries.get("manifest.json"), StandardCharsets.UTF_8);
            List<String> listed = entries.keySet().stream()
                    .filter(name -> !name.startsWith("manifest.json")).toList();
            assertThat(listed).as("files besides the manifest").isNotEmpty()
                    .anySatisfy(name -> assertThat(name).contains("notice"));
            assertThat(listed).allSatisfy(name -> assertThat(manifest).as("the manifest lists " + name).contains("\"" + name + "\""));
        }

        // The regulator reads the facility and its compliance, and can change nothing.
        try (var browser = Browser.open(root.toString())) {
            browser.signIn(regulator.username(), regulator.password());
            for (String page : List.of("/facilities/" + facility.id(), dashboard, notices)) {
                browser.go(page);
                assertThat(browser.status()).as(page).isEqualTo(200);
                assertThat(browser.text()).as(page).containsIgnoringCase(facility.code());
                assertThat(Steps.writeForms(browser)).as("forms that write on " + page).isEmpty();
                Steps.look(browser, "jobs-13-regulator" + page.replaceAll("/\\d+", "").replace('/', '-'));
            }
            browser.go(dashboard);
            int runs = storedRuns(browser);
            assertThat(Steps.postFromPage(browser, dashboard + "/evaluate")).as("a regulator's evaluation").isEqualTo(403);
            assertThat(Steps.postFromPage(browser, notices + "/jobs")).as("a regulator's notice job").isEqualTo(403);
            browser.go(dashboard);
            assertThat(storedRuns(browser)).as("stored evaluations after the refusals").isEqualTo(runs);
        }

        // Anyone verifies the notice, by its code and by its file.
        try (var browser = Browser.open(root.toString())) {
            browser.go("/verify");
            browser.find("#code").sendKeys(code);
            Steps.button(browser.find("form[method=get][action='/verify']"), "Look up").click();
            browser.waitFor(".facts");
            assertThat(browser.text()).contains("What notice " + code + " says", "Pick rate", facility.name());
            Steps.look(browser, "jobs-14-anyone-looks-up-code");

            Path file = Files.createTempFile("notice-", ".pdf");
            try {
                Files.write(file, pdf);
                browser.find("#file").sendKeys(file.toAbsolutePath().toString());
                Steps.button(browser.find("form[method=post][action='/verify']"), "Verify").click();
                browser.waitFor(".alert.ok, .alert.bad");
                assertThat(browser.text()).contains("Genuine.").doesNotContain("Not confirmed.");
                Steps.look(browser, "jobs-15-anyone-verifies-pdf");
            } finally {
                Files.deleteIfExists(file);
            }
        }
    }

    /**
     * Answers the open request of this kind from this employee. The one place that knows how answering works: a
     * confirmation step, if the page asks for one, is confirmed.
     */
    private static void answer(Browser browser, String employeeNumber, String kind) {
        WebElement row = requestRows(browser, employeeNumber).stream().filter(r -> r.getText().contains(kind)).findFirst()
                .orElseThrow(() -> new AssertionError("no open request for " + kind + " from " + employeeNumber));
        Steps.button(row, "Answer now").click();
        Steps.waitUntil(browser, d -> "complete".equals(browser.js("return document.readyState")));
        if (!browser.text().contains("was answered")) {
            browser.findAll("form[method=post] button[type=submit]").stream()
                    .filter(b -> b.getText().matches("(?i).*(confirm|send|answer).*")).findFirst()
                    .orElseThrow(() -> new AssertionError("neither answered nor asked to confirm: " + browser.text()))
                    .click();
        }
        browser.waitFor(".alert.ok");
    }

    /** The page's text, or nothing while the page is being replaced by its own refresh. */
    private static String pageText(Browser browser) {
        try {
            Object text = browser.js("return document.body ? document.body.innerText : ''");
            return text == null ? "" : (String) text;
        } catch (org.openqa.selenium.WebDriverException reloading) {
            return "";
        }
    }

    /** The employee's rows in the dashboard's open requests (answered ones are listed in a later section). */
    private static List<WebElement> requestRows(Browser browser, String employeeNumber) {
        return browser.findAll("#open-requests tbody tr").stream().filter(r -> r.getText().contains(employeeNumber)).toList();
    }

    /** The rows of the dashboard's stored evaluations table. */
    private static int storedRuns(Browser browser) {
        Object n = browser.js("""
                const h = Array.from(document.querySelectorAll('h2')).find(e => e.textContent.startsWith('Stored evaluations'));
                return h ? h.closest('section').querySelectorAll('tbody tr').length : -1;""");
        return ((Number) n).intValue();
    }

    private static Fixtures.Employee spanishSpeaker(Fixtures.Facility facility, Fixtures.JobRole role) {
        String number = "E" + Fixtures.unique();
        var body = new java.util.HashMap<>(Fixtures.employeeInput(number, "Rosa Trabajadora " + number, role));
        body.put("primaryLanguage", "es");
        long id = Fixtures.asAdmin().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/facilities/" + facility.id() + "/employees")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        return new Fixtures.Employee(id, facility.id(), number, "Rosa Trabajadora " + number);
    }

    private static String pdfText(byte[] pdf) throws IOException {
        Path file = Files.createTempFile("notice-", ".pdf");
        try {
            Files.write(file, pdf);
            return ExternalTools.pdftotext(file);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        var entries = new java.util.LinkedHashMap<String, byte[]>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (!e.isDirectory()) {
                    entries.put(e.getName(), in.readAllBytes());
                }
            }
        }
        return entries;
    }
}
