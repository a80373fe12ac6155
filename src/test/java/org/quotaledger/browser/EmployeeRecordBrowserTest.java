package org.quotaledger.browser;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.quotaledger.portal.RecordFixtures;
import org.quotaledger.portal.RecordFixtures.Staffed;
import org.quotaledger.testing.Fixtures;
import org.quotaledger.testing.Fixtures.Credentials;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A manager keeps one employee's records from the pages: opens the employee from the facility's roster, issues them a
 * notice, records an adverse action (first refused for a missing kind, then taken), and uploads work speed data with
 * one bad line, whose problems the result names. Each page is checked at desktop and phone width.
 */
@QuarkusTest
class EmployeeRecordBrowserTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void aManagerKeepsAnEmployeesRecordsFromTheRosterToTheWorkSpeedUpload() throws Exception {
        Staffed s = RecordFixtures.staffed();
        Credentials manager = Fixtures.manager(s.facility());
        String number = s.employee().employeeNumber();

        try (var browser = Browser.open(root.toString())) {
            browser.signIn(manager.username(), manager.password()).width(Browser.DESKTOP).go("/facilities/" + s.facility().id());
            browser.find("#roster a[href='" + s.page() + "']").click();
            browser.waitFor("#who");
            assertThat(browser.path()).isEqualTo(s.page());
            assertThat(browser.find("h1").getText()).isEqualTo(s.employee().name());

            browser.find("#notices form button[type=submit]").click();
            browser.waitFor("#notices a[href$='.pdf']");
            assertThat(browser.find(".alert.ok").getText()).contains("The notice was issued");
            assertThat(browser.find("#deliveries").getText()).contains("in the employee portal", "not yet");

            // The kind left unchosen: the form comes back with the error beside it and the note kept.
            browser.find("#a-note").sendKeys("Below rate on three shifts");
            browser.find("#record-adverse-action input[name=quotaBased]").click();
            browser.find("#record-adverse-action button[type=submit]").click();
            browser.waitFor("#a-type-error");
            assertThat(browser.status()).isEqualTo(422);
            assertThat(browser.find("#a-type-error").getText()).isEqualTo("Choose what kind of action it was.");
            assertThat(browser.find("#a-note").getAttribute("value")).isEqualTo("Below rate on three shifts");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
            browser.screenshot("employee-record-refused");

            new Select(browser.find("#a-type")).selectByVisibleText("Written warning (write-up)");
            browser.js("arguments[0].value = arguments[1]", browser.find("#a-quota-given"), Fixtures.today("CA").toString());
            browser.find("#record-adverse-action button[type=submit]").click();
            browser.waitFor("#adverse-actions tbody tr");
            assertThat(browser.find("#adverse-actions").getText())
                    .contains("Written warning (write-up)", "Below rate on three shifts", "yes: " + s.role().code() + " v1");

            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
            assertThat(browser.overflow()).isZero();
            browser.screenshot("employee-record-1366");
            browser.width(Browser.PHONE);
            assertThat(browser.overflow()).isZero();
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
            browser.screenshot("employee-record-390");

            Path csv = Files.createTempFile("work-speed", ".csv");
            Files.writeString(csv, "employee_number,date,metric,units,time_on_task_minutes\n"
                    + number + "," + Fixtures.today("CA").minusDays(1) + ",units picked,120,480\n"
                    + "NOBODY,2026-02-30,units picked,lots,480\n", StandardCharsets.UTF_8);
            browser.width(Browser.DESKTOP).go("/facilities/" + s.facility().id());
            browser.find("#work-speed-file").sendKeys(csv.toAbsolutePath().toString());
            browser.find("#work-speed button[type=submit]").click();
            browser.waitFor("#bad-lines");
            assertThat(browser.status()).isEqualTo(422);
            String line = browser.find("#line-3").getText();
            assertThat(line).contains("Line 3", "3 problems",
                    "Employee number (employee_number): employee \"NOBODY\" is not on this facility's roster",
                    "Day (date): must be an ISO-8601 date", "Units (units): must be a number, not \"lots\"");
            assertThat(browser.text()).contains("nothing was stored");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
            assertThat(browser.overflow()).isZero();
            browser.screenshot("work-speed-result-1366");
            browser.width(Browser.PHONE);
            assertThat(browser.overflow()).isZero();
            browser.screenshot("work-speed-result-390");

            browser.go("/facilities/" + s.facility().id());
            assertThat(browser.overflow()).isZero();
            browser.screenshot("facility-work-speed-390");
            Files.delete(csv);
        }
    }
}
