package org.quotaledger.request;

import io.restassured.http.ContentType;
import org.quotaledger.testing.Fixtures;
import org.quotaledger.testing.Fixtures.Credentials;
import org.quotaledger.testing.Fixtures.Employee;
import org.quotaledger.testing.Fixtures.Facility;

import java.util.Map;

/** Requests taken through the API, as a manager would. */
final class RequestFixtures {

    private RequestFixtures() {
    }

    static long take(Credentials who, Employee employee, String receivedOn, String kind) {
        return Fixtures.as(who).contentType(ContentType.JSON)
                .body(Map.of("receivedOn", receivedOn, "kind", kind, "channel", "WRITTEN"))
                .when().post("/api/v1/employees/" + employee.id() + "/requests")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static String dueOn(Facility facility, String receivedOn, String kind) {
        Employee employee = Fixtures.employee(facility, Fixtures.role(facility));
        return Fixtures.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("receivedOn", receivedOn, "kind", kind, "channel", "ORAL"))
                .when().post("/api/v1/employees/" + employee.id() + "/requests")
                .then().statusCode(201).extract().jsonPath().getString("dueOn");
    }
}
