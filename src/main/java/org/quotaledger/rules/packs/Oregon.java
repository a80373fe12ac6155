package org.quotaledger.rules.packs;

import org.quotaledger.quota.QuotaDocument.CollectiveBargaining;
import org.quotaledger.quota.QuotaDocument.FacilityBlock;
import org.quotaledger.rules.RulePack;
import org.quotaledger.rules.Rules;
import org.quotaledger.rules.Verdict;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.quotaledger.rules.RuleStatus.CONFIRMED;
import static org.quotaledger.rules.RuleStatus.UNCONFIRMED;
import static org.quotaledger.rules.Rules.document;
import static org.quotaledger.rules.Rules.eachQuota;
import static org.quotaledger.rules.Rules.records;
import static org.quotaledger.rules.Severity.CRITICAL;
import static org.quotaledger.rules.Severity.HIGH;
import static org.quotaledger.rules.Severity.INFO;
import static org.quotaledger.rules.Severity.LOW;
import static org.quotaledger.rules.Severity.MEDIUM;

/**
 * Oregon, ORS 653.556–653.557 (HB 4127, Or Laws 2024 ch. 36), in force 1 January 2025 (the catalogue
 * notes the quota-documentation section printed as effective 31 January 2025; the earlier date is used
 * so no January 2025 hire escapes the check). The NAICS exclusions are secondary-source readings.
 */
public final class Oregon {

    static final LocalDate IN_FORCE = LocalDate.of(2025, 1, 1);

    private Oregon() {
    }

    public static RulePack pack() {
        return new PackBuilder("OR", "ORS 653.556–653.557", "", IN_FORCE)
                .coverage("OR-COVER-THRESHOLD", "ORS 653.556 (HB 4127 §1)", CONFIRMED,
                        "Count nonexempt employees at the site (100) and in Oregon (1,000), indirect workers included.",
                        Rules.facility(Coverage.threshold(100, 1000, "Oregon")))
                .coverage("OR-COVER-NAICS-EXCLUSIONS", "ORS 653.556 (HB 4127 §1)", CONFIRMED,
                        "Confirm the site's NAICS code; farm, refrigerated, medical-equipment, drug, beverage wholesale and couriers are excluded.",
                        Rules.facility(Coverage.naics(Set.of("493", "423", "424", "454110"),
                                Set.of("493130", "493120", "423450", "424210", "424810", "424820", "492110"),
                                Set.of("424490"),
                                "warehousing 493, merchant wholesale 423/424, e-shopping 454110; excluding farm and "
                                        + "refrigerated warehousing, medical/drug and beer/wine/spirits wholesale, couriers")))
                .rule("OR-COVER-EMPLOYEE", "ORS 653.556 (HB 4127 §1)", INFO, CONFIRMED,
                        "Record exempt status and driver/courier roles.",
                        Coverage.employees(false, "exempt employees and drivers or couriers"))
                .coverage("OR-CBA-EXEMPTION", "ORS 653.556 (HB 4127)", CONFIRMED,
                        "Check whether the CBA makes the metric negotiable and gives an equivalent records right.",
                        Rules.facility(Oregon::bargainingExemption))
                .rule("OR-556-CONTENT", "ORS 653.556(1)", HIGH, CONFIRMED,
                        "Summarise each quota's quantity per defined period and the possible consequences, adverse actions included.",
                        eachQuota((doc, q) -> Rules.worst(List.of(DocumentChecks.quantity(doc, q),
                                DocumentChecks.timePeriod(doc, q), DocumentChecks.adverse(doc, q)))))
                .rule("OR-556-TIMING", "ORS 653.556(2)", HIGH, CONFIRMED,
                        "Give the documentation on hire, within two business days of a change, and with each adverse action.",
                        records(e -> RecordChecks.combine(RecordChecks.deliveredOnTime(e, IN_FORCE, IN_FORCE),
                                RecordChecks.changeNoticeAfter(e, "OR", 2), RecordChecks.givenWithAction(e, false))))
                .rule("OR-556-LANGUAGE", "ORS 653.556(2)", MEDIUM, CONFIRMED,
                        "Provide the documentation in the language the employer regularly uses with each employee.",
                        Rules.documentAndRecords(document(doc -> DocumentChecks.languages(doc, false)),
                                e -> RecordChecks.deliveredInPrimaryLanguage(e, 0)))
                .rule("OR-556-ADVERSE-UNDOCUMENTED", "ORS 653.556(3)", CRITICAL, CONFIRMED,
                        "Withdraw adverse actions on quotas the employee had not received documentation of.",
                        records(RecordChecks::actionOnDisclosedQuota))
                .rule("OR-557-REQUESTS", "ORS 653.557", HIGH, CONFIRMED,
                        "Produce quota information and 90 days of work speed data free within 21 calendar days.",
                        records(e -> RecordChecks.perRequest(e, r -> true, r -> {
                            if (RecordChecks.afterThreeYears(e, r)) {
                                return Verdict.na("Received more than three years after separation.");
                            }
                            if (RecordChecks.repeatFormerRequest(e, r)) {
                                return Verdict.na("A former employee's second request: no duty to answer.");
                            }
                            return Rules.worst(List.of(RecordChecks.deadline(e, r),
                                    r.charged() ? Verdict.fail("A fee of $" + r.fee().toPlainString() + " was charged.")
                                            : Verdict.pass("Free.")));
                        })))
                .rule("OR-PENALTY", "ORS 653.557(6); ORS 653.256", INFO, CONFIRMED,
                        "Fix the failures found.",
                        records(RecordChecks::exposure))
                .rule("OR-GAPS", "ORS 653.556–557", LOW, UNCONFIRMED, "None.",
                        Rules.info("Not implemented as a hard rule: break/bathroom protection, anti-retaliation and "
                                + "record retention in Oregon are unconfirmed (one law-firm summary only)."))
                .build();
    }

    /** Exempt only when a CBA covers the role, makes the metric negotiable and gives an equivalent records right. */
    private static Verdict bargainingExemption(FacilityBlock facility) {
        CollectiveBargaining cba = facility.collectiveBargaining();
        if (cba == null || !Boolean.TRUE.equals(cba.covered())) {
            return Verdict.pass("No collective bargaining agreement covers the role: no exemption.");
        }
        boolean negotiable = Boolean.TRUE.equals(cba.metricsNegotiable());
        boolean records = Boolean.TRUE.equals(cba.recordsRightEquivalent());
        if (negotiable && records) {
            return Verdict.na("Exempt: the CBA makes the performance metric negotiable and gives a substantially "
                    + "equivalent records right.");
        }
        if (negotiable || records) {
            return Verdict.review("The CBA meets only one of the two exemption conditions ("
                    + (negotiable ? "metric negotiable" : "equivalent records right") + "). Question: does it also "
                    + (negotiable ? "give a substantially equivalent records right?" : "make the metric reviewable or negotiable?"));
        }
        return Verdict.pass("The CBA neither makes the metric negotiable nor gives an equivalent records right: no exemption.");
    }
}
