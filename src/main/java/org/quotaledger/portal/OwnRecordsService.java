package org.quotaledger.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.quotaledger.database.SqlRead;
import org.quotaledger.delivery.Delivery;
import org.quotaledger.delivery.DeliveryViews.DeliveryView;
import org.quotaledger.notice.Notice;
import org.quotaledger.notice.NoticeViews.OwnNotice;
import org.quotaledger.request.Complaint;
import org.quotaledger.request.ComplaintViews.ComplaintView;
import org.quotaledger.request.EmployeeRequest;
import org.quotaledger.request.RequestViews.RequestView;
import org.quotaledger.security.Access;

import java.util.List;

/**
 * The signed-in employee's four lists on {@code /me}, read in one round trip: the page every employee opens is the
 * one read most, and four queries one after the other cost it more than their rows (docs/benchmarks.md, "One round
 * trip for the employee's lists"). Each list is the read its feature's API lists answer with too (the employee's
 * requests and complaints under {@code /api/v1/me}, deliveries under {@code /api/v1/employees/{id}}).
 */
@ApplicationScoped
public class OwnRecordsService {

    /** What was handed to the employee, their notices, their requests and their complaints, each newest first. */
    public record OwnRecords(List<DeliveryView> deliveries, List<OwnNotice> notices, List<RequestView> requests,
                             List<ComplaintView> complaints) {
    }

    @Inject
    Access access;

    @Transactional(Transactional.TxType.SUPPORTS)
    public OwnRecords read() {
        long self = access.selfId();
        var deliveries = Delivery.viewsFor(self);
        var notices = Notice.ownedBy(self);
        var requests = EmployeeRequest.viewsFor(self);
        var complaints = Complaint.viewsFor(self);
        SqlRead.Lists lists = SqlRead.together(deliveries, notices, requests, complaints);
        return new OwnRecords(lists.of(deliveries), lists.of(notices), lists.of(requests), lists.of(complaints));
    }
}
