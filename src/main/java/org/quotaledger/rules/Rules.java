package org.quotaledger.rules;

import org.quotaledger.document.QuotaDocument;
import org.quotaledger.document.QuotaDocument.FacilityBlock;
import org.quotaledger.document.QuotaDocument.Quota;
import org.quotaledger.rules.FacilityFacts.ActiveDescription;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Factories for the usual shapes of {@link Rule}, so each pack states only the check itself:
 * a rule on the whole document, on each quota, on the facility block (coverage), on the registry's
 * records, or an informational note.
 */
public final class Rules {

    /** Why a records rule says N/A from a document check (v1 spec, "Findings"). */
    public static final String ON_RECORDS =
            "Not checkable from the document alone: evaluated on the registry's records.";

    private Rules() {
    }

    /**
     * A rule on the whole document. In a facility check it runs on each active description, with the
     * description named in the subject.
     */
    public static Rule document(Function<QuotaDocument, Verdict> check) {
        return evaluation -> onDescriptions(evaluation, doc -> List.of(check.apply(doc)));
    }

    /** A rule applied to each quota: one verdict per quota, subject {@code quotas[i]}. */
    public static Rule eachQuota(BiFunction<QuotaDocument, Quota, Verdict> check) {
        return evaluation -> onDescriptions(evaluation, doc -> perQuota(doc, check));
    }

    /** A rule on each quota plus, when present, an extra document-level verdict (e.g. a TOT system). */
    public static Rule eachQuotaAnd(BiFunction<QuotaDocument, Quota, Verdict> check,
                                    Function<QuotaDocument, List<Verdict>> extra) {
        return evaluation -> onDescriptions(evaluation, doc -> {
            List<Verdict> verdicts = new ArrayList<>();
            List<Verdict> more = extra.apply(doc);
            if (!doc.quotas().isEmpty() || more.isEmpty()) {
                verdicts.addAll(perQuota(doc, check));
            }
            verdicts.addAll(more);
            return verdicts;
        });
    }

    /** A rule on the facility block: the registry's in a facility check, the document's otherwise. */
    public static Rule facility(Function<FacilityBlock, Verdict> check) {
        return evaluation -> List.of(check.apply(evaluation.facility()));
    }

    /** A rule that needs the registry's records; from a document alone it is N/A. */
    public static Rule records(Function<Evaluation, List<Verdict>> check) {
        return evaluation -> evaluation.isDocumentCheck() ? List.of(Verdict.na(ON_RECORDS)) : check.apply(evaluation);
    }

    /** A rule with a document part and a records part; a facility check reports both. */
    public static Rule documentAndRecords(Rule onDocument, Function<Evaluation, List<Verdict>> onRecords) {
        return evaluation -> {
            if (evaluation.isDocumentCheck()) {
                return onDocument.check(evaluation);
            }
            List<Verdict> verdicts = new ArrayList<>(onDocument.check(evaluation));
            verdicts.addAll(onRecords.apply(evaluation));
            return verdicts;
        };
    }

    /** A rule that informs (enforcement context, unverified provisions) but never passes or fails. */
    public static Rule info(String message) {
        return evaluation -> List.of(Verdict.na(message));
    }

    /** The most serious of several partial verdicts, with their messages joined. */
    public static Verdict worst(List<Verdict> parts) {
        Verdict worst = parts.stream().min(Comparator.comparingInt(v -> rank(v.outcome()))).orElseThrow();
        List<String> messages = parts.stream().filter(v -> v.outcome() == worst.outcome())
                .map(Verdict::message).toList();
        return new Verdict(worst.outcome(), String.join(" ", messages), worst.subject());
    }

    private static int rank(Outcome outcome) {
        return switch (outcome) {
            case FAIL -> 0;
            case NEEDS_REVIEW -> 1;
            case PENDING -> 2;
            case PASS -> 3;
            case N_A -> 4;
        };
    }

    private static List<Verdict> perQuota(QuotaDocument doc, BiFunction<QuotaDocument, Quota, Verdict> check) {
        if (doc.quotas().isEmpty()) {
            return List.of(Verdict.na("The description lists no quota."));
        }
        List<Verdict> verdicts = new ArrayList<>(doc.quotas().size());
        for (int i = 0; i < doc.quotas().size(); i++) {
            verdicts.add(check.apply(doc, doc.quotas().get(i)).on("quotas[" + i + "]"));
        }
        return verdicts;
    }

    private static List<Verdict> onDescriptions(Evaluation evaluation, Function<QuotaDocument, List<Verdict>> check) {
        if (evaluation.isDocumentCheck()) {
            return check.apply(evaluation.document());
        }
        List<ActiveDescription> descriptions = evaluation.facts().descriptions();
        if (descriptions.isEmpty()) {
            return List.of(Verdict.na("The facility has no active quota description."));
        }
        List<Verdict> verdicts = new ArrayList<>();
        for (ActiveDescription description : descriptions) {
            for (Verdict verdict : check.apply(description.document())) {
                verdicts.add(verdict.within(description.label()));
            }
        }
        return verdicts;
    }
}
