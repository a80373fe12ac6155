package org.quotaledger.browser;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quotaledger.testing.Fixtures;
import org.quotaledger.testing.Fixtures.Credentials;

import java.net.URL;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page each kind of visitor can reach by following links, opened in a real browser at desktop and phone width:
 * it answers without an HTTP error, logs no console error, has no serious or critical axe-core violation and
 * nothing wider than the window. A full-page screenshot of each page at both widths lands in target/screenshots/
 * (docs/guide uses them).
 *
 * <p>Pages of one shape ({@code /descriptions/12} and {@code /descriptions/13}) are opened once per visitor: they
 * share a template, and the walk stays within a couple of minutes.
 */
@QuarkusTest
class PageWalkTest {

    // Files rather than pages, and the one link whose GET would end the visit.
    private static final Pattern NOT_A_PAGE = Pattern.compile(
            "(\\.(pdf|zip|json|csv|pem|crl|png|svg|css|js)$)|(^/q/)|(^/logout)|(^/api/)");
    private static final int MAX_PAGES_PER_VISITOR = 40;
    // The law and the verify page read the same for everyone but the top bar: the first visitor checks them.
    private static final Pattern SAME_FOR_EVERYONE = Pattern.compile("^/(jurisdictions|verify)");

    private final Set<String> publicShapesSeen = new LinkedHashSet<>();

    @TestHTTPResource("/")
    URL root;

    private Map<String, Credentials> visitors;
    private Fixtures.Facility facility;

    @BeforeEach
    void aFacilityWithAnActiveDescriptionAnEmployeeAndEveryKindOfUser() {
        facility = Fixtures.facility("CA");
        var role = Fixtures.role(facility);
        var description = Fixtures.file(facility, Fixtures.document(facility, role.code()));
        Fixtures.submit(description);
        Fixtures.activate(description);
        var employee = Fixtures.employee(facility, role);
        visitors = new LinkedHashMap<>();
        visitors.put("admin", Fixtures.admin());
        visitors.put("manager", Fixtures.manager(facility));
        visitors.put("compliance", Fixtures.compliance());
        visitors.put("regulator", Fixtures.regulator());
        visitors.put("employee", Fixtures.employeeUser(employee));
        visitors.put("anonymous", null);
    }

    @Test
    void everyReachablePageOpensFitsAPhoneAndHasNoSeriousAccessibilityProblem() {
        List<String> problems = new ArrayList<>();
        int pages = 0;
        for (var visitor : visitors.entrySet()) {
            try (var browser = Browser.open(root.toString())) {
                if (visitor.getValue() != null) {
                    browser.signIn(visitor.getValue().username(), visitor.getValue().password());
                }
                String start = visitor.getValue() == null ? "/verify" : browser.path();
                pages += walk(browser, visitor.getKey(), start, problems);
            }
        }
        assertThat(pages).as("pages walked").isGreaterThan(20);
        assertThat(problems).as("problems found on the pages walked").isEmpty();
    }

    private int walk(Browser browser, String visitor, String start, List<String> problems) {
        Set<String> shapesSeen = new LinkedHashSet<>();
        var queue = new ArrayDeque<String>(List.of(start, "/jurisdictions", "/verify"));
        if (!"anonymous".equals(visitor) && !"employee".equals(visitor)) {
            queue.add("/facilities/" + facility.id());
        }
        int walked = 0;
        while (!queue.isEmpty() && walked < MAX_PAGES_PER_VISITOR) {
            String path = relative(browser, queue.poll());
            String shape = path.replaceAll("\\d+", "{n}");
            if (NOT_A_PAGE.matcher(path.split("\\?")[0]).find() || !shapesSeen.add(shape)
                    || (SAME_FOR_EVERYONE.matcher(path).find() && !publicShapesSeen.add(shape))) {
                continue;
            }
            browser.go(path);
            walked++;
            String where = visitor + " " + path;
            int status = browser.status();
            // A visitor may follow a link to a page its role may not open (403) only if the link is offered to it,
            // which is itself the problem: report every 4xx and 5xx.
            if (status >= 400) {
                problems.add(where + ": HTTP " + status + " (" + browser.title() + ")");
                continue;
            }
            browser.consoleErrors().forEach(e -> problems.add(where + ": console error " + e));
            browser.seriousAccessibilityViolations().forEach(v -> problems.add(where + ": " + v));
            String name = visitor + shape.replace("/", "_");
            browser.width(Browser.DESKTOP);
            if (browser.overflow() > 0) {
                problems.add(where + ": " + browser.overflow() + " px wider than a " + Browser.DESKTOP + " px window");
            }
            browser.screenshot(name + "-desktop");
            browser.width(Browser.PHONE);
            if (browser.overflow() > 0) {
                problems.add(where + ": " + browser.overflow() + " px wider than a " + Browser.PHONE + " px phone");
            }
            browser.screenshot(name + "-phone");
            browser.width(Browser.DESKTOP);
            queue.addAll(browser.links());
        }
        return walked;
    }

    private static String relative(Browser browser, String url) {
        return url.startsWith(browser.base()) ? url.substring(browser.base().length()) : url;
    }
}
