package org.quotaledger.jurisdiction;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestQuery;
import org.quotaledger.jurisdiction.JurisdictionViews.DeadlineAnswer;
import org.quotaledger.jurisdiction.JurisdictionViews.LawView;

import java.util.List;

/** The law table page, public: every state's facts side by side, and a "when is it due?" form. */
@Path("/jurisdictions")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class JurisdictionPages {

    @CheckedTemplate(basePath = "jurisdiction")
    static class Templates {
        static native TemplateInstance table(List<LawView> laws, DeadlineAnswer answer, Query query);
    }

    /** What the form asked, to show it again with the answer. */
    public record Query(String state, String kind, String receivedOn, String former, String separatedOn) {
    }

    @Inject
    LawTable table;

    @GET
    public TemplateInstance page(@RestQuery String state, @RestQuery String kind, @RestQuery String receivedOn,
                                 @RestQuery String former, @RestQuery String separatedOn) {
        DeadlineAnswer answer = state == null || state.isBlank() ? null
                : table.deadline(state, kind, receivedOn, former, separatedOn, null);
        return Templates.table(table.all(null), answer, new Query(state, kind, receivedOn, former, separatedOn));
    }
}
