package org.quotaledger.account;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.quotaledger.testing.Fixtures;
import org.quotaledger.testing.Fixtures.Credentials;
import org.quotaledger.testing.Forms;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * An administrator changes accounts on {@code /users/{id}} and through {@code /api/v1/users/{id}}: edits, links an
 * employee account by facility and employee number, sets a new password, disables and enables. A disabled account is
 * refused by the login form, by HTTP Basic and on the next request of a session it already had.
 */
@QuarkusTest
class UserAdministrationTest {

    private static long idOf(Credentials who) {
        return Fixtures.asAdmin().when().get("/api/v1/users").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.username == '" + who.username() + "' }.id");
    }

    @Test
    void anAdminEditsAnAccountsNameRoleAndFacilitiesOnItsPageAndTheChangeIsAudited() {
        var first = Fixtures.facility("CA");
        var second = Fixtures.facility("NY");
        Credentials manager = Fixtures.manager(first);
        long id = idOf(manager);
        var admin = Fixtures.signIn(Fixtures.admin());

        given().filter(admin).when().get("/users/" + id).then().statusCode(200)
                .body(containsString(manager.username()), containsString("Disable the account"));
        Forms.post(admin, "/users/" + id, Map.of("displayName", "Dana Reyes", "email", "dana@example.com", "role", "manager",
                        "facilityIds", List.of(String.valueOf(second.id()))))
                .then().statusCode(303).header("Location", containsString("/users/" + id + "?done=saved"));

        var account = Fixtures.asAdmin().when().get("/api/v1/users/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(account.getString("displayName")).isEqualTo("Dana Reyes");
        assertThat(account.getString("email")).isEqualTo("dana@example.com");
        assertThat(account.getList("facilityIds", Long.class)).containsExactly(second.id());
        assertThat(Forms.auditEvents("user", id)).anySatisfy(e -> assertThat(e).startsWith("user.updated|admin|").contains("Dana Reyes"));
        // The manager now sees the new facility and no longer the old one.
        Fixtures.as(manager).when().get("/api/v1/facilities/" + second.id()).then().statusCode(200);
        Fixtures.as(manager).when().get("/api/v1/facilities/" + first.id()).then().statusCode(404);
    }

    @Test
    void aBadEditComesBackAs422WithTheInputKeptAndNothingChanged() {
        Credentials manager = Fixtures.manager(Fixtures.facility("CA"));
        long id = idOf(manager);
        String page = Forms.post(Fixtures.signIn(Fixtures.admin()), "/users/" + id,
                        Map.of("displayName", "Typed Name", "email", "not-an-address", "role", "manager"))
                .then().statusCode(422).extract().asString();
        assertThat(page).contains("value=\"Typed Name\"", "value=\"not-an-address\"", "must be an e-mail address")
                .doesNotContain("must be a well-formed");
        assertThat(Fixtures.asAdmin().when().get("/api/v1/users/" + id).then().extract().jsonPath().getString("displayName"))
                .isEqualTo("Test manager");
    }

    @Test
    void anEmployeeAccountIsLinkedByFacilityAndEmployeeNumberOnThePageAndInTheApi() {
        var facility = Fixtures.facility("CA");
        var role = Fixtures.role(facility);
        var employee = Fixtures.employee(facility, role);
        var other = Fixtures.employee(facility, role);
        var admin = Fixtures.signIn(Fixtures.admin());
        String username = "worker-" + Fixtures.unique();

        var created = Forms.post(admin, "/users", Map.of("username", username, "password", Fixtures.PASSWORD, "role", "employee",
                "displayName", "A worker", "employeeFacilityId", String.valueOf(facility.id()), "employeeNumber", employee.employeeNumber()));
        created.then().statusCode(303);
        long id = Forms.idFrom(created, "/users/");
        Fixtures.asAdmin().when().get("/api/v1/users/" + id).then().statusCode(200).body("employeeId", equalTo((int) employee.id()));
        given().filter(Fixtures.signIn(new Credentials(username, Fixtures.PASSWORD))).when().get("/me").then().statusCode(200)
                .body(containsString(employee.name()));
        given().filter(admin).when().get("/users/" + id).then().statusCode(200).body(containsString("value=\"" + employee.employeeNumber() + "\""));

        // The API takes the same link, and still the record id.
        String viaApi = "worker-" + Fixtures.unique();
        Fixtures.asAdmin().contentType(ContentType.JSON).body(Map.of("username", viaApi, "password", Fixtures.PASSWORD, "role", "employee",
                        "employeeFacilityId", facility.id(), "employeeNumber", other.employeeNumber()))
                .when().post("/api/v1/users").then().statusCode(201).body("employeeId", equalTo((int) other.id()));
        var third = Fixtures.employee(facility, role);
        Fixtures.asAdmin().contentType(ContentType.JSON).body(Map.of("username", "worker-" + Fixtures.unique(), "password", Fixtures.PASSWORD,
                "role", "employee", "employeeId", third.id())).when().post("/api/v1/users").then().statusCode(201);
    }

    @Test
    void anUnknownEmployeeNumberIsAFieldErrorOnThePageAndInTheApi() {
        var facility = Fixtures.facility("CA");
        String username = "worker-" + Fixtures.unique();
        String page = Forms.post(Fixtures.signIn(Fixtures.admin()), "/users", Map.of("username", username, "password", Fixtures.PASSWORD,
                        "role", "employee", "employeeFacilityId", String.valueOf(facility.id()), "employeeNumber", "E404404"))
                .then().statusCode(422).extract().asString();
        assertThat(page).contains("is not on the roster of " + facility.code(), "value=\"E404404\"", "value=\"" + username + "\"");
        Fixtures.asAdmin().when().get("/api/v1/users").then().body("username", not(hasItem(username)));

        String missing = Forms.post(Fixtures.signIn(Fixtures.admin()), "/users", Map.of("username", username, "password", Fixtures.PASSWORD,
                "role", "employee")).then().statusCode(422).extract().asString();
        assertThat(missing).contains("is required for an employee account");

        long id = idOf(Fixtures.manager(facility));
        Fixtures.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("role", "employee", "employeeFacilityId", facility.id(), "employeeNumber", "E404404"))
                .when().put("/api/v1/users/" + id).then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("employeeNumber"));
    }

    @Test
    void aDisabledAccountIsRefusedByTheFormByBasicAndOnItsOpenSessionUntilEnabled() {
        Credentials manager = Fixtures.manager(Fixtures.facility("CA"));
        long id = idOf(manager);
        var session = Fixtures.signIn(manager);
        given().filter(session).redirects().follow(false).when().get("/facilities").then().statusCode(200);

        Forms.post(Fixtures.signIn(Fixtures.admin()), "/users/" + id + "/disable", Map.of())
                .then().statusCode(303).header("Location", containsString("done=disabled"));

        // The session it already had ends on its next request.
        given().filter(session).redirects().follow(false).when().get("/facilities").then()
                .statusCode(org.hamcrest.Matchers.oneOf(302, 303)).header("Location", containsString("/login"));
        Fixtures.as(manager).when().get("/api/v1/facilities").then().statusCode(401);
        var browser = new io.restassured.filter.cookie.CookieFilter();
        given().filter(browser).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", manager.username()).formParam("j_password", manager.password())
                .formParam(Fixtures.CSRF_FIELD, Fixtures.csrfToken(browser))
                .when().post("/j_security_check").then().statusCode(org.hamcrest.Matchers.oneOf(302, 303))
                .header("Location", containsString("/login?error=true"));
        Fixtures.asAdmin().when().get("/api/v1/users/" + id).then().body("disabled", equalTo(true));
        given().filter(Fixtures.signIn(Fixtures.admin())).when().get("/users").then().statusCode(200)
                .body(containsString("disabled"));

        Fixtures.asAdmin().when().post("/api/v1/users/" + id + "/enable").then().statusCode(200).body("disabled", equalTo(false));
        Fixtures.as(manager).when().get("/api/v1/facilities").then().statusCode(200);
        assertThat(Forms.auditEvents("user", id)).anyMatch(e -> e.startsWith("user.disabled|admin|"))
                .anyMatch(e -> e.startsWith("user.enabled|admin|"));
    }

    @Test
    void aResetPasswordWorksAndTheOldOneNoLongerDoes() {
        Credentials manager = Fixtures.manager(Fixtures.facility("CA"));
        long id = idOf(manager);
        String fresh = "a-new-password-" + Fixtures.unique();
        var admin = Fixtures.signIn(Fixtures.admin());

        String tooShort = Forms.post(admin, "/users/" + id + "/password", Map.of("password", "short")).then().statusCode(422).extract().asString();
        assertThat(tooShort).contains("must be 10 to 72 characters").doesNotContain("value=\"short\"");
        Fixtures.as(manager).when().get("/api/v1/me").then().statusCode(200);

        Forms.post(admin, "/users/" + id + "/password", Map.of("password", fresh)).then().statusCode(303);
        Fixtures.as(manager).when().get("/api/v1/me").then().statusCode(401);
        Fixtures.as(manager.withPassword(fresh)).when().get("/api/v1/me").then().statusCode(200);
        List<String> events = Forms.auditEvents("user", id);
        assertThat(events).anyMatch(e -> e.startsWith("user.password-reset|admin|"));
        assertThat(String.join("\n", events)).doesNotContain(fresh).doesNotContain("$2a$");

        Fixtures.asAdmin().contentType(ContentType.JSON).body(Map.of("password", "via-the-api-" + Fixtures.unique()))
                .when().put("/api/v1/users/" + id + "/password").then().statusCode(204);
        Fixtures.as(manager.withPassword(fresh)).when().get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void anAdminCannotDisableOrDemoteThemselves() {
        long self = idOf(Fixtures.admin());
        Fixtures.asAdmin().when().post("/api/v1/users/" + self + "/disable").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("your own account"));
        Fixtures.asAdmin().contentType(ContentType.JSON).body(Map.of("role", "manager"))
                .when().put("/api/v1/users/" + self).then().statusCode(409).contentType("application/problem+json");
        var admin = Fixtures.signIn(Fixtures.admin());
        given().filter(admin).when().get("/users/" + self).then().statusCode(200)
                .body(containsString("You cannot disable your own account"), not(containsString("Disable the account")));
        Forms.post(admin, "/users/" + self + "/disable", Map.of()).then().statusCode(409)
                .body(containsString("You cannot disable your own account"));
        Fixtures.asAdmin().when().get("/api/v1/users/" + self).then().body("disabled", equalTo(false), "role", equalTo("admin"));
    }

    @Test
    void onlyAdminsReachTheSetUpPagesAndTheAccountApi() {
        var facility = Fixtures.facility("CA");
        var employee = Fixtures.employee(facility, Fixtures.role(facility));
        long someone = idOf(Fixtures.compliance());
        for (Credentials who : List.of(Fixtures.manager(facility), Fixtures.employeeUser(employee), Fixtures.regulator(), Fixtures.compliance())) {
            var browser = Fixtures.signIn(who);
            for (String page : List.of("/setup", "/users", "/users/" + someone, "/employers", "/facilities/new")) {
                given().filter(browser).redirects().follow(false).when().get(page).then().statusCode(403);
            }
            Forms.post(browser, "/users/" + someone + "/disable", Map.of()).then().statusCode(403);
            Fixtures.as(who).when().post("/api/v1/users/" + someone + "/disable").then().statusCode(403);
            Fixtures.as(who).contentType(ContentType.JSON).body(Map.of("password", "a-long-enough-password"))
                    .when().put("/api/v1/users/" + someone + "/password").then().statusCode(403);
        }
        Fixtures.asAdmin().when().get("/api/v1/users/" + someone).then().body("disabled", equalTo(false));
        given().filter(Fixtures.signIn(Fixtures.admin())).when().get("/setup").then().statusCode(200)
                .body(containsString("href=\"/employers\""), containsString("href=\"/facilities/new\""), containsString("href=\"/users\""));
    }
}
