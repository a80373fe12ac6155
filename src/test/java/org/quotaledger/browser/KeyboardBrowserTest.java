package org.quotaledger.browser;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.quotaledger.testing.Fixtures;
import org.quotaledger.testing.Fixtures.Credentials;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages with a keyboard only (WCAG 2.1.1, 2.4.1, 2.4.7): no click anywhere, only Tab, Enter, Space, the arrow
 * keys and typing. A manager signs in, skips the navigation with the skip link, reaches the main pages through the
 * menu, and files a quota description through the form (its selects chosen with the arrow keys); an employee
 * acknowledges a notice and asks for their records. Every element Tab lands on must show that it has the focus.
 */
@QuarkusTest
class KeyboardBrowserTest {

    // Enough for the filing form, the longest page walked here (about 60 stops), with room to spare.
    private static final int MAX_TABS = 150;

    @TestHTTPResource("/")
    URL root;

    @Test
    void aManagerFilesAndAnEmployeeAcknowledgesAndRequestsWithTheKeyboardOnly() {
        var facility = Fixtures.facility("CA");
        var described = Fixtures.role(facility);
        long description = Fixtures.activeDescription(facility, described);
        var undescribed = Fixtures.role(facility);
        var employee = Fixtures.employee(facility, described);
        Credentials manager = Fixtures.manager(facility);
        Credentials employeeUser = Fixtures.employeeUser(employee);
        // The notice (and with it the delivery the employee acknowledges) is not what this test is about.
        Fixtures.as(manager).when().post("/api/v1/employees/" + employee.id() + "/notices").then().statusCode(201);

        try (var browser = Browser.open(root.toString())) {
            var keys = new Keyboard(browser);
            keys.signIn(manager);

            // The skip link is the first stop, visible once focused, and takes the next Tab into the page's content.
            keys.tab();
            assertThat(keys.focused()).as("the first Tab stop").isEqualTo("a.skip-link");
            assertThat((Boolean) browser.js("""
                    const r = document.activeElement.getBoundingClientRect();
                    return r.width > 0 && r.height > 0 && r.top >= 0 && r.left >= 0;""")).as("the skip link shows when focused").isTrue();
            browser.screenshot("keyboard-skip-link");
            keys.press(Keys.ENTER);
            keys.tab();
            assertThat((Boolean) browser.js("return document.querySelector('main').contains(document.activeElement)"))
                    .as("after the skip link, Tab lands in the content, not the menu: " + keys.focused()).isTrue();

            // The menu takes the manager to each of the main pages.
            for (String page : List.of("/requests", "/jurisdictions", "/verify", "/facilities")) {
                keys.tabTo("header nav a[href='" + page + "']");
                keys.pressAndWaitFor(Keys.ENTER, page);
            }

            // From the facility list to the filing form, then the form itself.
            keys.tabTo("a[href='/facilities/" + facility.id() + "']");
            keys.pressAndWaitFor(Keys.ENTER, "/facilities/" + facility.id());
            keys.tabTo("a[href$='/descriptions/new']");
            keys.pressAndWaitFor(Keys.ENTER, "/facilities/" + facility.id() + "/descriptions/new");
            keys.tabTo("#role");
            keys.choose(undescribed.code());
            keys.tabTo("[id='quotas[0].name']");
            keys.type("Pick rate");
            keys.tabTo("[id='quotas[0].kind']");
            keys.choose("COUNT");
            keys.tabTo("[id='quotas[0].quantity']");
            keys.type("120");
            keys.tabTo("[id='quotas[0].unit']");
            keys.type("units");
            keys.tabTo("[id='quotas[0].period']");
            keys.type("1 hour");
            keys.tabTo("[id='quotas[0].basis']");
            keys.choose("INDIVIDUAL");
            keys.tabTo("form[action$='/descriptions'] button[type=submit]");
            keys.pressAndWaitFor(Keys.ENTER, "/descriptions/\\d+");
            assertThat(browser.text()).contains("Pick rate", "120");
            keys.tabTo("form[action$='/submit'] button");
            keys.press(Keys.SPACE);
            browser.waitFor(".badge.IN_REVIEW");
            assertThat(keys.problems()).as("Tab stops that do not show the focus").isEmpty();
        }

        try (var browser = Browser.open(root.toString())) {
            var keys = new Keyboard(browser);
            keys.signIn(employeeUser);
            keys.tabTo("header nav a[href='/me']");
            keys.pressAndWaitFor(Keys.ENTER, "/me");
            keys.tabTo("form[action$='/acknowledge'] button");
            keys.pressAndWaitFor(Keys.ENTER, "/me\\?done=acknowledged");
            assertThat(browser.findAll("form[action$='/acknowledge']")).as("acknowledge buttons left").isEmpty();
            keys.tabTo("form[action='/me/requests'] button[value=DESCRIPTION]");
            keys.press(Keys.SPACE);
            keys.waitFor("/me\\?done=requested");
            assertThat(browser.text()).contains("Your request is recorded");
            browser.screenshot("keyboard-employee-requested");
            assertThat(keys.problems()).as("Tab stops that do not show the focus").isEmpty();
        }
    }

    /** Keys sent to whatever has the focus, as a person at a keyboard sends them; and the checks on each Tab stop. */
    private static final class Keyboard {

        private final Browser browser;
        private final List<String> problems = new ArrayList<>();

        Keyboard(Browser browser) {
            this.browser = browser;
        }

        /** Signs in on the login page, whose username field takes the focus by itself. */
        void signIn(Credentials who) {
            browser.go("/login");
            if (!"#j_username".equals(focused())) {
                tabTo("#j_username");
            }
            type(who.username());
            tab();
            assertThat(focused()).isEqualTo("#j_password");
            type(who.password());
            press(Keys.ENTER);
            Steps.waitUntil(browser, d -> !d.getCurrentUrl().contains("/login")
                    && "complete".equals(browser.js("return document.readyState")));
        }

        void tab() {
            press(Keys.TAB);
            checkFocusVisible();
        }

        /** Tabs forward until the element matching {@code css} has the focus. */
        void tabTo(String css) {
            for (int i = 0; i < MAX_TABS; i++) {
                if (Boolean.TRUE.equals(browser.js("return document.activeElement.matches(arguments[0])", css))) {
                    return;
                }
                tab();
            }
            throw new AssertionError(MAX_TABS + " Tabs on " + browser.path() + " never reached " + css);
        }

        void press(CharSequence key) {
            new Actions(browser.driver()).sendKeys(key).perform();
        }

        void type(String text) {
            new Actions(browser.driver()).sendKeys(text).perform();
        }

        /** Presses a key that leaves the page, and waits for the page at a path matching {@code pathRegex}. */
        void pressAndWaitFor(CharSequence key, String pathRegex) {
            press(key);
            waitFor(pathRegex);
        }

        void waitFor(String pathRegex) {
            Steps.waitUntil(browser, d -> browser.path().matches(pathRegex)
                    && "complete".equals(browser.js("return document.readyState")));
        }

        /** Picks an option of the focused select with the arrow keys, as a closed select takes them. */
        void choose(String value) {
            for (int i = 0; i < 40; i++) {
                if (value.equals(browser.js("return document.activeElement.value"))) {
                    return;
                }
                press(Keys.ARROW_DOWN);
            }
            throw new AssertionError("the arrow keys never chose " + value + " in " + focused());
        }

        /** The focused element as a selector: its id, else its tag and class. */
        String focused() {
            return (String) browser.js("""
                    const e = document.activeElement;
                    if (!e) return '';
                    if (e.id) return '#' + e.id;
                    return e.tagName.toLowerCase() + (e.classList.length ? '.' + Array.from(e.classList).join('.') : '');""");
        }

        List<String> problems() {
            return problems;
        }

        // A focus indicator is an outline or a box shadow (WCAG 2.4.7); either one drawn in a colour at all counts.
        private void checkFocusVisible() {
            Object problem = browser.js("""
                    const e = document.activeElement;
                    if (!e || e === document.body) return null;
                    const s = getComputedStyle(e);
                    const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
                    const shadow = s.boxShadow && s.boxShadow !== 'none';
                    return outline || shadow ? null : (e.outerHTML.slice(0, 120));""");
            if (problem != null) {
                problems.add(browser.path() + ": " + problem);
                browser.screenshot("keyboard-focus-not-shown-" + problems.size());
            }
        }
    }
}
