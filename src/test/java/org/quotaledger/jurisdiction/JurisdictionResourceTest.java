package org.quotaledger.jurisdiction;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/** The public law table, asked without signing in. */
@QuarkusTest
class JurisdictionResourceTest {

    @ParameterizedTest(name = "{0} {1} received {2} is due {3}")
    @CsvSource({
            "WA, DESCRIPTION,     2026-07-02, 2026-07-07, RCW 49.84.037(3)",
            "CA, WORK_SPEED_DATA, 2028-02-29, 2028-03-21, Cal. Lab. Code §2104(b)",
            "NY, WORK_SPEED_DATA, 2028-02-29, 2028-03-14, N.Y. Lab. Law §785(3)",
            "wa, WORK_SPEED_DATA, 2026-07-02, 2026-07-14, RCW 49.84.037(3)",
    })
    void anyoneAsksWhenARequestIsDue(String state, String kind, String received, String due, String citation) {
        given().when().get("/api/v1/jurisdictions/" + state + "/deadlines?kind=" + kind + "&receivedOn=" + received + "&former=false")
                .then().statusCode(200).contentType("application/json")
                .body("dueOn", equalTo(due)).body("citation", equalTo(citation)).body("required", equalTo(true));
    }

    @Test
    void theAnswerGivesTheWindowOfDataAndWhetherAggregatedDataIsRequired() {
        given().when().get("/api/v1/jurisdictions/CA/deadlines?kind=WORK_SPEED_DATA&receivedOn=2026-03-02")
                .then().statusCode(200).body("window.from", equalTo("2025-12-02")).body("window.to", equalTo("2026-03-01"))
                .body("aggregateRequired", equalTo(false)).body("former", equalTo(false));
        given().when().get("/api/v1/jurisdictions/WA/deadlines?kind=WORK_SPEED_DATA&receivedOn=2026-03-02")
                .then().statusCode(200).body("window.from", equalTo("2025-09-02")).body("aggregateRequired", equalTo(true));
        given().when().get("/api/v1/jurisdictions/MN/deadlines?kind=DESCRIPTION&receivedOn=2026-03-02")
                .then().statusCode(200).body("dueOn", nullValue()).body("required", equalTo(true));
    }

    @Test
    void formerEmployeesGetTheWindowBeforeLeavingAndWashingtonsRightEndsAfterThreeYears() {
        given().when().get("/api/v1/jurisdictions/CA/deadlines?kind=WORK_SPEED_DATA&receivedOn=2026-06-01&former=true&separatedOn=2026-01-31")
                .then().statusCode(200).body("former", equalTo(true)).body("window.to", equalTo("2026-01-30"));
        given().when().get("/api/v1/jurisdictions/CA/deadlines?kind=WORK_SPEED_DATA&receivedOn=2026-06-01&former=true&priorRequests=1")
                .then().statusCode(200).body("required", equalTo(false)).body("dueOn", nullValue())
                .body("notRequiredReason", containsString("§2104(a)(3)"));
        given().when().get("/api/v1/jurisdictions/WA/deadlines?kind=DESCRIPTION&receivedOn=2026-02-02&former=true&separatedOn=2023-01-31")
                .then().statusCode(200).body("required", equalTo(false))
                .body("notRequiredReason", containsString("RCW 49.84.037(2)"));
        given().when().get("/api/v1/jurisdictions/IL/deadlines?kind=DESCRIPTION&receivedOn=2026-02-02")
                .then().statusCode(200).body("required", equalTo(false)).body("notRequiredReason", containsString("Illinois"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "kind=PICKS&receivedOn=2026-07-02|kind",
            "receivedOn=2026-07-02|kind",
            "kind=DESCRIPTION|receivedOn",
            "kind=DESCRIPTION&receivedOn=2026-02-30|receivedOn",
            "kind=DESCRIPTION&receivedOn=yesterday|receivedOn",
            "kind=DESCRIPTION&receivedOn=2026-07-02&former=yes|former",
            "kind=DESCRIPTION&receivedOn=2026-07-02&former=false&separatedOn=2026-01-01|separatedOn",
            "kind=DESCRIPTION&receivedOn=2026-07-02&separatedOn=2026-08-01|separatedOn",
            "kind=DESCRIPTION&receivedOn=2026-07-02&former=true&priorRequests=-1|priorRequests",
    })
    void aBadParameterIsA400ProblemNamingIt(String query, String field) {
        given().when().get("/api/v1/jurisdictions/WA/deadlines?" + query)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }

    @Test
    void anUnknownStateIsNotFound() {
        given().when().get("/api/v1/jurisdictions/TX/deadlines?kind=DESCRIPTION&receivedOn=2026-07-02")
                .then().statusCode(404).contentType("application/problem+json").body("detail", containsString("CA, NY, WA"));
        given().when().get("/api/v1/jurisdictions?year=abc").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void theTableListsEveryJurisdictionWithItsFactsAndCitations() {
        var json = given().when().get("/api/v1/jurisdictions?year=2026").then().statusCode(200).extract().jsonPath();
        assertThat(json.getList("code", String.class)).containsExactly("CA", "NY", "WA", "MN", "OR", "US", "IL");
        assertThat(json.getString("find { it.code == 'CA' }.timeZone")).isEqualTo("America/Los_Angeles");
        assertThat(json.getInt("find { it.code == 'CA' }.requests.find { it.kind == 'DESCRIPTION' }.deadlineDays")).isEqualTo(21);
        assertThat(json.getString("find { it.code == 'WA' }.requests.find { it.kind == 'WORK_SPEED_DATA' }.window")).isEqualTo("P6M");
        assertThat(json.getBoolean("find { it.code == 'WA' }.requests.find { it.kind == 'WORK_SPEED_DATA' }.aggregateRequired")).isTrue();
        assertThat(json.getString("find { it.code == 'WA' }.formerEmployees.within")).isEqualTo("P3Y");
        assertThat(json.getString("find { it.code == 'NY' }.retention.citation")).isEqualTo("N.Y. Lab. Law §784");
        assertThat(json.getBoolean("find { it.code == 'NY' }.languages.english")).isTrue();
        assertThat(json.getString("find { it.code == 'CA' }.retention")).isNull();
        assertThat(json.getInt("find { it.code == 'NY' }.penalties.first")).isEqualTo(1000);
        assertThat(json.getList("find { it.code == 'NY' }.coverage.excludedJobFunctions", String.class)).contains("DRIVER", "COURIER");
        assertThat(json.getInt("find { it.code == 'MN' }.coverage.siteThreshold")).isEqualTo(250);
        assertThat(json.getList("find { it.code == 'WA' }.calendar.holidays.observed", String.class)).contains("2026-07-03");
        assertThat(json.getString("find { it.code == 'OR' }.agency.name")).contains("BOLI");
        assertThat(json.getInt("find { it.code == 'CA' }.rules")).isGreaterThan(20);
        given().when().get("/api/v1/jurisdictions/ny").then().statusCode(200).body("name", equalTo("New York"))
                .body("changeNotice.businessDays", equalTo(2));
    }

    @Test
    void thePageShowsTheTableAndAnswersWithoutSigningIn() {
        String page = RestAssured.given().accept("text/html").when()
                .get("/jurisdictions?state=WA&kind=DESCRIPTION&receivedOn=2026-07-02&former=false")
                .then().statusCode(200).contentType(containsString("text/html")).extract().asString();
        assertThat(page).contains("Due on 2026-07-07", "RCW 49.84.037(3)", "Cal. Lab. Code §2104(b)", "N.Y. Lab. Law §784",
                "America/Chicago", "href=\"/jurisdictions\"");
        RestAssured.given().accept("text/html").when().get("/jurisdictions?state=WA&kind=DESCRIPTION&receivedOn=nope")
                .then().statusCode(400);
        assertThat(List.of(RestAssured.given().accept("text/html").when().get("/verify").then().extract().asString()))
                .allSatisfy(p -> assertThat(p).contains("href=\"/jurisdictions\""));
    }
}
