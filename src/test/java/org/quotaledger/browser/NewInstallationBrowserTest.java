package org.quotaledger.browser;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.quotaledger.testing.Fixtures.Credentials;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The acceptance of the set-up pages: a new installation started with only {@code QUOTALEDGER_ADMIN_USERNAME} and
 * {@code QUOTALEDGER_ADMIN_PASSWORD} is set up to a first issued notice through the pages alone. The admin signs in,
 * creates an employer, a California facility, a job role and two managers; one manager uploads the roster and files
 * a quota description, the other puts it in force and issues the notices, and the notices page lists the first one.
 *
 * <p>It runs against an empty database: the {@link EmptyInstallation} profile makes Quarkus start again, and with it
 * the test resources, so {@code PostgresResource} starts a throw-away PostgreSQL of its own, migrated and empty. The
 * profile names a bootstrap admin of its own (the suite's {@code admin} does not exist there) and lets the notice
 * worker poll, as a real installation's does, so the issuing job runs in the background while the page follows it.
 * The test checks that the database starts empty before it begins. Screenshots of each step land in
 * {@code target/screenshots/new-installation-*.png}.
 */
@QuarkusTest
@TestProfile(NewInstallationBrowserTest.EmptyInstallation.class)
class NewInstallationBrowserTest {

    static final Credentials FIRST_ADMIN = new Credentials("first-admin", "first-admin-password-1");

    public static class EmptyInstallation implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quotaledger.admin.username", FIRST_ADMIN.username(),
                    "quotaledger.admin.password", FIRST_ADMIN.password(),
                    "quotaledger.notices.poll-interval", "1s");
        }
    }

    @TestHTTPResource("/")
    URL root;

    private int step;

    @Test
    void anAdminSetsUpAnEmptyInstallationAndTwoManagersIssueTheFirstNotice() throws IOException {
        // Nothing but the bootstrap admin: no employer, no facility, no other account.
        given().auth().preemptive().basic(FIRST_ADMIN.username(), FIRST_ADMIN.password()).when().get("/api/v1/users")
                .then().statusCode(200).body("username", org.hamcrest.Matchers.contains(FIRST_ADMIN.username()));
        given().auth().preemptive().basic(FIRST_ADMIN.username(), FIRST_ADMIN.password()).when().get("/api/v1/employers")
                .then().statusCode(200).body("size()", org.hamcrest.Matchers.is(0));

        Credentials filer = new Credentials("maria.filer", "maria-password-1");
        Credentials approver = new Credentials("sam.approver", "sam-password-12");
        String facilityPath;
        try (var browser = Browser.open(root.toString())) {
            browser.signIn(FIRST_ADMIN.username(), FIRST_ADMIN.password());
            assertThat(browser.text()).contains("No facilities yet");
            shot(browser, "empty-facilities");

            browser.find("header nav a[href='/setup']").click();
            browser.waitFor("ol.steps");
            shot(browser, "setup");

            browser.find("ol.steps a[href='/employers']").click();
            browser.waitFor("#name");
            browser.find("#name").sendKeys("Golden State Logistics Inc.");
            assertThat(browser.find("#fourEyesApproval").isSelected()).as("four-eyes approval starts on").isTrue();
            shot(browser, "employer-form");
            browser.find("form[action='/employers'] button[type=submit]").click();
            browser.waitFor("table a[href^='/employers/']");
            assertThat(browser.text()).contains("Golden State Logistics Inc.");
            shot(browser, "employers");

            browser.find(".page-head a[href='/facilities/new']").click();
            browser.waitFor("#employerId");
            new Select(browser.find("#employerId")).selectByVisibleText("Golden State Logistics Inc.");
            browser.find("#code").sendKeys("SAC1");
            browser.find("#name").sendKeys("Sacramento Fulfillment Center");
            browser.find("#address").sendKeys("4400 Harbor Blvd, West Sacramento, CA 95691");
            new Select(browser.find("#state")).selectByVisibleText("California");
            browser.find("#naicsCode").sendKeys("493110");
            browser.find("#siteNonexemptHeadcount").sendKeys("1450");
            browser.find("#statewideNonexemptHeadcount").sendKeys("9800");
            browser.find("#headcountOverrideReason").sendKeys("Payroll export of this week; the roster here holds the first shift only");
            shot(browser, "facility-form");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
            browser.find("form[action='/facilities'] button[type=submit]").click();
            waitForPath(browser, "/facilities/\\d+");
            facilityPath = browser.path();
            assertThat(browser.text()).contains("SAC1 · Sacramento Fulfillment Center", "No roles yet");
            shot(browser, "facility");

            browser.find("a[href$='/roles/new']").click();
            browser.waitFor("#title");
            browser.find("#code").sendKeys("PICK");
            browser.find("#title").sendKeys("Picker");
            new Select(browser.find("#jobFunction")).selectByValue("WAREHOUSE");
            shot(browser, "role-form");
            browser.find("form[action$='/roles'] button[type=submit]").click();
            browser.waitFor("#roles table");
            assertThat(browser.find("#roles").getText()).contains("PICK", "Picker", "warehouse");

            for (var manager : java.util.List.of(filer, approver)) {
                browser.go("/setup");
                browser.find("ol.steps a[href='/users']").click();
                browser.waitFor("#username");
                browser.find("#username").sendKeys(manager.username());
                browser.find("#password").sendKeys(manager.password());
                browser.find("#displayName").sendKeys(manager == filer ? "Maria Filer" : "Sam Approver");
                new Select(browser.find("#role")).selectByValue("manager");
                browser.find("input[name=facilityIds]").click();
                if (manager == approver) {
                    shot(browser, "user-form");
                }
                browser.find("form[action='/users'] button[type=submit]").click();
                browser.waitFor(".alert.ok");
                assertThat(browser.text()).contains("The account was created.");
            }
            browser.go("/users");
            assertThat(browser.text()).contains(filer.username(), approver.username());
            shot(browser, "users");
        }

        String version;
        try (var browser = Browser.open(root.toString())) {
            browser.signIn(filer.username(), filer.password()).go(facilityPath);
            assertThat(browser.findAll("a[download][href$='/roster/template.csv']")).as("the template CSV link").isNotEmpty();
            Path roster = Files.createTempFile("roster", ".csv");
            Files.writeString(roster, """
                    employee_number,name,role,hire_date,separation_date,exempt,primary_language,email
                    E10001,Ana Torres,PICK,2025-01-06,,false,es,
                    E10002,Ben Okafor,PICK,2025-02-03,,false,en,
                    """);
            browser.find("#roster-file").sendKeys(roster.toAbsolutePath().toString());
            browser.find("form[action$='/roster'] button[type=submit]").click();
            browser.waitFor("main .alert");
            assertThat(browser.text()).as(browser.text()).contains("The roster was stored.");
            shot(browser, "roster-uploaded");
            browser.go(facilityPath);
            assertThat(browser.text()).contains("E10001", "Ana Torres", "E10002");

            browser.go(facilityPath + "/descriptions/new");
            new Select(browser.find("#role")).selectByValue("PICK");
            browser.find("[id='quotas[0].name']").sendKeys("Pick rate");
            new Select(browser.find("[id='quotas[0].kind']")).selectByValue("COUNT");
            fill(browser, "quotas[0].task", "units picked");
            fill(browser, "quotas[0].quantity", "120");
            fill(browser, "quotas[0].unit", "units");
            fill(browser, "quotas[0].period", "1 hour");
            fill(browser, "quotas[0].howMeasured", "Scanner events per productive hour");
            shot(browser, "description-form");
            browser.find("form[action$='/descriptions'] button[type=submit]").click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> !d.getCurrentUrl().endsWith("/descriptions/new"));
            assertThat(browser.path()).as(browser.text()).matches("/descriptions/\\d+");
            version = browser.path();
            browser.find("form[action$='/submit'] button").click();
            browser.waitFor("#four-eyes");
            shot(browser, "description-in-review");
        }

        try (var browser = Browser.open(root.toString())) {
            browser.signIn(approver.username(), approver.password()).go(version);
            if (!browser.findAll("#overrideReason").isEmpty()) {
                browser.find("#overrideReason").sendKeys("Reviewed with the site lead; the open findings are scheduled");
            }
            browser.find("form[action$='/activate'] button[type=submit]").click();
            browser.waitFor(".badge.ACTIVE");
            assertThat(browser.find("#people").getText()).contains("Filed by " + filer.username(), "Activated by " + approver.username());
            shot(browser, "description-active");

            browser.go(facilityPath + "/notices");
            assertThat(browser.text()).contains("No notices issued yet.");
            browser.find("form[action$='/notices/jobs'] button[type=submit]").click();
            // The job runs in the background; the page reloads itself until it is done.
            new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(d -> {
                d.navigate().refresh();
                // Done when the first PDF is listed and the page no longer follows a running job.
                return !browser.findAll("a[href$='.pdf'][href^='/notices/']").isEmpty()
                        && browser.findAll("[data-follow-seconds]").isEmpty();
            });
            assertThat(browser.text()).contains("Employee notice", "E10001");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
            shot(browser, "first-notice");
        }
    }

    private void shot(Browser browser, String name) {
        browser.screenshot(String.format("new-installation-%02d-%s", ++step, name));
    }

    private static void fill(Browser browser, String id, String value) {
        var field = browser.find("[id='" + id + "']");
        field.clear();
        field.sendKeys(value);
    }

    private static void waitForPath(Browser browser, String pattern) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> browser.path().matches(pattern) || browser.status() >= 400);
        assertThat(browser.path()).as(browser.text()).matches(pattern);
    }
}
