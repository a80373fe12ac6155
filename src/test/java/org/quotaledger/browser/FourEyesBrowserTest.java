package org.quotaledger.browser;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
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
            browser.signIn(filer.username(), filer.password());
            Steps.openFilingForm(browser, facility.id());
            // Every optional field left empty, including what the blank form proposes: only what the form requires
            // is given (the role, and one quota's name and kind).
            Steps.clearProposedValues(browser);
            version = Steps.fileDraft(browser, role.code(), Steps.Quota.named("Pick rate", "COUNT"));
            assertThat(browser.find("#people").getText()).contains("Filed by " + filer.username());

            Steps.sendForReview(browser);
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
            browser.signIn(approver.username(), approver.password());
            // An empty form is bound to fail some rules: the approver records why it goes into force anyway.
            Steps.activate(browser, version, "Browser test: an empty description, decided by a second manager");
            String people = browser.find("#people").getText();
            assertThat(people).contains("Filed by " + filer.username(), "Activated by " + approver.username());
            assertThat(browser.text()).doesNotContain("Four-eyes approval");
        }
    }
}
