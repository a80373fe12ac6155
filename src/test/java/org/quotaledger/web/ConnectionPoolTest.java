package org.quotaledger.web;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.quotaledger.testing.AtOnce;
import org.quotaledger.testing.Fixtures;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * More requests at once than the database pool has connections. A request that opened a transaction of its own while
 * holding its first connection needed a second: with every connection held by such a request, each waited for the
 * pool until it gave up, and answered 500. Each request now holds one at a time, so all are answered.
 */
@QuarkusTest
class ConnectionPoolTest {

    @TestHTTPResource("/")
    URL base;

    private static int moreThanThePool() {
        return ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.max-size", Integer.class) + 10;
    }

    @Test
    void moreWorkSpeedUploadsAtOnceThanThePoolHasConnectionsAreAllStored() throws Exception {
        var facility = Fixtures.facility();
        var role = Fixtures.role(facility);
        int uploads = moreThanThePool();
        List<String> numbers = java.util.stream.IntStream.range(0, uploads)
                .mapToObj(i -> Fixtures.employee(facility, role).employeeNumber()).toList();

        List<HttpResponse<String>> answers = AtOnce.send(base, Fixtures.admin(), uploads, i -> new AtOnce.Call("POST",
                "/api/v1/facilities/" + facility.id() + "/work-speed",
                "employee_number,date,metric,units,time_on_task_minutes\n" + numbers.get(i) + ",2026-03-02,picks,100,400\n",
                Map.of("Content-Type", "text/csv", "Idempotency-Key", "pool-" + Fixtures.unique())));

        assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).as(a.body()).isEqualTo(200));
        assertThat(answers).allSatisfy(a -> assertThat(Fixtures.tree(a.body()).get("stored").asInt()).isEqualTo(1));
    }

    @Test
    void moreComplianceReadsAtOnceThanThePoolHasConnectionsAreAllAnsweredByOneRun() throws Exception {
        var facility = Fixtures.facility();
        var role = Fixtures.role(facility);
        Fixtures.activeDescription(facility, role);
        String newcomer = Fixtures.employee(facility, role).employeeNumber();

        List<HttpResponse<String>> answers = AtOnce.send(base, Fixtures.admin(), moreThanThePool(),
                i -> new AtOnce.Call("GET", "/api/v1/facilities/" + facility.id() + "/compliance", null, Map.of()));

        assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).as(a.body()).isEqualTo(200));
        assertThat(answers.stream().map(a -> Fixtures.tree(a.body()))).allSatisfy(report -> {
            assertThat(report.at("/employeesWithoutCurrentDescription/0/employeeNumber").asText()).isEqualTo(newcomer);
            assertThat(report.at("/run/trigger").asText()).contains("added");
        });
        assertThat(answers.stream().map(a -> Fixtures.tree(a.body()).at("/run/id").asLong()).distinct())
                .as("the waiting change is judged once, whoever read first").hasSize(1);
    }
}
