package org.quotaledger.browser;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.quotaledger.testing.Fixtures;
import org.quotaledger.testing.Fixtures.Credentials;

import java.net.URL;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Four-eyes approval as two managers meet it in the browser: one files a draft through the filing form and sends it
 * for review, and is shown why the Activate button is not theirs; the other signs in and activates it; the version's
 * page then names both.
 */
@QuarkusTest
class FourEyesBrowserTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void oneManagerFilesAnotherActivatesAndThePageNamesBoth() {
        // Created without fourEyesApproval, unlike Fixtures.facility(): the employer keeps the default, on.
        var facility = Fixtures.facility(Fixtures.employerWithFourEyesApproval(), "CA");
        var role = Fixtures.role(facility);
        Credentials filer = Fixtures.manager(facility);
        Credentials approver = Fixtures.manager(facility);

        String version;
        try (var browser = Browser.open(root.toString())) {
            browser.signIn(filer.username(), filer.password()).go("/facilities/" + facility.id() + "/descriptions/new");
            // Every optional field left empty, including what the blank form proposes: only what the form requires
            // is given (the role, and one quota's name and kind).
            browser.driver().executeScript("""
                    const form = document.querySelector("form[action$='/descriptions']");
                    form.querySelectorAll('input[type=text], input[type=date], textarea').forEach(e => e.value = '');
                    form.querySelectorAll('input[type=checkbox]').forEach(e => e.checked = false);""");
            new Select(browser.find("#role")).selectByValue(role.code());
            browser.find("[id='quotas[0].name']").sendKeys("Pick rate");
            new Select(browser.find("[id='quotas[0].kind']")).selectByValue("COUNT");
            browser.find("form[action$='/descriptions'] button[type=submit]").click();
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(30))
                    .until(d -> !d.getCurrentUrl().endsWith("/descriptions/new"));
            assertThat(browser.path()).as(browser.text()).matches("/descriptions/\\d+");
            version = browser.path();
            assertThat(browser.find("#people").getText()).contains("Filed by " + filer.username());

            browser.find("form[action$='/submit'] button").click();
            browser.waitFor("#four-eyes");
            assertThat(browser.text()).contains("IN REVIEW");
            assertThat(browser.find("#four-eyes").getText())
                    .contains("Four-eyes approval", filer.username(), "another manager of " + facility.code() + " or an admin must");
            assertThat(browser.findAll("form[action$='/activate']")).as("the filer's activation form").isEmpty();
            var withheld = browser.find("button[aria-describedby=four-eyes]");
            assertThat(withheld.isEnabled()).isFalse();
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
            browser.screenshot("four-eyes-withheld");
        }

        try (var browser = Browser.open(root.toString())) {
            browser.signIn(approver.username(), approver.password()).go(version);
            assertThat(browser.findAll("#four-eyes")).isEmpty();
            // An empty form is bound to fail some rules: the approver records why it goes into force anyway.
            browser.find("#overrideReason").sendKeys("Browser test: an empty description, decided by a second manager");
            browser.find("form[action$='/activate'] button[type=submit]").click();
            browser.waitFor(".badge.ACTIVE");
            String people = browser.find("#people").getText();
            assertThat(people).contains("Filed by " + filer.username(), "Activated by " + approver.username());
            assertThat(browser.text()).doesNotContain("Four-eyes approval");
        }
    }
}
