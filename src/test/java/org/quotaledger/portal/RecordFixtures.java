package org.quotaledger.portal;

import io.restassured.filter.cookie.CookieFilter;
import io.restassured.response.ValidatableResponse;
import org.quotaledger.testing.Fixtures;
import org.quotaledger.testing.Fixtures.Employee;
import org.quotaledger.testing.Fixtures.Facility;
import org.quotaledger.testing.Fixtures.JobRole;

import java.util.Map;

import static io.restassured.RestAssured.given;

/** An employee whose role has a version in force, and the record page's address and forms. */
public final class RecordFixtures {

    private RecordFixtures() {
    }

    /** @param description the id of the role's version in force */
    public record Staffed(Facility facility, JobRole role, long description, Employee employee) {
        public String page() {
            return RecordFixtures.page(employee);
        }
    }

    /** A California facility with a role whose description is in force, and one employee in it. */
    public static Staffed staffed() {
        Facility facility = Fixtures.facility("CA");
        JobRole role = Fixtures.role(facility);
        long description = Fixtures.activeDescription(facility, role);
        return new Staffed(facility, role, description, Fixtures.employee(facility, role));
    }

    public static String page(Employee employee) {
        return "/facilities/" + employee.facilityId() + "/employees/" + employee.employeeNumber();
    }

    /** Posts a page's form as the signed-in browser does, with its CSRF token; redirects are not followed. */
    public static ValidatableResponse post(CookieFilter browser, String path, Map<String, String> fields) {
        var request = given().filter(browser).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam(Fixtures.CSRF_FIELD, Fixtures.csrfToken(browser));
        fields.forEach(request::formParam);
        return request.when().post(path).then();
    }

    public static int count(String apiPath) {
        return Fixtures.asAdmin().when().get(apiPath).then().statusCode(200).extract().jsonPath().getList("$").size();
    }
}
