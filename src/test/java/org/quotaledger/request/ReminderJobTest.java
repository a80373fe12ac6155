package org.quotaledger.request;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.quotaledger.testing.Fixtures;
import org.quotaledger.testing.Fixtures.Credentials;
import org.quotaledger.testing.Fixtures.Employee;
import org.quotaledger.testing.Fixtures.Facility;
import org.quotaledger.testing.GreenMailResource;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class ReminderJobTest {

    @Inject
    ReminderJob job;

    private static Credentials managerWithEmail(Facility facility, String email) {
        String username = "manager-" + Fixtures.unique();
        Fixtures.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", Fixtures.PASSWORD, "role", "manager",
                        "email", email, "facilityIds", List.of(facility.id())))
                .when().post("/api/v1/users").then().statusCode(201);
        return new Credentials(username, Fixtures.PASSWORD);
    }

    private static List<MimeMessage> mailTo(String address) {
        return Arrays.stream(GreenMailResource.greenMail().getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Test
    void theManagersAreRemindedOnceBeforeARequestFallsDue() throws Exception {
        Facility facility = Fixtures.facility("CA");
        String email = "mgr-" + Fixtures.unique() + "@example.test";
        Credentials manager = managerWithEmail(facility, email);
        Employee employee = Fixtures.employee(facility, Fixtures.role(facility));
        LocalDate today = LocalDate.now(ZoneId.of("America/Los_Angeles"));
        // received 19 days ago: due in 2 days (§2104(b): 21 calendar days), inside the 3-day reminder window
        RequestFixtures.take(manager, employee, today.minusDays(19).toString(), "WORK_SPEED_DATA");

        job.sendReminders();
        job.sendReminders();   // a second run, as a second instance would: nothing new

        List<MimeMessage> received = mailTo(email);
        assertThat(received).hasSize(1);
        assertThat(received.getFirst().getSubject()).contains(facility.code()).contains(employee.employeeNumber())
                .contains("due on " + today.plusDays(2));
    }

    @Test
    void aRequestFarFromItsDueDayIsNotRemindedYet() {
        Facility facility = Fixtures.facility("CA");
        String email = "mgr-" + Fixtures.unique() + "@example.test";
        Credentials manager = managerWithEmail(facility, email);
        Employee employee = Fixtures.employee(facility, Fixtures.role(facility));
        RequestFixtures.take(manager, employee, LocalDate.now(ZoneId.of("America/Los_Angeles")).toString(), "DESCRIPTION");

        job.sendReminders();

        assertThat(mailTo(email)).isEmpty();
    }
}
