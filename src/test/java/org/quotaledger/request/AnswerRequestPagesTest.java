package org.quotaledger.request;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;
import org.junit.jupiter.api.Test;
import org.quotaledger.testing.Fixtures;
import org.quotaledger.testing.Fixtures.Credentials;
import org.quotaledger.testing.Fixtures.Employee;
import org.quotaledger.testing.Fixtures.Facility;
import org.quotaledger.testing.Fixtures.JobRole;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/** "Answer now" opens a preview of the packet; only the confirmation answers, once; answered requests stay listed. */
@QuarkusTest
class AnswerRequestPagesTest {

    /** A CA employee with three versions of their role (in force from 2025-06-01, 2025-12-20, 2026-05-01) and two work speed rows. */
    record Case(Facility facility, Employee employee, Credentials manager, long request) {
    }

    static Case requestWithHistory() {
        Facility facility = Fixtures.facility("CA");
        JobRole role = Fixtures.role(facility);
        Employee employee = Fixtures.employee(facility, role);
        Credentials manager = Fixtures.manager(facility);
        String[] effective = {"2025-06-01", "2025-12-20", "2026-05-01"};
        for (int i = 0; i < effective.length; i++) {
            ObjectNode doc = Fixtures.document(facility, role.code());
            doc.put("effectiveDate", effective[i]);
            ((ObjectNode) doc.get("quotas").get(0)).put("quantity", 120 + i);
            long id = Fixtures.file(facility, doc);
            Fixtures.submit(id);
            Fixtures.activateBackdated(id, "recorded after the fact for this test");
        }
        String n = employee.employeeNumber();
        Fixtures.as(manager).contentType("text/csv")
                .body("employee_number,date,metric,units,time_on_task_minutes,off_task_bathroom,off_task_break,off_task_safety,off_task_other\n"
                        + n + ",2026-01-15,picks,102,400,0,30,0,0\n" + n + ",2026-02-20,picks,103,400,0,30,0,0\n")
                .when().post("/api/v1/facilities/" + facility.id() + "/work-speed").then().statusCode(200).body("stored", equalTo(2));
        return new Case(facility, employee, manager, RequestFixtures.take(manager, employee, "2026-03-02", "WORK_SPEED_DATA"));
    }

    /** A field of the request as the API shows it to the manager. */
    private static String field(Case c, String name) {
        return Fixtures.as(c.manager()).when().get("/api/v1/facilities/" + c.facility().id() + "/requests").then().statusCode(200)
                .extract().jsonPath().getString("find { it.id == " + c.request() + " }." + name);
    }

    private static List<String> names(byte[] zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                names.add(e.getName());
            }
        }
        return names;
    }

    private static io.restassured.response.Response confirm(CookieFilter browser, long id) {
        return given().filter(browser).redirects().follow(false).accept("text/html").contentType("application/x-www-form-urlencoded")
                .formParam(Fixtures.CSRF_FIELD, Fixtures.csrfToken(browser))
                .when().post("/requests/" + id + "/fulfil");
    }

    @Test
    void answerNowOpensAPreviewOfExactlyWhatThePacketHoldsAndAnswersNothing() throws IOException {
        Case c = requestWithHistory();
        CookieFilter browser = Fixtures.signIn(c.manager());
        given().filter(browser).when().get("/requests").then().statusCode(200)
                .body(containsString("href=\"/requests/" + c.request() + "/answer\""))
                .body(not(containsString("action=\"/requests/" + c.request() + "/fulfil\"")));

        String page = given().filter(browser).when().get("/requests/" + c.request() + "/answer").then().statusCode(200)
                .body(containsString("Answer request " + c.request() + "?"))
                .body(containsString(c.employee().name()))
                .body(containsString("2026-03-02"))
                .body(containsString(field(c, "dueOn")))
                .body(containsString("version 1: in force 2025-06-01 to 2025-12-19"))
                .body(containsString("version 2: in force 2025-12-20 to 2026-04-30"))
                .body(not(containsString("version 3")))
                .body(containsString(field(c, "windowFrom") + " to " + field(c, "windowTo") + ": 2 records"))
                .body(containsString("English"))
                .body(containsString("action=\"/requests/" + c.request() + "/fulfil\""))
                .body(containsString("action=\"/requests/" + c.request() + "/decline\""))
                .extract().asString();
        assertThat(page).contains("days late (today is " + Fixtures.today("CA") + " at " + c.facility().code() + ")");
        // Looking answered nothing.
        assertThat(field(c, "status")).isEqualTo("OPEN");

        confirm(browser, c.request()).then().statusCode(303).header("Location", endsWith("/requests?answered=" + c.request()));
        given().filter(browser).when().get("/requests?answered=" + c.request()).then().statusCode(200)
                .body(containsString("Request " + c.request() + " was answered"))
                .body(containsString("href=\"/requests/" + c.request() + "/response\""));
        byte[] packet = given().filter(browser).when().get("/requests/" + c.request() + "/response").then().statusCode(200)
                .contentType("application/zip").extract().asByteArray();
        assertThat(field(c, "status")).isEqualTo("FULFILLED");
        // The packet holds what the preview named: versions 1 and 2, the report and the CSV.
        assertThat(names(packet)).filteredOn(n -> n.startsWith("quota-description-"))
                .hasSize(2).allMatch(n -> n.endsWith("-v1.pdf") || n.endsWith("-v2.pdf"));
        assertThat(names(packet)).contains("work-speed-report.pdf", "work-speed-data.csv");
    }

    @Test
    void aSecondConfirmationIsA409ThatChangesNothing() {
        Case c = requestWithHistory();
        CookieFilter browser = Fixtures.signIn(c.manager());
        confirm(browser, c.request()).then().statusCode(303);
        byte[] first = given().filter(browser).when().get("/requests/" + c.request() + "/response").then().statusCode(200)
                .extract().asByteArray();

        confirm(browser, c.request()).then().statusCode(409)
                .body(containsString("Not answered again."))
                .body(containsString("was already answered on " + Fixtures.today("CA") + " by " + c.manager().username()))
                .body(containsString("href=\"/requests/" + c.request() + "/response\""))
                .body(not(containsString("action=\"/requests/" + c.request() + "/fulfil\"")));
        Fixtures.as(c.manager()).contentType("application/json").when().post("/api/v1/requests/" + c.request() + "/fulfilment")
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString("already answered"));
        byte[] after = given().filter(browser).when().get("/requests/" + c.request() + "/response").then().statusCode(200)
                .extract().asByteArray();
        assertThat(after).isEqualTo(first);
    }

    @Test
    void answeredAndDeclinedRequestsAreListedWithWhenByWhomAndHowLate() {
        Facility facility = Fixtures.facility("CA");
        Credentials manager = Fixtures.manager(facility);
        Employee first = Fixtures.employee(facility, Fixtures.role(facility));
        Employee second = Fixtures.employee(facility, Fixtures.role(facility));
        long answered = RequestFixtures.take(manager, first, "2026-03-02", "DESCRIPTION");
        long declined = RequestFixtures.take(manager, second, "2026-03-02", "DESCRIPTION");
        String due = Fixtures.as(manager).when().get("/api/v1/facilities/" + facility.id() + "/requests").then()
                .extract().jsonPath().getString("find { it.id == " + answered + " }.dueOn");
        CookieFilter browser = Fixtures.signIn(manager);
        confirm(browser, answered).then().statusCode(303);
        given().filter(browser).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("reason", "Recorded twice by mistake").formParam(Fixtures.CSRF_FIELD, Fixtures.csrfToken(browser))
                .when().post("/requests/" + declined + "/decline").then().statusCode(303);
        long late = ChronoUnit.DAYS.between(LocalDate.parse(due), Fixtures.today("CA"));

        String list = given().filter(browser).when().get("/requests?facility=" + facility.id()).then().statusCode(200)
                .body(containsString("Answered and declined"))
                .extract().asString();
        String section = list.substring(list.indexOf("id=\"answered\""));
        assertThat(section).contains(first.name(), second.name(), ">answered<", ">declined<", "Recorded twice by mistake",
                late + " days late", manager.username(), "href=\"/requests/" + answered + "/response\"");
        assertThat(section).doesNotContain("href=\"/requests/" + declined + "/response\"");
        // Most recently closed first: the declined one was closed after the answered one.
        assertThat(section.indexOf(second.name())).isLessThan(section.indexOf(first.name()));
        // A limit of one shows the newest and offers the rest.
        given().filter(browser).when().get("/requests?facility=" + facility.id() + "&shown=1").then().statusCode(200)
                .body(containsString("Show older ones"));
    }

    @Test
    void staffOfAnotherFacilityCannotPreviewAnswerOrDownloadAndEmployeesCannotUseTheStaffRoute() {
        Case c = requestWithHistory();
        CookieFilter browser = Fixtures.signIn(c.manager());
        confirm(browser, c.request()).then().statusCode(303);
        long open = RequestFixtures.take(c.manager(), Fixtures.employee(c.facility(), Fixtures.role(c.facility())), "2026-03-02", "DESCRIPTION");

        Credentials outsiderAccount = Fixtures.manager(Fixtures.facility("CA"));
        CookieFilter outsider = Fixtures.signIn(outsiderAccount);
        given().filter(outsider).accept("text/html").when().get("/requests/" + open + "/answer").then().statusCode(404);
        confirm(outsider, open).then().statusCode(404);
        given().filter(outsider).accept("text/html,*/*;q=0.8").when().get("/requests/" + c.request() + "/response").then().statusCode(404);
        given().filter(outsider).accept("text/html").when().get("/requests?facility=" + c.facility().id()).then().statusCode(404);
        given().filter(outsider).when().get("/requests").then().statusCode(200)
                .body(not(containsString("/requests/" + c.request() + "/response")));
        Credentials worker = Fixtures.employeeUser(c.employee());
        given().filter(Fixtures.signIn(worker)).accept("text/html,*/*;q=0.8").when().get("/requests/" + c.request() + "/response")
                .then().statusCode(403);
        given().filter(Fixtures.signIn(Fixtures.regulator())).accept("text/html,*/*;q=0.8").when().get("/requests/" + c.request() + "/response")
                .then().statusCode(403);
        // Still open: the refused confirmation changed nothing.
        Fixtures.as(c.manager()).when().get("/api/v1/facilities/" + c.facility().id() + "/requests").then()
                .body("find { it.id == " + open + " }.status", equalTo("OPEN"));
    }
}
