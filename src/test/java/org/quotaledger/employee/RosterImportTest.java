package org.quotaledger.employee;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.quotaledger.testing.Fixtures;
import org.quotaledger.testing.Fixtures.Facility;
import org.quotaledger.testing.Fixtures.JobRole;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.quotaledger.testing.Fixtures.asAdmin;

/** CSV roster uploads: idempotent by employee number, all-or-nothing unless partial, with exact line numbers. */
@QuarkusTest
class RosterImportTest {

    private static final String HEADER = "employee_number,name,role,hire_date,separation_date,exempt,primary_language,email\n";

    private static String goodRoster(JobRole role) {
        return HEADER
                + "A100,Ana Alvarez," + role.code() + ",2024-02-01,,false,es,ana@example.com\n"
                + "A101,Ben Brooks," + role.code() + ",2024-03-15,,false,en,\n"
                + "A102,\"Chen, Wei\"," + role.code() + ",2023-11-20,2026-01-31,no,zh-Hant,wei@example.com\n";
    }

    /** Lines 3, 5 and 6 are bad (the header is line 1). */
    private static String rosterWithBadLines(JobRole role) {
        return HEADER
                + "B200,Dee Diaz," + role.code() + ",2024-02-01,,false,en,\n"        // 2
                + "B201,Eli Evans," + role.code() + ",2024-02-30,,false,en,\n"       // 3: no such date
                + "B202,Fay Fox," + role.code() + ",2024-02-02,,false,en,\n"         // 4
                + "B203,Gus Green,NO-SUCH-ROLE,2024-02-03,,false,en,\n"              // 5: unknown role
                + "B204,," + role.code() + ",2024-02-04,,false,en,\n"                // 6: no name
                + "B205,Hal Hill," + role.code() + ",2024-02-05,,false,en,\n";       // 7
    }

    private static io.restassured.response.ValidatableResponse upload(Facility facility, String csv, boolean partial) {
        return asAdmin().contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/facilities/" + facility.id() + "/roster" + (partial ? "?partial=true" : ""))
                .then();
    }

    @Test
    void aGoodRosterCreatesEveryEmployee() {
        Facility facility = Fixtures.facility();
        JobRole role = Fixtures.role(facility);

        upload(facility, goodRoster(role), false).statusCode(200)
                .body("created", equalTo(3)).body("updated", equalTo(0)).body("unchanged", equalTo(0))
                .body("stored", equalTo(true));

        List<Map<String, Object>> employees = asAdmin().when().get("/api/v1/facilities/" + facility.id() + "/employees")
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(employees).extracting(e -> e.get("employeeNumber"), e -> e.get("name"), e -> e.get("roleCode"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("A100", "Ana Alvarez", role.code()),
                        org.assertj.core.groups.Tuple.tuple("A101", "Ben Brooks", role.code()),
                        org.assertj.core.groups.Tuple.tuple("A102", "Chen, Wei", role.code()));
        assertThat(employees.get(2)).containsEntry("separationDate", "2026-01-31").containsEntry("primaryLanguage", "zh-Hant");
    }

    @Test
    void anUploadAuditsEachEmployeeItChangedAsConsecutiveLinksOfTheChain() {
        Facility facility = Fixtures.facility();
        JobRole role = Fixtures.role(facility);
        upload(facility, goodRoster(role), false).statusCode(200).body("created", equalTo(3));
        // The second upload changes one name and leaves two lines as they are.
        upload(facility, goodRoster(role).replace("Ben Brooks", "Ben Brooks-Hale"), false).statusCode(200)
                .body("updated", equalTo(1)).body("unchanged", equalTo(2));

        JsonPath trail = asAdmin().queryParam("facilityId", facility.id()).queryParam("size", 100)
                .when().get("/api/v1/audit/events").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> imported = trail.<Map<String, Object>>getList("events").stream()
                .filter(e -> e.get("action").toString().startsWith("employee.")).toList();
        assertThat(imported).extracting(e -> e.get("action"))
                .containsExactlyInAnyOrder("employee.imported", "employee.imported", "employee.imported", "employee.reimported");
        assertThat(imported).filteredOn(e -> e.get("action").equals("employee.reimported")).singleElement()
                .satisfies(e -> assertThat(e.get("afterJson").toString()).contains("Ben Brooks-Hale"));
        // The three creations are one append: consecutive sequence numbers, one entity each.
        List<Integer> created = imported.stream().filter(e -> e.get("action").equals("employee.imported"))
                .map(e -> (Integer) e.get("seq")).sorted().toList();
        assertThat(created.get(2) - created.get(0)).isEqualTo(2);
        assertThat(imported.stream().filter(e -> e.get("action").equals("employee.imported")).map(e -> e.get("entityId")).distinct())
                .hasSize(3);
        asAdmin().when().get("/api/v1/audit/verify").then().statusCode(200).body("intact", equalTo(true));
    }

    @Test
    void uploadingTheSameRosterAgainChangesNothing() {
        Facility facility = Fixtures.facility();
        JobRole role = Fixtures.role(facility);
        upload(facility, goodRoster(role), false).statusCode(200).body("created", equalTo(3));

        upload(facility, goodRoster(role), false).statusCode(200)
                .body("created", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(3));

        assertThat(Fixtures.employeeCount(facility)).isEqualTo(3);
    }

    @Test
    void aChangedNameUpdatesOnlyThatEmployee() {
        Facility facility = Fixtures.facility();
        JobRole role = Fixtures.role(facility);
        upload(facility, goodRoster(role), false).statusCode(200);

        upload(facility, goodRoster(role).replace("Ben Brooks", "Benjamin Brooks"), false).statusCode(200)
                .body("created", equalTo(0)).body("updated", equalTo(1)).body("unchanged", equalTo(2));

        assertThat(Fixtures.employeeCount(facility)).isEqualTo(3);
        List<String> names = asAdmin().when().get("/api/v1/facilities/" + facility.id() + "/employees")
                .then().statusCode(200).extract().jsonPath().getList("name");
        assertThat(names).contains("Benjamin Brooks").doesNotContain("Ben Brooks");
    }

    @Test
    void aRosterWithBadLinesIsRefusedWithTheirLineNumbersAndStoresNothing() {
        Facility facility = Fixtures.facility();
        JobRole role = Fixtures.role(facility);
        Fixtures.employee(facility, role);
        int before = Fixtures.employeeCount(facility);

        JsonPath problem = upload(facility, rosterWithBadLines(role), false)
                .statusCode(422).contentType("application/problem+json")
                .extract().jsonPath();

        assertThat(problem.getList("errors.line", Integer.class)).containsExactly(3, 5, 6);
        assertThat(problem.getList("errors.field", String.class)).containsExactly("hire_date", "role", "name");
        assertThat(Fixtures.employeeCount(facility)).isEqualTo(before);
    }

    /** One line with three problems is one line to fix, and the page names each problem with its column; a refusal is a 422. */
    @Test
    void theUploadPageListsEveryProblemOfABadLine() {
        Facility facility = Fixtures.facility();
        JobRole role = Fixtures.role(facility);
        var browser = Fixtures.signIn(Fixtures.admin());
        String csv = HEADER + "D400,," + role.code() + ",someday,,maybe,en,\n";

        String page = io.restassured.RestAssured.given().filter(browser)
                .multiPart(Fixtures.CSRF_FIELD, Fixtures.csrfToken(browser))
                .multiPart("file", "roster.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .when().post("/facilities/" + facility.id() + "/roster").then().statusCode(422).extract().asString();

        assertThat(page).contains("3 problems on 1 line of the roster").doesNotContain("line(s)")
                .contains("<code>name</code>", "<code>hire_date</code>", "<code>exempt</code>")
                .contains("is required", "not &quot;someday&quot;", "must be true or false");
        assertThat(Fixtures.employeeCount(facility)).isZero();
    }

    /** A stored roster answers 200 through the page; only a refusal answers 422. */
    @Test
    void theUploadPageAnswers200WhenTheRosterIsStored() {
        Facility facility = Fixtures.facility();
        JobRole role = Fixtures.role(facility);
        var browser = Fixtures.signIn(Fixtures.admin());

        String page = io.restassured.RestAssured.given().filter(browser)
                .multiPart(Fixtures.CSRF_FIELD, Fixtures.csrfToken(browser))
                .multiPart("file", "roster.csv", goodRoster(role).getBytes(StandardCharsets.UTF_8), "text/csv")
                .when().post("/facilities/" + facility.id() + "/roster").then().statusCode(200).extract().asString();

        assertThat(page).contains("The roster was stored.");
        assertThat(Fixtures.employeeCount(facility)).isEqualTo(3);
    }

    /** The facility page says which columns the upload needs and offers a template that the upload itself accepts. */
    @Test
    void theFacilityPageNamesTheColumnsAndTheTemplateUploadsAsItIs() {
        Facility facility = Fixtures.facility();
        JobRole role = Fixtures.role(facility);
        var browser = Fixtures.signIn(Fixtures.admin());

        String page = io.restassured.RestAssured.given().filter(browser).when().get("/facilities/" + facility.id())
                .then().statusCode(200).extract().asString();
        assertThat(page).contains("href=\"/facilities/" + facility.id() + "/roster/template.csv\"");
        String columns = page.substring(page.indexOf("id=\"roster-columns\""));
        for (String column : RosterImport.COLUMNS) {
            assertThat(columns).contains("<code>" + column + "</code>");
        }

        String template = io.restassured.RestAssured.given().filter(browser)
                .when().get("/facilities/" + facility.id() + "/roster/template.csv").then().statusCode(200)
                .contentType(containsString("text/csv")).header("Content-Disposition", containsString("roster-template.csv"))
                .extract().asString();
        String[] lines = template.split("\r\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).isEqualTo(String.join(",", RosterImport.COLUMNS));
        upload(facility, template.replace("PICKER", role.code()), false).statusCode(200).body("created", equalTo(1));
    }

    @Test
    void aBadLastLineWithoutATrailingNewlineIsReportedOnItsOwnLine() {
        Facility facility = Fixtures.facility();
        JobRole role = Fixtures.role(facility);

        JsonPath problem = upload(facility, HEADER
                + "C300,Ida Ives," + role.code() + ",2024-02-01,,false,en,\n"
                + "C301,Jo Jones," + role.code() + ",not-a-date,,false,en,", false)
                .statusCode(422).contentType("application/problem+json").extract().jsonPath();

        assertThat(problem.getList("errors.line", Integer.class)).containsExactly(3);
        assertThat(Fixtures.employeeCount(facility)).isZero();
    }

    @Test
    void aPartialUploadStoresTheGoodLinesAndReportsTheBadOnes() {
        Facility facility = Fixtures.facility();
        JobRole role = Fixtures.role(facility);

        JsonPath report = upload(facility, rosterWithBadLines(role), true)
                .statusCode(200).body("created", equalTo(3)).body("stored", equalTo(true))
                .extract().jsonPath();

        assertThat(report.getList("errors.line", Integer.class)).containsExactly(3, 5, 6);
        List<String> numbers = asAdmin().when().get("/api/v1/facilities/" + facility.id() + "/employees")
                .then().statusCode(200).extract().jsonPath().getList("employeeNumber");
        assertThat(numbers).containsExactly("B200", "B202", "B205");
    }

    @Test
    void aBinaryUploadIsABadRequest() {
        Facility facility = Fixtures.facility();
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d, (byte) 0xff, (byte) 0xfe};

        asAdmin().contentType("text/csv").body(png)
                .when().post("/api/v1/facilities/" + facility.id() + "/roster")
                .then().statusCode(400).contentType("application/problem+json").body("status", equalTo(400));

        assertThat(Fixtures.employeeCount(facility)).isZero();
    }

    @Test
    void aLatin1UploadIsABadRequest() {
        Facility facility = Fixtures.facility();
        JobRole role = Fixtures.role(facility);
        byte[] latin1 = (HEADER + "D400,José Núñez," + role.code() + ",2024-02-01,,false,es,\n").getBytes(StandardCharsets.ISO_8859_1);

        asAdmin().contentType("text/csv").body(latin1)
                .when().post("/api/v1/facilities/" + facility.id() + "/roster")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("UTF-8"));

        assertThat(Fixtures.employeeCount(facility)).isZero();
    }

    @Test
    void anUploadOverFiveMebibytesIsRefusedAsTooLarge() {
        Facility facility = Fixtures.facility();
        JobRole role = Fixtures.role(facility);
        var csv = new StringBuilder(HEADER);
        for (int i = 0; csv.length() <= 5 * 1024 * 1024; i++) {
            csv.append("X").append(i).append(",Person number ").append(i).append(',').append(role.code())
                    .append(",2024-02-01,,false,en,\n");
        }

        upload(facility, csv.toString(), false)
                .statusCode(413).contentType("application/problem+json").body("status", equalTo(413));

        assertThat(Fixtures.employeeCount(facility)).isZero();
    }

    /** An unknown role is one more problem of its line, listed with the others rather than only once they are fixed. */
    @Test
    void anUnknownRoleIsListedWithTheLinesOtherProblems() {
        Facility facility = Fixtures.facility();
        Fixtures.role(facility);

        JsonPath problem = upload(facility, HEADER + "C300,Cy Cole,NO-SUCH-ROLE,someday,,false,en,\n", false)
                .statusCode(422).extract().jsonPath();

        assertThat(problem.getList("errors.field", String.class)).containsExactly("hire_date", "role");
        assertThat(problem.getString("errors[1].message")).isEqualTo("facility " + facility.code() + " has no role NO-SUCH-ROLE");
        assertThat(problem.getString("detail")).startsWith("2 problems on 1 line of the roster");
    }
}
