package org.quotaledger.rules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.quotaledger.time.AppClock;
import org.quotaledger.document.QuotaDocument;

import java.util.List;

/** The rules engine as the application uses it: one engine with the standard packs, shared by every request. */
@ApplicationScoped
public class RulesService {

    private final RulesEngine engine;

    @Inject
    public RulesService(AppClock clock) {
        engine = new RulesEngine(RulePacks.standard(), clock.clock());
    }

    public RulesEngine engine() {
        return engine;
    }

    /** The findings of one document against its jurisdiction's pack; stores nothing. */
    public List<Finding> check(QuotaDocument document) {
        return engine.check(document);
    }

    public static List<Finding> failures(List<Finding> findings) {
        return findings.stream().filter(f -> f.outcome() == Outcome.FAIL).toList();
    }
}
