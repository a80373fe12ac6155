package org.quotaledger.rules;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.quotaledger.document.QuotaDocument;

import java.util.List;

/** "Check before you file": warehouse systems send a document and get the statute's verdict, nothing stored. */
@Path("/api/v1/checks")
@Tag(name = "Rules")
@Authenticated
public class CheckResource {

    public record CheckResult(List<Finding> findings) {
    }

    @Inject
    RulesService rules;

    @POST
    @Operation(summary = "Check a v1 quota description document against its jurisdiction's rule pack",
            description = "One finding per rule of the pack, and per quota where a rule applies to each quota. "
                    + "A non-compliant document is a valid request: the answer is 200 with FAIL findings.")
    public CheckResult check(@NotNull @Valid QuotaDocument document) {
        return new CheckResult(rules.check(document));
    }
}
