package org.quotaledger.compliance;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.quotaledger.facility.FacilityChanged;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Facilities waiting to be evaluated again (table {@code evaluation_request}, migration V23). A change leaves one row
 * per facility however many changes come, in the change's own transaction; whoever evaluates takes the row with a
 * row lock in the transaction that stores the run, so among several instances one run answers a set of changes, and
 * a change committed while a run is being made leaves a new row for the next.
 */
@ApplicationScoped
public class EvaluationRequests {

    /** The changes a run answers: its trigger names them. */
    public record Pending(long facilityId, int changes, String reasons) {

        public String trigger() {
            return changes == 1 ? reasons : reasons + " (" + changes + " changes)";
        }
    }

    /**
     * In the changing transaction (or one of its own when the change was committed outside any), so the change and the
     * request to judge it commit together or not at all.
     */
    void onChange(@Observes FacilityChanged change) {
        String reason = change.reason().length() > 120 ? change.reason().substring(0, 120) : change.reason();
        QuarkusTransaction.joiningExisting().run(() -> Panache.getEntityManager().createNativeQuery("""
                        insert into evaluation_request (facility_id, first_requested_at, last_requested_at, changes, reasons)
                        values (:facility, now(), now(), 1, :reason)
                        on conflict (facility_id) do update set last_requested_at = now(),
                            changes = evaluation_request.changes + 1,
                            reasons = case when strpos('; ' || evaluation_request.reasons || '; ', '; ' || excluded.reasons || '; ') > 0
                                             or length(evaluation_request.reasons) > 200
                                           then evaluation_request.reasons
                                           else evaluation_request.reasons || '; ' || excluded.reasons end""")
                .setParameter("facility", change.facilityId()).setParameter("reason", reason).executeUpdate());
    }

    /**
     * Takes the facility's request, if any, in the caller's transaction: waits while another transaction evaluates it,
     * and then finds none (that run answered it).
     */
    Optional<Pending> take(long facilityId) {
        return first(Panache.getEntityManager().createNativeQuery(
                        "delete from evaluation_request where facility_id = :facility returning facility_id, changes, reasons")
                .setParameter("facility", facilityId).getResultList());
    }

    /** Whether a change at the facility waits for a run; reads without a lock. */
    boolean pending(long facilityId) {
        return !Panache.getEntityManager().createNativeQuery("select 1 from evaluation_request where facility_id = :facility")
                .setParameter("facility", facilityId).getResultList().isEmpty();
    }

    /**
     * Takes one request that is due (quiet for {@code quiet}, or first made {@code maxWait} ago), skipping those another
     * instance holds, in the caller's transaction.
     */
    Optional<Pending> takeDue(Duration quiet, Duration maxWait) {
        return first(Panache.getEntityManager().createNativeQuery("""
                        delete from evaluation_request where facility_id = (
                            select facility_id from evaluation_request
                            where (retry_after is null or retry_after < now())
                              and (last_requested_at <= now() - make_interval(secs => :quiet)
                                   or first_requested_at <= now() - make_interval(secs => :maxWait))
                            order by first_requested_at limit 1 for update skip locked)
                        returning facility_id, changes, reasons""")
                .setParameter("quiet", quiet.toMillis() / 1000.0).setParameter("maxWait", maxWait.toMillis() / 1000.0)
                .getResultList());
    }

    /** Leaves a request whose evaluation failed alone for {@code delay} (in a transaction of the caller's). */
    void postpone(long facilityId, Duration delay) {
        Panache.getEntityManager().createNativeQuery(
                        "update evaluation_request set retry_after = now() + make_interval(secs => :delay) where facility_id = :facility")
                .setParameter("delay", delay.toMillis() / 1000.0).setParameter("facility", facilityId).executeUpdate();
    }

    private static Optional<Pending> first(List<?> rows) {
        return rows.stream().findFirst().map(r -> (Object[]) r)
                .map(r -> new Pending(((Number) r[0]).longValue(), ((Number) r[1]).intValue(), (String) r[2]));
    }
}
