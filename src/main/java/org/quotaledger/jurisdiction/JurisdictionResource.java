package org.quotaledger.jurisdiction;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.quotaledger.jurisdiction.JurisdictionViews.DeadlineAnswer;
import org.quotaledger.jurisdiction.JurisdictionViews.LawView;

import java.util.List;

/** The public law table: no login, read-only. Parameters are read as text so a bad one is a 400 naming it. */
@Path("/api/v1/jurisdictions")
@Tag(name = "Law table (public)")
@PermitAll
public class JurisdictionResource {

    @Inject
    LawTable table;

    @GET
    @Operation(summary = "Every jurisdiction with its facts and citations: deadlines, data windows, former employees, "
            + "change notices, languages, retention, penalties, retaliation, time zone, holidays (of ?year=) and agency")
    public List<LawView> all(@RestQuery String year) {
        return table.all(year);
    }

    @GET
    @Path("{state}")
    @Operation(summary = "One jurisdiction's facts and citations")
    public LawView one(@RestPath String state, @RestQuery String year) {
        return table.one(state, year);
    }

    @GET
    @Path("{state}/deadlines")
    @Operation(summary = "When a request is due: ?kind=DESCRIPTION|WORK_SPEED_DATA&receivedOn=YYYY-MM-DD&former=true|false "
            + "(optional: separatedOn, priorRequests since leaving); any date, past or future")
    public DeadlineAnswer deadline(@RestPath String state, @RestQuery String kind, @RestQuery String receivedOn,
                                   @RestQuery String former, @RestQuery String separatedOn, @RestQuery String priorRequests) {
        return table.deadline(state, kind, receivedOn, former, separatedOn, priorRequests);
    }
}
