package org.quotaledger.browser;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.quotaledger.testing.Fixtures;

import java.net.URL;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API tokens page of a big installation: an administrator narrows the facility checkboxes (one per site, hundreds of
 * them) with the filter above them, and a box ticked before it was filtered out of view is still part of the token.
 */
@QuarkusTest
class TokensPageBrowserTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void typingInTheFilterHidesTheFacilitiesThatDoNotMatchAndKeepsTheTickedOnes() {
        var wanted = Fixtures.facility();
        var other = Fixtures.facility();
        String name = "Filtered " + Fixtures.unique();

        try (var browser = Browser.open(root.toString())) {
            browser.signIn(Fixtures.admin().username(), Fixtures.admin().password());
            browser.go("/tokens");
            WebElement filter = browser.find("#token-facilities-filter");
            assertThat(filter.isDisplayed()).as("the filter the script reveals").isTrue();
            // However many facilities there are, the list scrolls in its own box rather than pushing the form down.
            assertThat(browser.js("return getComputedStyle(document.getElementById('token-facilities-list')).overflowY"))
                    .isEqualTo("auto");

            box(browser, other).click();
            filter.sendKeys(wanted.code().toLowerCase());
            assertThat(box(browser, wanted).isDisplayed()).isTrue();
            assertThat(box(browser, other).isDisplayed()).as("a facility the filter does not match").isFalse();
            assertThat(browser.find("#token-facilities-count").getText()).isEqualTo("1 of "
                    + browser.findAll("#token-facilities-list input").size() + " shown, 1 ticked");
            // Enter in the filter must not send the half-filled form.
            filter.sendKeys(Keys.ENTER);
            assertThat(browser.findAll("#new-token")).isEmpty();
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
            browser.screenshot("tokens-facility-filter");

            box(browser, wanted).click();
            browser.find("#name").sendKeys(name);
            new Select(browser.find("#role")).selectByValue("manager");
            browser.find("form[action='/tokens'] button[type=submit]").click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> !browser.findAll("#new-token").isEmpty());
        }

        List<Long> facilities = Fixtures.asAdmin().when().get("/api/v1/tokens").then().statusCode(200).extract().jsonPath()
                .getList("find { it.name == '" + name + "' }.facilityIds", Long.class);
        assertThat(facilities).containsExactlyInAnyOrder(wanted.id(), other.id());
    }

    private static WebElement box(Browser browser, Fixtures.Facility facility) {
        return browser.find("#token-facilities-list input[value='" + facility.id() + "']");
    }
}
