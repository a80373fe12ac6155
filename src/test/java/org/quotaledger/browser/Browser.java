package org.quotaledger.browser;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

/**
 * A headless Chromium driven through chromedriver, as a person with a browser uses the pages: it signs in with the
 * login form, follows links, measures whether a page fits the window, runs axe-core in the page and keeps a
 * full-page screenshot. One instance is one visitor (one cookie jar); close it when done.
 *
 * <p>The browser and its driver come from Debian's {@code chromium} and {@code chromium-driver} packages
 * ({@code .ci/run} installs them); nothing is downloaded at run time. Without them the browser tests are skipped
 * outside CI and fail in CI, so a developer without Chromium can still run the rest of the suite.
 *
 * <p>Starting Chromium costs seconds on the two-core CI machine and the suite has a couple of dozen visitors, so a
 * closed visitor's Chromium is kept and handed to the next one with its cookies, storage, emulated width and
 * console log wiped: each visitor still starts with an empty cookie jar, as a new person would.
 */
public final class Browser implements AutoCloseable {

    public static final int DESKTOP = 1366;
    public static final int PHONE = 390;

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    // Chromiums whose visitor has left, ready for the next; quit when the test JVM exits.
    private static final Deque<ChromeDriver> IDLE = new ArrayDeque<>();
    private static final List<ChromeDriver> STARTED = new ArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            synchronized (IDLE) {
                STARTED.forEach(Browser::quietlyQuit);
            }
        }));
    }

    private final ChromeDriver driver;
    private final String base;
    private int width = DESKTOP;

    private Browser(ChromeDriver driver, String base) {
        this.driver = driver;
        this.base = base;
    }

    /** A fresh visitor on the app at {@code base} (e.g. {@code http://localhost:8081}). */
    public static Browser open(String base) {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && System.getenv("CI") == null) {
            Assumptions.abort("chromium and chromium-driver are not installed: apt-get install chromium chromium-driver");
        }
        ChromeDriver driver;
        synchronized (IDLE) {
            driver = IDLE.poll();
        }
        if (driver == null) {
            driver = start();
        }
        return new Browser(driver, base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
    }

    private static ChromeDriver start() {
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--lang=en-US", "--window-size=" + DESKTOP + ",900");
        var logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.SEVERE);
        options.setCapability("goog:loggingPrefs", logs);
        var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        var driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        synchronized (IDLE) {
            STARTED.add(driver);
        }
        return driver;
    }

    public ChromeDriver driver() {
        return driver;
    }

    public String base() {
        return base;
    }

    /** Opens a path of the app (or an absolute URL) and waits for the document to finish loading. */
    public Browser go(String pathOrUrl) {
        driver.get(pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> "complete".equals(js("return document.readyState")));
        return this;
    }

    /** Signs in through the login form, as a person does, and waits to leave the login page. */
    public Browser signIn(String username, String password) {
        go("/login");
        driver.findElement(By.id("j_username")).sendKeys(username);
        driver.findElement(By.id("j_password")).sendKeys(password);
        driver.findElement(By.cssSelector("form.login button[type=submit], form.login input[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.getCurrentUrl().contains("/login"));
        return this;
    }

    /** The HTTP status of the page now shown (Navigation Timing, so no second request is needed). */
    public int status() {
        Object status = js("const n = performance.getEntriesByType('navigation')[0]; return n ? n.responseStatus : 0;");
        return ((Number) status).intValue();
    }

    public String path() {
        String url = driver.getCurrentUrl();
        return url.startsWith(base) ? url.substring(base.length()) : url;
    }

    public String title() {
        return driver.getTitle();
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public void waitFor(String css) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    /**
     * Shows the page as a device {@code width} CSS pixels wide sees it. Chromium will not make a window narrower than
     * about 500 px, so phone widths are emulated (with the page's viewport meta tag honoured, as on a phone).
     */
    public Browser width(int width) {
        this.width = width;
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 900,
                "deviceScaleFactor", 1, "mobile", width < 600));
        js("return document.body.offsetWidth");
        return this;
    }

    /**
     * How many CSS pixels the page is wider than the device: 0 when nothing scrolls sideways. Wide tables inside a
     * scrolling container of their own are fine, as only the document's own width counts. Measured against the
     * device width rather than {@code innerWidth}, because a phone widens its layout viewport to fit a page that
     * overflows (and then shows it zoomed out).
     */
    public int overflow() {
        Object wider = js("return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - arguments[0];", width);
        return Math.max(0, ((Number) wider).intValue());
    }

    /** The URLs of every same-site link on the page, without fragments. */
    @SuppressWarnings("unchecked")
    public List<String> links() {
        Object hrefs = js("""
                return Array.from(document.querySelectorAll('a[href]'))
                  .map(a => a.href.split('#')[0])
                  .filter(h => h.startsWith(location.origin));""");
        return new ArrayList<>((List<String>) hrefs);
    }

    /** Errors the page's scripts or resources logged since the last call (a 404 stylesheet, a script error). */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    /** One accessibility problem axe-core found: its rule, impact, help text and the first offending element. */
    public record Violation(String rule, String impact, String help, String target) {
        @Override
        public String toString() {
            return impact + " " + rule + " (" + help + ") at " + target;
        }
    }

    /** Runs axe-core (vendored under src/test/resources/axe) in the page and returns serious and critical violations. */
    @SuppressWarnings("unchecked")
    public List<Violation> seriousAccessibilityViolations() {
        if (!(Boolean) js("return typeof window.axe !== 'undefined'")) {
            js(AXE.source);
        }
        Object result = driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                  .then(r => done(r.violations.map(v => ({rule: v.id, impact: v.impact, help: v.help,
                      target: v.nodes.length ? String(v.nodes[0].target) : ''}))))
                  .catch(e => done([{rule: 'axe-error', impact: 'critical', help: String(e), target: ''}]));""");
        return ((List<Map<String, Object>>) result).stream()
                .map(v -> new Violation((String) v.get("rule"), (String) v.get("impact"), (String) v.get("help"), (String) v.get("target")))
                .filter(v -> "serious".equals(v.impact()) || "critical".equals(v.impact()))
                .toList();
    }

    /** Saves a screenshot of the whole page (not just the window) as target/screenshots/{name}.png. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                    Map.of("format", "png", "captureBeyondViewport", true));
            Path file = SCREENSHOTS.resolve(name.replaceAll("[^A-Za-z0-9._-]+", "_") + ".png");
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /**
     * The visitor leaves: everything that made this Chromium theirs is wiped and it waits for the next visitor. A
     * Chromium that cannot be wiped is quit instead.
     */
    @Override
    public void close() {
        try {
            driver.get("about:blank");
            driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
            driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", base, "storageTypes", "all"));
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            driver.manage().logs().get(LogType.BROWSER);
        } catch (RuntimeException broken) {
            quietlyQuit(driver);
            return;
        }
        synchronized (IDLE) {
            IDLE.push(driver);
        }
    }

    private static void quietlyQuit(ChromeDriver driver) {
        try {
            driver.quit();
        } catch (RuntimeException alreadyGone) {
            // The JVM is exiting or the browser died; nothing is left to release.
        }
    }

    // Read once per run: the minified axe-core is 650 kB.
    private static final class AXE {
        static final String source = read();

        private static String read() {
            try (InputStream in = Browser.class.getResourceAsStream("/axe/axe.min.js")) {
                if (in == null) {
                    throw new IllegalStateException("axe.min.js is missing from src/test/resources/axe");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
