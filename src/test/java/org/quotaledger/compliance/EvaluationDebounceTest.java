package org.quotaledger.compliance;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.quotaledger.facility.FacilityChanged;
import org.quotaledger.testing.Fixtures;
import org.quotaledger.testing.Fixtures.Employee;
import org.quotaledger.testing.Fixtures.Facility;
import org.quotaledger.testing.Fixtures.JobRole;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Re-evaluation after changes is debounced (issue #15): a burst of changes is judged by a bounded number of runs, the
 * last of which reflects the last change, even with two workers (two instances) polling every 50 ms all along.
 */
@QuarkusTest
class EvaluationDebounceTest {

    private static final int EMPLOYEES = 20;
    private static final int CHANGES = 1000;

    @Inject
    EvaluationWorker worker;

    @Inject
    EvaluationRequests requests;

    @Inject
    Event<FacilityChanged> changes;

    @Test
    void aThousandChangesInABurstAreJudgedByAtMostThreeRunsAndTheLastSeesThemAll() throws Exception {
        Facility facility = Fixtures.facility();
        JobRole role = Fixtures.role(facility);
        List<Employee> staff = new ArrayList<>();
        for (int i = 0; i < EMPLOYEES; i++) {
            staff.add(Fixtures.employee(facility, role));
        }
        long description = Fixtures.activeDescription(facility, role);
        assertThat(missing(facility)).hasSize(EMPLOYEES);           // reading the report answered the changes so far
        int runsBefore = runs(facility).size();

        AtomicBoolean bursting = new AtomicBoolean(true);
        ExecutorService instances = Executors.newFixedThreadPool(2);
        List<Future<Integer>> polls = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            polls.add(instances.submit(() -> {
                int stored = 0;
                while (bursting.get()) {
                    stored += worker.evaluateDue();
                    Thread.sleep(50);
                }
                return stored;
            }));
        }
        try {
            // 980 changes announced as the services announce a recorded delivery, each committed on its own (a thousand
            // HTTP calls would take the suite a minute on two cores), then a paper copy for each employee through the API.
            for (int i = 0; i < CHANGES - EMPLOYEES; i++) {
                QuarkusTransaction.requiringNew().run(() -> changes.fire(new FacilityChanged(facility.id(), "delivery recorded")));
            }
            for (Employee employee : staff) {
                Fixtures.asAdmin().contentType(ContentType.JSON)
                        .body(Map.of("descriptionId", description, "channel", "PAPER", "language", "en"))
                        .when().post("/api/v1/employees/" + employee.id() + "/deliveries")
                        .then().statusCode(201);
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (pending(facility) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
        } finally {
            bursting.set(false);
            instances.shutdown();
        }
        for (Future<Integer> poll : polls) {
            poll.get(30, TimeUnit.SECONDS);
        }
        assertThat(pending(facility)).as("the burst's request was answered by the workers").isFalse();

        List<String> triggers = runs(facility).subList(0, runs(facility).size() - runsBefore);
        assertThat(triggers).hasSizeBetween(1, 3);
        assertThat(triggers.getLast()).startsWith("delivery recorded (").endsWith(" changes)");
        assertThat(triggers.getFirst()).startsWith("delivery recorded");
        JsonPath report = Fixtures.asAdmin().when().get("/api/v1/facilities/" + facility.id() + "/compliance")
                .then().statusCode(200).extract().jsonPath();
        assertThat(report.getString("run.trigger")).isEqualTo(triggers.getFirst());
        assertThat(report.getList("employeesWithoutCurrentDescription")).isEmpty();
        assertThat(report.getList("findings.findAll { it.ruleId == 'CA-2101-CONTENT-EACH-QUOTA' && it.outcome == 'FAIL' }"))
                .isEmpty();
    }

    @Test
    void aChangeThatWaitsIsAnsweredByTheNextReadOfTheRunsNotLeftStale() {
        Facility facility = Fixtures.facility();
        JobRole role = Fixtures.role(facility);
        Fixtures.employee(facility, role);
        assertThat(pending(facility)).isTrue();

        List<String> triggers = runs(facility);

        assertThat(pending(facility)).isFalse();
        assertThat(triggers.getFirst()).contains("added");
        assertThat(worker.evaluateDue()).as("nothing left for the worker").isZero();
    }

    @Test
    void aRegulatorReadingWhileAChangeWaitsSeesItJudgedAndStoresNothing() {
        Facility facility = Fixtures.facility();
        JobRole role = Fixtures.role(facility);
        Fixtures.activeDescription(facility, role);
        assertThat(missing(facility)).isEmpty();
        int runs = runs(facility).size();
        Employee newcomer = Fixtures.employee(facility, role);
        assertThat(pending(facility)).isTrue();

        JsonPath report = Fixtures.as(Fixtures.regulator()).when().get("/api/v1/facilities/" + facility.id() + "/compliance")
                .then().statusCode(200).extract().jsonPath();

        assertThat(report.getList("employeesWithoutCurrentDescription.employeeNumber")).containsExactly(newcomer.employeeNumber());
        assertThat(report.getString("run.id")).isNull();
        assertThat(report.getString("run.trigger")).startsWith("re-checked for this view");
        assertThat(pending(facility)).as("left for a run that stores").isTrue();
        assertThat(runs(facility)).hasSize(runs + 1).first().asString().contains("added");
    }

    private static List<String> missing(Facility facility) {
        return Fixtures.asAdmin().when().get("/api/v1/facilities/" + facility.id() + "/compliance")
                .then().statusCode(200).extract().jsonPath().getList("employeesWithoutCurrentDescription.employeeNumber");
    }

    /** The triggers of the facility's stored runs, newest first. */
    private static List<String> runs(Facility facility) {
        return Fixtures.asAdmin().when().get("/api/v1/facilities/" + facility.id() + "/evaluations")
                .then().statusCode(200).extract().jsonPath().getList("trigger", String.class);
    }

    private boolean pending(Facility facility) {
        return QuarkusTransaction.requiringNew().call(() -> requests.pending(facility.id()));
    }
}
