package org.quotaledger.notice;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.quotaledger.testing.Fixtures;
import org.quotaledger.testing.Fixtures.Credentials;
import org.quotaledger.testing.Fixtures.Facility;
import org.quotaledger.testing.Fixtures.JobRole;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Logs name no one: an employee whose name no font can fully draw is issued a notice, asks for their data and is
 * judged, and the log (the test profile's copy in target/quarkus-test.log) says which characters are missing but
 * carries neither the name nor the e-mail. Shown to fail: with NoticeFonts' warning as it was (it printed the text),
 * the log held the line {@code No configured font has every character of "Zqx... 𒀀𒀁"}.
 */
@QuarkusTest
class PersonalDataLogTest {

    /** Cuneiform: no default font (Liberation Sans, Droid Sans Fallback, Nanum Gothic, DejaVu Sans) has these. */
    private static final String UNDRAWABLE = "\uD808\uDC00\uD808\uDC01";

    @Test
    void anEmployeesNameAndEmailNeverReachTheLog() throws IOException {
        String marker = "Zqx" + letters(10);
        String name = marker + " " + UNDRAWABLE;
        String email = marker.toLowerCase() + "@example.test";
        Facility facility = Fixtures.facility("CA");
        JobRole role = Fixtures.role(facility);
        long description = Fixtures.activeDescription(facility, role);
        Credentials manager = Fixtures.manager(facility);
        Map<String, Object> input = Fixtures.employeeInput("E" + Fixtures.unique(), name, role);
        input.put("email", email);
        long employee = Fixtures.asAdmin().contentType(ContentType.JSON).body(input)
                .when().post("/api/v1/facilities/" + facility.id() + "/employees")
                .then().statusCode(201).extract().jsonPath().getLong("id");

        Fixtures.as(manager).when().post("/api/v1/employees/" + employee + "/notices").then().statusCode(201);
        Fixtures.as(manager).contentType(ContentType.JSON)
                .body(Map.of("receivedOn", Fixtures.today("CA").toString(), "kind", "DESCRIPTION", "channel", "WRITTEN"))
                .when().post("/api/v1/employees/" + employee + "/requests").then().statusCode(201);
        Fixtures.as(manager).when().post("/api/v1/facilities/" + facility.id() + "/evaluations").then().statusCode(200);

        String log = Files.readString(Path.of("target/quarkus-test.log"), StandardCharsets.UTF_8);
        assertThat(log).doesNotContain(marker).doesNotContain(UNDRAWABLE).doesNotContain(email);
        assertThat(log).as("the missing characters are reported, by code point").contains("U+12000 U+12001");
    }

    private static String letters(int count) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < count; i++) {
            s.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return s.toString();
    }
}
