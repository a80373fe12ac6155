package org.quotaledger.portal;

import org.quotaledger.law.DayCount;
import org.quotaledger.law.Deadline;
import org.quotaledger.law.FormerEmployees;
import org.quotaledger.law.Periods;
import org.quotaledger.law.RequestKind;
import org.quotaledger.law.RequestRight;
import org.quotaledger.law.StateLaw;
import org.quotaledger.law.StateLaws;

/**
 * What the portal tells an employee about asking for their records, written from their state's law, so the page
 * states the same window and deadline the app applies.
 *
 * @param scope    what the answer covers
 * @param deadline by when it is due
 * @param former   what a former employee may ask; empty where the law says nothing
 */
public record MyRights(String scope, String deadline, String former) {

    static MyRights of(String state) {
        StateLaw law = StateLaws.of(state);
        RequestRight data = law.request(RequestKind.WORK_SPEED_DATA).orElse(null);
        RequestRight descriptions = law.request(RequestKind.DESCRIPTION).orElse(null);
        if (data == null || descriptions == null) {
            return new MyRights("for your own work speed data. " + law.name() + " has no law that obliges your employer to answer, "
                    + "but you may still ask.", "", "");
        }
        String scope = "for your own work speed data"
                + (data.window() == null ? "" : " of the " + Periods.describe(data.window()) + " before your request")
                + (data.aggregate() ? ", with aggregated data of employees in similar roles" : "")
                + " (" + data.citation() + ").";
        Deadline forData = data.deadline();
        Deadline forDescriptions = descriptions.deadline();
        String deadline;
        if (forData == null || forDescriptions == null) {
            deadline = "No statutory deadline could be confirmed; your employer must still answer.";
        } else if (forData.count() == DayCount.CALENDAR && forData.days() == forDescriptions.days()) {
            deadline = "Your employer must answer within " + forData.describe() + " (" + forData.citation() + ").";
        } else {
            deadline = "Your employer must answer within " + forDescriptions.describe() + " (descriptions) or "
                    + forData.describe() + " (data) (" + forData.citation() + ").";
        }
        FormerEmployees f = law.formerEmployees();
        String window = data.window() == null ? "" : ", covering the " + Periods.describe(data.window()) + " before you left";
        String former = f.oneRequest() && f.within() != null
                ? "As a former employee you may make one request within " + Periods.describe(f.within()) + " of leaving" + window + "."
                : f.oneRequest() ? "As a former employee you may make one request" + window + "."
                : f.within() != null ? "As a former employee you may ask within " + Periods.describe(f.within()) + " of leaving" + window + "."
                : "";
        return new MyRights(scope, deadline, former);
    }
}
