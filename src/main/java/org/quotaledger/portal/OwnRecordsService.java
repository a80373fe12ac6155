package org.quotaledger.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.quotaledger.database.SqlRead;
import org.quotaledger.delivery.Delivery;
import org.quotaledger.delivery.DeliveryViews.DeliveryView;
import org.quotaledger.employee.Employee;
import org.quotaledger.employee.EmployeeViews;
import org.quotaledger.notice.Notice;
import org.quotaledger.notice.NoticeViews.OwnNotice;
import org.quotaledger.quota.QuotaDescription;
import org.quotaledger.quota.QuotaDescriptionViews.DecidedVersion;
import org.quotaledger.request.Complaint;
import org.quotaledger.request.ComplaintViews.ComplaintView;
import org.quotaledger.request.EmployeeRequest;
import org.quotaledger.request.RequestViews.RequestView;
import org.quotaledger.security.Access;
import org.quotaledger.web.NotFound;

import java.util.List;

/**
 * What {@code /me} shows of the signed-in employee, read in one round trip: who they are, the decided versions of
 * their role, and their four lists. The page every employee opens is the one read most, and six queries one after
 * the other cost it more than their rows (docs/benchmarks.md, "One round trip for the employee's lists"). Each list
 * is the read its feature's API lists answer with too (the employee's requests and complaints under
 * {@code /api/v1/me}, deliveries under {@code /api/v1/employees/{id}}).
 */
@ApplicationScoped
public class OwnRecordsService {

    /**
     * The employee, their role's decided versions oldest first, and what was handed to them, their notices, their
     * requests and their complaints, each newest first.
     */
    public record OwnRecords(EmployeeViews.Self self, List<DecidedVersion> roleVersions, List<DeliveryView> deliveries,
                             List<OwnNotice> notices, List<RequestView> requests, List<ComplaintView> complaints) {
    }

    @Inject
    Access access;

    @Transactional(Transactional.TxType.SUPPORTS)
    public OwnRecords read() {
        long id = access.selfId();
        var self = Employee.selfView(id);
        var roleVersions = QuotaDescription.decidedForEmployee(id);
        var deliveries = Delivery.viewsFor(id);
        var notices = Notice.ownedBy(id);
        var requests = EmployeeRequest.viewsFor(id);
        var complaints = Complaint.viewsFor(id);
        SqlRead.Lists lists = SqlRead.together(self, roleVersions, deliveries, notices, requests, complaints);
        EmployeeViews.Self employee = lists.of(self).stream().findFirst().orElseThrow(() -> new NotFound("employee", id));
        return new OwnRecords(employee, lists.of(roleVersions), lists.of(deliveries), lists.of(notices),
                lists.of(requests), lists.of(complaints));
    }
}
