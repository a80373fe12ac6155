package org.quotaledger.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Steps more than one browser story takes (filing a description through the form, a second manager activating it)
 * and the look every story takes at each page it reaches: a screenshot, axe-core, and no sideways scroll.
 */
final class Steps {

    private Steps() {
    }

    /** The first quota row of the filing form, as a manager types it. Empty strings leave a field as it is. */
    record Quota(String name, String kind, String task, String quantity, String unit, String period, String basis) {
        static Quota named(String name, String kind) {
            return new Quota(name, kind, "", "", "", "", "");
        }
    }

    /** Opens the blank filing form of a facility. */
    static void openFilingForm(Browser browser, long facilityId) {
        browser.go("/facilities/" + facilityId + "/descriptions/new");
        browser.waitFor("form[action$='/descriptions']");
    }

    /** Empties every optional field the blank form proposes, so only what the form requires is given. */
    static void clearProposedValues(Browser browser) {
        browser.driver().executeScript("""
                const form = document.querySelector("form[action$='/descriptions']");
                form.querySelectorAll('input[type=text], input[type=date], textarea').forEach(e => e.value = '');
                form.querySelectorAll('input[type=checkbox]').forEach(e => e.checked = false);""");
    }

    /**
     * Chooses the role, types the first quota and files the draft; answers the new version's path
     * ({@code /descriptions/{id}}).
     */
    static String fileDraft(Browser browser, String roleCode, Quota quota) {
        return fileDraft(browser, roleCode, quota, null);
    }

    /** The first quota's text in another language, typed in the form's first translation block. */
    record Translation(String language, String roleTitle, String name, String task, String unit) {
    }

    /** As {@link #fileDraft(Browser, String, Quota)}, with the first quota also written in another language. */
    static String fileDraft(Browser browser, String roleCode, Quota quota, Translation translation) {
        new Select(browser.find("#role")).selectByValue(roleCode);
        if (translation != null) {
            new Select(browser.find("#tr0-language")).selectByValue(translation.language());
            type(browser, "#tr0-roleTitle", translation.roleTitle());
            type(browser, "[id='tr0-quotas[0].name']", translation.name());
            type(browser, "[id='tr0-quotas[0].task']", translation.task());
            type(browser, "[id='tr0-quotas[0].unit']", translation.unit());
        }
        type(browser, "[id='quotas[0].name']", quota.name());
        new Select(browser.find("[id='quotas[0].kind']")).selectByValue(quota.kind());
        type(browser, "[id='quotas[0].task']", quota.task());
        type(browser, "[id='quotas[0].quantity']", quota.quantity());
        type(browser, "[id='quotas[0].unit']", quota.unit());
        type(browser, "[id='quotas[0].period']", quota.period());
        if (!quota.basis().isEmpty()) {
            new Select(browser.find("[id='quotas[0].basis']")).selectByValue(quota.basis());
        }
        browser.find("form[action$='/descriptions'] button[type=submit]").click();
        waitUntil(browser, d -> !d.getCurrentUrl().endsWith("/descriptions/new"));
        assertThat(browser.path()).as(browser.text()).matches("/descriptions/\\d+");
        return browser.path();
    }

    /** On a draft's page: sends it for review, and waits for the version to be shown in review. */
    static void sendForReview(Browser browser) {
        browser.find("form[action$='/submit'] button").click();
        browser.waitFor(".badge.IN_REVIEW");
    }

    /** A second manager opens the version in review and activates it, giving the reason the form asks for. */
    static void activate(Browser browser, String version, String overrideReason) {
        browser.go(version);
        assertThat(browser.findAll("#four-eyes")).as("the second manager is not withheld").isEmpty();
        browser.find("#overrideReason").sendKeys(overrideReason);
        browser.find("form[action$='/activate'] button[type=submit]").click();
        browser.waitFor(".badge.ACTIVE");
    }

    /**
     * Takes a good look at the page now shown, at each width given: a screenshot named after the step, no serious or
     * critical axe-core violation, and nothing wider than the window. Ends at desktop width.
     */
    static void look(Browser browser, String step, int... widths) {
        assertThat(browser.seriousAccessibilityViolations()).as("axe on " + step + " (" + browser.path() + ")").isEmpty();
        for (int width : widths) {
            browser.width(width);
            assertThat(browser.overflow()).as(step + " at " + width + " px: pixels wider than the window").isZero();
            browser.screenshot(step + "-" + width);
        }
        browser.width(Browser.DESKTOP);
    }

    /** The same look at desktop width only. */
    static void look(Browser browser, String step) {
        look(browser, step, Browser.DESKTOP);
    }

    /**
     * A file the page links to, fetched with this browser's session as the browser would download it (headless
     * Chromium keeps downloads out of reach of the test).
     */
    static HttpResponse<byte[]> download(Browser browser, String pathOrUrl) {
        String url = pathOrUrl.startsWith("http") ? pathOrUrl : browser.base() + pathOrUrl;
        String cookies = browser.driver().manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
        try (var http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookies).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /**
     * Posts a form body from inside the page, with the session and the CSRF token the page's own forms carry, as a
     * hand-made form would: answers the HTTP status, without following a redirect.
     */
    static int postFromPage(Browser browser, String path) {
        Object status = browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const token = document.querySelector("input[name='csrf-token']").value;
                fetch(arguments[0], {method: 'POST', redirect: 'manual',
                    headers: {'Content-Type': 'application/x-www-form-urlencoded'},
                    body: new URLSearchParams({'csrf-token': token})})
                  .then(r => done(r.type === 'opaqueredirect' ? 302 : r.status), e => done(-1));""", path);
        return ((Number) status).intValue();
    }

    /** Forms on the page that would change something: every POST form but signing out. */
    static List<String> writeForms(Browser browser) {
        return browser.findAll("form").stream()
                .filter(f -> "post".equalsIgnoreCase(f.getAttribute("method")))
                .map(f -> f.getAttribute("action"))
                .filter(action -> !action.endsWith("/logout"))
                .toList();
    }

    static void waitUntil(Browser browser, Function<org.openqa.selenium.WebDriver, Boolean> condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(condition);
    }

    /**
     * Clicks something that loads a new page and waits until the old one is gone: a page that already shows a
     * confirmation would otherwise satisfy the next wait before the click's answer arrives, and the next look-up would
     * find the old page's elements.
     */
    static void clickThrough(Browser browser, WebElement clickable) {
        WebElement oldPage = browser.find("body");
        clickable.click();
        waitUntil(browser, org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(oldPage));
    }

    static WebElement button(WebElement within, String text) {
        return within.findElements(By.cssSelector("button, a.button")).stream()
                .filter(b -> b.getText().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no '" + text + "' button in " + within.getText()));
    }

    private static void type(Browser browser, String css, String text) {
        if (!text.isEmpty()) {
            WebElement field = browser.find(css);
            field.clear();
            field.sendKeys(text);
        }
    }
}
