package org.quotaledger.portal;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;
import org.junit.jupiter.api.Test;
import org.quotaledger.portal.RecordFixtures.Staffed;
import org.quotaledger.testing.Fixtures;
import org.quotaledger.testing.Fixtures.Credentials;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/** One employee's record page, opened from the roster, and the three forms on it, for each kind of visitor. */
@QuarkusTest
class EmployeeRecordPagesTest {

    private static Map<String, String> adverseAction(String date) {
        Map<String, String> form = new HashMap<>();
        form.put("date", date);
        form.put("type", "WRITE_UP");
        form.put("note", "Late three times in a week");
        return form;
    }

    private static String get(CookieFilter browser, String path, int status) {
        return given().filter(browser).when().get(path).then().statusCode(status).extract().asString();
    }

    @Test
    void theRosterLinksEachEmployeeToTheirRecordWhichSaysWhoTheyAre() {
        Staffed s = RecordFixtures.staffed();
        CookieFilter manager = Fixtures.signIn(Fixtures.manager(s.facility()));

        assertThat(get(manager, "/facilities/" + s.facility().id(), 200)).contains("href=\"" + s.page() + "\"");
        String page = get(manager, s.page(), 200);

        assertThat(page).contains(s.employee().name(), s.employee().employeeNumber(), "Picker", "2025-01-06",
                "still employed", "covered by the quota laws", "English (en)")
                .contains("No notice issued to", "No adverse action recorded", "No work speed data in this period")
                .contains("Issue a notice now", "Picker v1", "Record the adverse action", "Record the complaint")
                // The forms the readers' tests below must not find, in the very form the page writes them.
                .contains("action=\"" + s.page() + "/notices#", "action=\"" + s.page() + "/adverse-actions#",
                        "action=\"" + s.page() + "/complaints#", "href=\"/requests\"");
    }

    @Test
    void aManagerIssuesTheNoticeOfTheCurrentVersionAndItIsListedWithItsPdfAndDelivery() {
        Staffed s = RecordFixtures.staffed();
        CookieFilter manager = Fixtures.signIn(Fixtures.manager(s.facility()));

        String location = RecordFixtures.post(manager, s.page() + "/notices", Map.of()).statusCode(303)
                .extract().header("Location");
        assertThat(location).contains(s.page() + "?issued=");

        var notices = Fixtures.asAdmin().when().get("/api/v1/employees/" + s.employee().id() + "/notices")
                .then().statusCode(200).extract().jsonPath();
        assertThat(notices.getList("$")).hasSize(1);
        assertThat(notices.getInt("[0].version")).isEqualTo(1);
        assertThat(notices.getString("[0].language")).isEqualTo("en");
        long id = notices.getLong("[0].id");
        String page = get(manager, location, 200);
        assertThat(page).contains("The notice was issued", "href=\"/notices/" + id + ".pdf\"", notices.getString("[0].verificationCode"))
                .contains("in the employee portal", "not yet");
        given().filter(manager).when().get("/notices/" + id + ".pdf").then().statusCode(200).contentType("application/pdf");
    }

    @Test
    void aRoleWithoutAVersionInForceIsSaidOnThePageAndIssuingIsRefusedWith422() {
        var facility = Fixtures.facility("CA");
        var employee = Fixtures.employee(facility, Fixtures.role(facility));
        CookieFilter manager = Fixtures.signIn(Fixtures.manager(facility));
        String path = RecordFixtures.page(employee);

        assertThat(get(manager, path, 200)).contains("No description of Picker is in force or scheduled")
                .doesNotContain("Issue a notice now");
        String refused = RecordFixtures.post(manager, path + "/notices", Map.of()).statusCode(422).extract().asString();

        assertThat(refused).contains("No description of Picker is in force or scheduled; activate one before issuing notices.")
                .contains(employee.name());
        assertThat(RecordFixtures.count("/api/v1/employees/" + employee.id() + "/notices")).isZero();
    }

    @Test
    void aManagerRecordsAnAdverseActionThatAQuotaWasAFactorIn() {
        Staffed s = RecordFixtures.staffed();
        CookieFilter manager = Fixtures.signIn(Fixtures.manager(s.facility()));
        String today = Fixtures.today("CA").toString();
        Map<String, String> form = adverseAction(today);
        form.put("quotaBased", "true");
        form.put("descriptionId", String.valueOf(s.description()));
        form.put("quotaGivenOn", today);

        String location = RecordFixtures.post(manager, s.page() + "/adverse-actions", form).statusCode(303)
                .extract().header("Location");

        var stored = Fixtures.asAdmin().when().get("/api/v1/facilities/" + s.facility().id() + "/adverse-actions")
                .then().statusCode(200).extract().jsonPath();
        assertThat(stored.getList("$")).hasSize(1);
        assertThat(stored.getString("[0].type")).isEqualTo("WRITE_UP");
        assertThat(stored.getBoolean("[0].quotaBased")).isTrue();
        assertThat(stored.getLong("[0].descriptionId")).isEqualTo(s.description());
        assertThat(stored.getString("[0].quotaGivenOn")).isEqualTo(today);
        assertThat(get(manager, location, 200)).contains("The adverse action is recorded", "Written warning (write-up)",
                "Late three times in a week", "yes: " + s.role().code() + " v1").doesNotContain("WRITE_UP<");
    }

    @Test
    void aRefusedAdverseActionComesBackWith422EachErrorBesideItsFieldAndTheInputKept() {
        Staffed s = RecordFixtures.staffed();
        CookieFilter manager = Fixtures.signIn(Fixtures.manager(s.facility()));
        Map<String, String> form = adverseAction(Fixtures.today("CA").plusDays(3).toString());
        form.put("type", "");
        form.put("quotaBased", "true");
        form.put("note", "Kept: the manager's own words");

        String page = RecordFixtures.post(manager, s.page() + "/adverse-actions", form).statusCode(422).extract().asString();

        assertThat(page).contains("The adverse action cannot be recorded as given.")
                .contains("id=\"a-date-error\">This day (" + Fixtures.today("CA").plusDays(3) + ") is still to come")
                .contains("id=\"a-type-error\">Choose what kind of action it was.")
                .contains("id=\"a-description-error\">Choose the quota description the action relied on")
                .contains("Kept: the manager&#39;s own words", "value=\"" + Fixtures.today("CA").plusDays(3) + "\"")
                .containsPattern("name=\"quotaBased\" value=\"true\"\\s+checked")
                .doesNotContain("descriptionId is", "must not be null", "quotaBased is true");
        assertThat(RecordFixtures.count("/api/v1/facilities/" + s.facility().id() + "/adverse-actions")).isZero();
    }

    @Test
    void aComplaintIsRecordedFromTheRecordWithTheRequestsPageRulesAndRefusedBesideItsField() {
        Staffed s = RecordFixtures.staffed();
        CookieFilter manager = Fixtures.signIn(Fixtures.manager(s.facility()));
        String today = Fixtures.today("CA").toString();

        String refused = RecordFixtures.post(manager, s.page() + "/complaints", Map.of("madeOn", today,
                "recipient", "AGENCY", "agency", "", "allegation", "The pick rate ignores travel time")).statusCode(422)
                .extract().asString();
        assertThat(refused).contains("id=\"c-agency-error\">is required when the complaint went to an agency")
                .contains(">The pick rate ignores travel time</textarea>");
        assertThat(RecordFixtures.count("/api/v1/facilities/" + s.facility().id() + "/complaints")).isZero();

        String location = RecordFixtures.post(manager, s.page() + "/complaints", Map.of("madeOn", today,
                "recipient", "EMPLOYER", "allegation", "The pick rate ignores travel time")).statusCode(303)
                .extract().header("Location");
        assertThat(RecordFixtures.count("/api/v1/facilities/" + s.facility().id() + "/complaints")).isEqualTo(1);
        assertThat(get(manager, location, 200)).contains("The complaint is recorded", "the employer");
    }

    @Test
    void theWorkSpeedSummaryAddsUpTheLast90Days() {
        Staffed s = RecordFixtures.staffed();
        String day = Fixtures.today("CA").minusDays(1).toString();
        String csv = "employee_number,date,metric,units,time_on_task_minutes,off_task_bathroom,off_task_break\n"
                + s.employee().employeeNumber() + "," + day + ",units picked,400.50,300,10,15\n"
                + s.employee().employeeNumber() + "," + Fixtures.today("CA").minusDays(2) + ",units picked,100,200,5,0\n";
        Fixtures.asAdmin().contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/facilities/" + s.facility().id() + "/work-speed").then().statusCode(200);

        String page = get(Fixtures.signIn(Fixtures.admin()), s.page(), 200);

        assertThat(page).contains("2 daily records").contains("<td>units picked</td><td class=\"num\">2</td><td class=\"num\">500.50</td><td class=\"num\">500</td>")
                .contains("bathroom 15, breaks 15, safety 0, other 0");
    }

    @Test
    void aRegulatorReadsTheRecordWithoutFormsAndCannotPost() {
        Staffed s = RecordFixtures.staffed();
        CookieFilter regulator = Fixtures.signIn(Fixtures.regulator());

        assertThat(get(regulator, s.page(), 200)).contains(s.employee().name())
                .doesNotContain("action=\"" + s.page() + "/notices#", "action=\"" + s.page() + "/adverse-actions#",
                        "action=\"" + s.page() + "/complaints#", "href=\"/requests\"");
        RecordFixtures.post(regulator, s.page() + "/notices", Map.of()).statusCode(403);
        RecordFixtures.post(regulator, s.page() + "/adverse-actions", adverseAction(Fixtures.today("CA").toString())).statusCode(403);
        RecordFixtures.post(regulator, s.page() + "/complaints", Map.of("madeOn", Fixtures.today("CA").toString(),
                "recipient", "EMPLOYER", "allegation", "x")).statusCode(403);

        assertThat(RecordFixtures.count("/api/v1/employees/" + s.employee().id() + "/notices")).isZero();
        assertThat(RecordFixtures.count("/api/v1/facilities/" + s.facility().id() + "/adverse-actions")).isZero();
        assertThat(RecordFixtures.count("/api/v1/facilities/" + s.facility().id() + "/complaints")).isZero();
    }

    @Test
    void complianceRecordsComplaintsButNeitherNoticesNorAdverseActions() {
        Staffed s = RecordFixtures.staffed();
        CookieFilter compliance = Fixtures.signIn(Fixtures.compliance());

        assertThat(get(compliance, s.page(), 200)).contains("action=\"" + s.page() + "/complaints#")
                .doesNotContain("action=\"" + s.page() + "/notices#", "action=\"" + s.page() + "/adverse-actions#");
        RecordFixtures.post(compliance, s.page() + "/notices", Map.of()).statusCode(403);
        RecordFixtures.post(compliance, s.page() + "/adverse-actions", adverseAction(Fixtures.today("CA").toString())).statusCode(403);
        assertThat(RecordFixtures.count("/api/v1/employees/" + s.employee().id() + "/notices")).isZero();
    }

    @Test
    void aManagerOfAnotherFacilityFindsNoSuchEmployee() {
        Staffed s = RecordFixtures.staffed();
        CookieFilter outsider = Fixtures.signIn(Fixtures.manager(Fixtures.facility("CA")));

        given().filter(outsider).when().get(s.page()).then().statusCode(404).body(containsString("that you can see"));
        RecordFixtures.post(outsider, s.page() + "/notices", Map.of()).statusCode(404);
        RecordFixtures.post(outsider, s.page() + "/adverse-actions", adverseAction(Fixtures.today("CA").toString())).statusCode(404);
        RecordFixtures.post(outsider, s.page() + "/complaints", Map.of("madeOn", Fixtures.today("CA").toString(),
                "recipient", "EMPLOYER", "allegation", "x")).statusCode(404);

        assertThat(RecordFixtures.count("/api/v1/employees/" + s.employee().id() + "/notices")).isZero();
        assertThat(RecordFixtures.count("/api/v1/facilities/" + s.facility().id() + "/adverse-actions")).isZero();
        assertThat(RecordFixtures.count("/api/v1/facilities/" + s.facility().id() + "/complaints")).isZero();
    }

    @Test
    void anUnknownEmployeeNumberIs404() {
        Staffed s = RecordFixtures.staffed();
        given().filter(Fixtures.signIn(Fixtures.manager(s.facility())))
                .when().get("/facilities/" + s.facility().id() + "/employees/NO-SUCH-" + Fixtures.unique()).then().statusCode(404);
    }

    @Test
    void anEmployeeOpensNoStaffRecordNotEvenTheirOwn() {
        Staffed s = RecordFixtures.staffed();
        var colleague = Fixtures.employee(s.facility(), s.role());
        Credentials self = Fixtures.employeeUser(s.employee());
        CookieFilter employee = Fixtures.signIn(self);

        given().filter(employee).when().get(RecordFixtures.page(colleague)).then().statusCode(403);
        given().filter(employee).when().get(s.page()).then().statusCode(403);
        RecordFixtures.post(employee, RecordFixtures.page(colleague) + "/complaints", Map.of("madeOn",
                Fixtures.today("CA").toString(), "recipient", "EMPLOYER", "allegation", "x")).statusCode(403);
        assertThat(RecordFixtures.count("/api/v1/facilities/" + s.facility().id() + "/complaints")).isZero();
    }
}
