package org.quotaledger.metrics;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.quotaledger.notice.QueuedNoticeJobs;
import org.quotaledger.testing.Fixtures;
import org.quotaledger.testing.Fixtures.Credentials;
import org.quotaledger.testing.Fixtures.Employee;
import org.quotaledger.testing.Fixtures.Facility;
import org.quotaledger.testing.Fixtures.JobRole;

import java.time.Duration;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /q/metrics} shows the figures an operator watches, per facility code, after requests, notices and an
 * evaluation: the database's figures (the same on every instance) and this instance's own counts.
 */
@QuarkusTest
class MetricsTest {

    @Inject
    QueuedNoticeJobs queue;

    @Test
    void theBusinessFiguresOfAFacilityShowAfterRequestsNoticesAndAnEvaluation() {
        Facility facility = Fixtures.facility("CA");
        JobRole role = Fixtures.role(facility);
        long description = Fixtures.activeDescription(facility, role);
        Credentials manager = Fixtures.manager(facility);
        Employee recent = Fixtures.employee(facility, role);
        Employee late = Fixtures.employee(facility, role);
        Employee third = Fixtures.employee(facility, role);
        String code = facility.code();
        String scrape = metrics();
        double evaluationsBefore = value(scrape, "quotaledger_evaluation_duration_seconds_count", "cause=\"on_demand\"").orElse(0);

        // One request received today (due in 21 days), one received 60 days ago: overdue since day 21 (Cal. Lab. Code §2104(b)).
        take(manager, recent, Fixtures.today("CA").toString());
        take(manager, late, Fixtures.today("CA").minusDays(60).toString());
        Fixtures.as(manager).when().post("/api/v1/employees/" + recent.id() + "/notices").then().statusCode(201);
        Fixtures.as(manager).contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/v1/facilities/" + facility.id() + "/notice-jobs").then().statusCode(202);
        int failed = Fixtures.as(manager).when().post("/api/v1/facilities/" + facility.id() + "/evaluations")
                .then().statusCode(200).extract().jsonPath().getInt("fail");

        scrape = metrics();
        String of = "facility=\"" + code + "\"";
        assertThat(value(scrape, "quotaledger_requests_open", of)).hasValue(2);
        assertThat(value(scrape, "quotaledger_requests_overdue", of)).hasValue(1);
        assertThat(value(scrape, "quotaledger_notices_issued_total", of + ",kind=\"employee\"")).hasValue(1);
        assertThat(value(scrape, "quotaledger_notice_jobs_unfinished", of)).hasValue(1);
        assertThat(value(scrape, "quotaledger_notice_jobs_notices", of)).hasValue(3);
        assertThat(value(scrape, "quotaledger_notice_jobs_issued", of)).hasValue(0);
        assertThat(value(scrape, "quotaledger_notice_jobs_failed", of)).hasValue(0);
        assertThat(failed).as("the overdue request alone fails a rule").isPositive();
        assertThat(value(scrape, "quotaledger_findings_failed", of)).hasValue(failed);
        assertThat(value(scrape, "quotaledger_evaluation_duration_seconds_count", "cause=\"on_demand\""))
                .hasValue(evaluationsBefore + 1);
        assertThat(value(scrape, "quotaledger_facilities", null).orElseThrow()).isGreaterThanOrEqualTo(1);
        // The audit chain's status is what the checks recorded: present from the first start on.
        assertThat(value(scrape, "quotaledger_audit_events_after_signed_head", null).orElseThrow()).isGreaterThanOrEqualTo(0);
        assertThat(scrape).contains("quotaledger_audit_chain_intact ", "quotaledger_audit_signed_head_timestamp_seconds ");

        // Whoever made the figures, the figures name no one.
        for (Employee e : new Employee[] {recent, late, third}) {
            assertThat(scrape).doesNotContain(e.name()).doesNotContain(e.employeeNumber());
        }
        assertThat(scrape).doesNotContain(manager.username());

        // The job done, its notices count as this instance's and the job is no longer unfinished.
        queue.work();
        scrape = metrics();
        assertThat(value(scrape, "quotaledger_notices_issued_total", of + ",kind=\"employee\"")).hasValue(4);
        assertThat(value(scrape, "quotaledger_notice_jobs_unfinished", of)).hasValue(0);
        assertThat(value(scrape, "quotaledger_notice_jobs_notices", of)).hasValue(0);
    }

    @Test
    void theMetricsAreInPrometheusTextFormatWithTheSecurityHeaders() {
        given().accept("text/plain").when().get("/q/metrics").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/plain"))
                .header("X-Content-Type-Options", "nosniff").header("Cache-Control", "no-store");
    }

    private static void take(Credentials manager, Employee employee, String receivedOn) {
        Fixtures.as(manager).contentType(ContentType.JSON)
                .body(Map.of("receivedOn", receivedOn, "kind", "DESCRIPTION", "channel", "WRITTEN"))
                .when().post("/api/v1/employees/" + employee.id() + "/requests").then().statusCode(201);
    }

    /**
     * The text of a scrape with figures read after every change made so far: once the test profile's cache time
     * (0.5 s) has passed, the first scrape reads the database anew; rows for a facility that reading saw first are
     * registered by it and show from the next scrape on, which (within the cache time) reports that same reading.
     */
    private static String metrics() {
        try {
            Thread.sleep(ConfigProvider.getConfig().getValue("quotaledger.metrics.cache", Duration.class).toMillis() + 100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        given().when().get("/q/metrics").then().statusCode(200);
        return given().when().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The value of the sample {@code name{labels}} (labels as printed, in order), or {@code name} without labels. */
    private static OptionalDouble value(String scrape, String name, String labels) {
        Pattern line = Pattern.compile("^" + Pattern.quote(name) + (labels == null ? "" : "\\{" + Pattern.quote(labels) + ",?\\}")
                + " (\\S+)$", Pattern.MULTILINE);
        Matcher m = line.matcher(scrape);
        return m.find() ? OptionalDouble.of(Double.parseDouble(m.group(1))) : OptionalDouble.empty();
    }
}
