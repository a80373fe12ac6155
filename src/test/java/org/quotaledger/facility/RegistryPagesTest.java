package org.quotaledger.facility;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.quotaledger.testing.Fixtures;
import org.quotaledger.testing.Forms;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * The registry's forms: employers (admins), facilities (admins create; admins and the facility's managers change)
 * and job roles (admins and the facility's managers), each refusing bad input with a 422 that keeps what was typed.
 */
@QuarkusTest
class RegistryPagesTest {

    private static Map<String, String> facilityForm(long employerId, String code) {
        var form = new HashMap<String, String>();
        form.put("employerId", String.valueOf(employerId));
        form.put("code", code);
        form.put("name", "Riverside Fulfillment");
        form.put("address", "500 Dock Road, Riverside, CA 92501");
        form.put("state", "CA");
        form.put("naicsCode", "493110");
        form.put("agencyWorkers", "12");
        form.put("siteNonexemptHeadcount", "");
        form.put("statewideNonexemptHeadcount", "1,200");
        form.put("headcountOverrideReason", "Payroll export: other sites are not on rosters here");
        form.put("cbaCovered", "true");
        return form;
    }

    @Test
    void anAdminCreatesAndChangesAnEmployerWithFourEyesApprovalSwitchedInWords() {
        var admin = Fixtures.signIn(Fixtures.admin());
        given().filter(admin).when().get("/employers").then().statusCode(200)
                .body(containsString("Four-eyes approval"), containsString("cannot also put it in force"),
                        containsString("id=\"fourEyesApproval\" name=\"fourEyesApproval\" value=\"true\" checked"));
        String name = "Acme Logistics " + Fixtures.unique();
        Forms.post(admin, "/employers", Map.of("name", name, "controlledGroup", "Acme Holdings", "fourEyesApproval", "true"))
                .then().statusCode(303);
        var created = Fixtures.asAdmin().when().get("/api/v1/employers").then().extract().jsonPath();
        long id = created.getLong("find { it.name == '" + name + "' }.id");
        assertThat(created.getBoolean("find { it.name == '" + name + "' }.fourEyesApproval")).isTrue();
        assertThat(created.getString("find { it.name == '" + name + "' }.controlledGroup")).isEqualTo("Acme Holdings");

        // An unticked box is absent from the form: the switch goes off, and that is an audited event of its own.
        Forms.post(admin, "/employers/" + id, Map.of("name", name, "controlledGroup", "")).then().statusCode(303);
        var changed = Fixtures.asAdmin().when().get("/api/v1/employers").then().extract().jsonPath();
        assertThat(changed.getBoolean("find { it.id == " + id + " }.fourEyesApproval")).isFalse();
        assertThat(changed.getString("find { it.id == " + id + " }.controlledGroup")).isNull();
        assertThat(Forms.auditEvents("employer", id)).anyMatch(e -> e.startsWith("employer.created|admin|"))
                .anyMatch(e -> e.startsWith("employer.four-eyes-approval-switched|admin|"));

        String refused = Forms.post(admin, "/employers/" + id, Map.of("name", " ", "controlledGroup", "Kept group"))
                .then().statusCode(422).extract().asString();
        assertThat(refused).contains("is required", "value=\"Kept group\"").doesNotContain("must not be blank");
        assertThat(Fixtures.asAdmin().when().get("/api/v1/employers").then().extract().jsonPath()
                .getString("find { it.id == " + id + " }.name")).isEqualTo(name);
    }

    @Test
    void anAdminCreatesAFacilityWithEveryFieldOfTheApiFromTheForm() {
        long employer = Fixtures.employer();
        String code = "RIV" + Fixtures.unique().replace("-", "");
        var admin = Fixtures.signIn(Fixtures.admin());
        given().filter(admin).when().get("/facilities").then().statusCode(200).body(containsString("href=\"/facilities/new\""));
        given().filter(admin).when().get("/facilities/new").then().statusCode(200)
                // No state is proposed: the state decides the law, so the admin must choose it.
                .body(containsString("<option value=\"CA\" >California</option>"), containsString("Choose the state…"),
                        org.hamcrest.Matchers.not(containsString("selected>California")), containsString("Why the headcount is typed"));

        var created = Forms.post(admin, "/facilities", facilityForm(employer, code));
        created.then().statusCode(303);
        long id = Forms.idFrom(created, "/facilities/");
        var facility = Fixtures.asAdmin().when().get("/api/v1/facilities/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(facility.getString("code")).isEqualTo(code);
        assertThat(facility.getString("state")).isEqualTo("CA");
        assertThat(facility.getInt("agencyWorkers")).isEqualTo(12);
        assertThat(facility.getInt("statewideNonexemptHeadcount")).isEqualTo(1200);
        assertThat((Object) facility.get("siteNonexemptHeadcount")).isNull();
        assertThat(facility.getBoolean("cbaCovered")).isTrue();
        assertThat(facility.getBoolean("federalOptIn")).isFalse();
        assertThat(Forms.auditEvents("facility", id)).anyMatch(e -> e.startsWith("facility.created|admin|"));
        given().filter(admin).when().get("/facilities/" + id).then().statusCode(200)
                .body(containsString("href=\"/facilities/" + id + "/edit\""), containsString("href=\"/facilities/" + id + "/roles/new\""));
    }

    @Test
    void aBadFacilityFormComesBackAs422WithEachProblemBesideItsFieldAndNothingStored() {
        long employer = Fixtures.employer();
        String code = "BAD" + Fixtures.unique().replace("-", "");
        var form = facilityForm(employer, code);
        form.put("naicsCode", "49311");
        form.put("agencyWorkers", "a dozen");
        form.put("headcountOverrideReason", "");
        form.put("state", "ZZ");
        String page = Forms.post(Fixtures.signIn(Fixtures.admin()), "/facilities", form).then().statusCode(422).extract().asString();
        assertThat(page).contains("must be a 6-digit NAICS code", "must be a whole number of people", "choose a state from the list",
                "value=\"49311\"", "value=\"a dozen\"", "value=\"" + code + "\"", "500 Dock Road");

        // The override without a reason is the service's refusal: beside its field too.
        form = facilityForm(employer, code);
        form.put("headcountOverrideReason", "");
        String noReason = Forms.post(Fixtures.signIn(Fixtures.admin()), "/facilities", form).then().statusCode(422).extract().asString();
        assertThat(noReason).contains("is required when a headcount is typed", "value=\"1,200\"");
        Fixtures.asAdmin().when().get("/api/v1/facilities").then().body("code", not(org.hamcrest.Matchers.hasItem(code)));
    }

    @Test
    void aManagerEditsTheirFacilityButCreatesNoneAndTouchesNoOtherAndAReaderEditsNothing() {
        var facility = Fixtures.facility("CA");
        var other = Fixtures.facility("CA");
        var manager = Fixtures.signIn(Fixtures.manager(facility));
        given().filter(manager).redirects().follow(false).when().get("/facilities/new").then().statusCode(403);
        given().filter(manager).when().get("/facilities").then().body(not(containsString("href=\"/facilities/new\"")));
        given().filter(manager).when().get("/facilities/" + facility.id() + "/edit").then().statusCode(200)
                .body(containsString(facility.code()), not(containsString("name=\"code\"")));

        var form = facilityForm(facility.employerId(), "IGNORED");
        form.put("name", "Renamed by its manager");
        form.put("employerId", String.valueOf(Fixtures.employer()));
        Forms.post(manager, "/facilities/" + facility.id() + "/edit", form).then().statusCode(303);
        var stored = Fixtures.asAdmin().when().get("/api/v1/facilities/" + facility.id()).then().extract().jsonPath();
        assertThat(stored.getString("name")).isEqualTo("Renamed by its manager");
        assertThat(stored.getString("code")).isEqualTo(facility.code());
        assertThat(stored.getLong("employerId")).isEqualTo(facility.employerId());

        given().filter(manager).redirects().follow(false).when().get("/facilities/" + other.id() + "/edit").then().statusCode(404);
        Forms.post(manager, "/facilities/" + other.id() + "/edit", facilityForm(other.employerId(), other.code())).then().statusCode(404);
        var regulator = Fixtures.signIn(Fixtures.regulator());
        given().filter(regulator).redirects().follow(false).when().get("/facilities/" + facility.id() + "/edit").then().statusCode(403);
        given().filter(regulator).when().get("/facilities/" + facility.id()).then().statusCode(200)
                .body(not(containsString("/edit\"")), not(containsString("roles/new")));
        assertThat(Fixtures.asAdmin().when().get("/api/v1/facilities/" + other.id()).then().extract().jsonPath().getString("name"))
                .isEqualTo(other.name());
    }

    @Test
    void aManagerAddsAndChangesAJobRoleWithTheFunctionInWords() {
        var facility = Fixtures.facility("NY");
        var manager = Fixtures.signIn(Fixtures.manager(facility));
        given().filter(manager).when().get("/facilities/" + facility.id() + "/roles/new").then().statusCode(200)
                .body(containsString("<option value=\"DRIVER\" >Driving</option>"), not(containsString(">DRIVER<")));

        Forms.post(manager, "/facilities/" + facility.id() + "/roles", Map.of("code", "DRV", "title", "Yard driver", "jobFunction", "DRIVER"))
                .then().statusCode(303);
        var roles = Fixtures.asAdmin().when().get("/api/v1/facilities/" + facility.id() + "/roles").then().extract().jsonPath();
        long roleId = roles.getLong("find { it.code == 'DRV' }.id");
        assertThat(roles.getString("find { it.code == 'DRV' }.jobFunction")).isEqualTo("DRIVER");

        String missing = Forms.post(manager, "/facilities/" + facility.id() + "/roles", Map.of("code", "PCK", "title", "", "jobFunction", "WAREHOUSE"))
                .then().statusCode(422).extract().asString();
        assertThat(missing).contains("is required", "value=\"PCK\"");
        Forms.post(manager, "/facilities/" + facility.id() + "/roles", Map.of("code", "DRV", "title", "Twice", "jobFunction", "DRIVER"))
                .then().statusCode(409).body(containsString("already has a role DRV"), containsString("value=\"Twice\""));

        given().filter(manager).when().get("/facilities/" + facility.id()).then()
                .body(containsString("href=\"/facilities/" + facility.id() + "/roles/" + roleId + "/edit\""));
        Forms.post(manager, "/facilities/" + facility.id() + "/roles/" + roleId + "/edit", Map.of("title", "Shunter", "jobFunction", "WAREHOUSE"))
                .then().statusCode(303);
        Fixtures.asAdmin().when().get("/api/v1/facilities/" + facility.id() + "/roles").then()
                .body("find { it.id == " + roleId + " }.title", equalTo("Shunter"), "find { it.id == " + roleId + " }.jobFunction", equalTo("WAREHOUSE"),
                        "find { it.id == " + roleId + " }.code", equalTo("DRV"));
        assertThat(Forms.auditEvents("job_role", roleId)).anyMatch(e -> e.startsWith("role.created|")).anyMatch(e -> e.startsWith("role.updated|"));

        var outsider = Fixtures.signIn(Fixtures.manager(Fixtures.facility("NY")));
        Forms.post(outsider, "/facilities/" + facility.id() + "/roles", Map.of("code", "X", "title", "X", "jobFunction", "SALES")).then().statusCode(404);
        var reader = Fixtures.signIn(Fixtures.compliance());
        Forms.post(reader, "/facilities/" + facility.id() + "/roles/" + roleId + "/edit", Map.of("title", "X", "jobFunction", "SALES")).then().statusCode(403);
        assertThat(Fixtures.asAdmin().when().get("/api/v1/facilities/" + facility.id() + "/roles").then().extract().jsonPath()
                .getList("code")).isEqualTo(List.of("DRV"));
    }
}
