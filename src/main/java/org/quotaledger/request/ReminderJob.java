package org.quotaledger.request;

import org.quotaledger.time.AppClock;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.jboss.logging.Logger;
import org.quotaledger.audit.AuditLog;
import org.quotaledger.security.User;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * E-mails the facility's managers before a request falls due ({@code days-before}, default 3) and on the
 * due day itself, so no answer is late (Cal. Lab. Code §2104(b): 21 days; N.Y. Lab. Law §785(3): 14; RCW
 * 49.84.037(3): 2 or 7 business days). Runs on clustered Quartz, so one instance fires it; and each
 * reminder is claimed in {@code request_reminder} (primary key request + kind) before it is sent, in the
 * same transaction, so a reminder is never sent twice even if two instances run it at once.
 */
@ApplicationScoped
public class ReminderJob {

    private static final Logger LOG = Logger.getLogger(ReminderJob.class);

    public enum Kind { BEFORE_DUE, DUE_DAY }

    @Inject
    AppClock clock;

    @Inject
    Mailer mailer;

    @Inject
    AuditLog audit;

    @Inject
    ReminderConfig config;

    @Scheduled(identity = "request-reminders", cron = "{quotaledger.reminders.cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int sent = sendReminders();
        if (sent > 0) {
            LOG.infof("Sent %d request reminder(s)", sent);
        }
    }

    /**
     * Sends every reminder due now that has not been sent; returns how many were sent. Each reminder has
     * its own transaction, so one failing mail server answer does not hold back the others (it is retried
     * on the next run, as its claim rolled back with it).
     */
    public int sendReminders() {
        List<Long> open = QuarkusTransaction.requiringNew().call(() -> EmployeeRequest.<EmployeeRequest>list(
                        "status = ?1 and dueOn is not null order by dueOn", EmployeeRequest.Status.OPEN)
                .stream().map(r -> r.id).toList());
        int sent = 0;
        for (Long id : open) {
            try {
                if (QuarkusTransaction.requiringNew().call(() -> remind(id))) {
                    sent++;
                }
            } catch (RuntimeException e) {
                LOG.errorf(e, "Could not send the reminder for request %d; it is retried on the next run", id);
            }
        }
        return sent;
    }

    private boolean remind(long requestId) {
        EmployeeRequest r = EmployeeRequest.findById(requestId);
        if (r == null || !r.open()) {
            return false;
        }
        LocalDate today = clock.today(r.facility.state);
        Kind kind = !today.isBefore(r.dueOn) ? Kind.DUE_DAY
                : !today.isBefore(r.dueOn.minusDays(config.daysBefore())) ? Kind.BEFORE_DUE : null;
        return kind != null && remind(r, kind, today);
    }

    private boolean remind(EmployeeRequest r, Kind kind, LocalDate today) {
        List<String> to = User.<User>list("select distinct u from User u join u.facilityIds f where u.role = ?1 and f = ?2"
                + " and u.email is not null order by u.username", "manager", r.facility.id).stream().map(u -> u.email).toList();
        if (to.isEmpty()) {
            return false;
        }
        int claimed = Panache.getEntityManager().createNativeQuery("insert into request_reminder (request_id, kind, recipients)"
                        + " values (?1, ?2, ?3) on conflict do nothing")
                .setParameter(1, r.id).setParameter(2, kind.name()).setParameter(3, String.join(", ", to)).executeUpdate();
        if (claimed == 0) {
            return false;   // another instance (or an earlier run) sent it
        }
        String what = r.kind == org.quotaledger.law.RequestKind.DESCRIPTION
                ? "the written description of their quotas" : "their work speed data";
        String when = kind == Kind.DUE_DAY ? (RequestViews.isOverdue(r.dueOn, today) ? "was due on " + r.dueOn + " and is OVERDUE" : "is due TODAY (" + r.dueOn + ")")
                : "is due on " + r.dueOn;
        String subject = "[Quota Ledger] " + r.facility.code + ": request from " + r.employee.employeeNumber + " " + when;
        String body = "Employee " + r.employee.employeeNumber + " (" + r.employee.name + ") at " + r.facility.code + " "
                + r.facility.name + " asked on " + r.receivedOn + " for " + what + ".\n\nThe answer " + when + " ("
                + java.util.Objects.requireNonNullElse(r.deadlineCitation(), r.facility.state) + ").\n\n"
                + "Answer it under Requests in Quota Ledger: one action builds, signs and delivers the packet.\n";
        Mail mail = Mail.withText(to.getFirst(), subject, body);
        to.stream().skip(1).forEach(mail::addTo);
        mailer.send(mail);
        audit.appendAs("system", "request.reminder-sent", "employee_request", r.id, r.facility.id, null,
                Map.of("kind", kind.name(), "dueOn", r.dueOn.toString(), "recipients", to));
        return true;
    }
}
