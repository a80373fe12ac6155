package org.quotaledger.rules.packs;

import org.quotaledger.document.QuotaDocument;
import org.quotaledger.law.Languages;
import org.quotaledger.rules.Evaluation;
import org.quotaledger.rules.FacilityFacts.ActiveDescription;
import org.quotaledger.rules.FacilityFacts.Employee;
import org.quotaledger.rules.Rule;
import org.quotaledger.rules.Verdict;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Is the description written in the languages the law wants (issue 14)? A document checked alone is judged against
 * the employee languages it declares. In a facility check the roster decides as well: the recorded language of every
 * employee the description applies to is required, so a description that lacks a language its readers speak fails
 * before anything is issued, not after the first delivery. Which languages, and what an unrecorded one means, come
 * from the law ({@link Languages}).
 */
final class LanguageChecks {

    /** How many employee numbers a message names before it says "and N more". */
    private static final int NAMED = 10;

    private LanguageChecks() {
    }

    /** The document part of a state's language rule: each active description against its declared and its roster languages. */
    static Rule description(Languages law) {
        return e -> {
            if (e.isDocumentCheck()) {
                return List.of(written(e.document(), law, null));
            }
            List<ActiveDescription> descriptions = e.facts().descriptions();
            if (descriptions.isEmpty()) {
                return List.of(Verdict.na("The facility has no active quota description."));
            }
            List<Verdict> verdicts = new ArrayList<>();
            for (ActiveDescription d : descriptions) {
                verdicts.add(written(d.document(), law, readers(e, d)).within(d.label()));
            }
            return verdicts;
        };
    }

    /** The employees who read {@code d} today: subject to it and not yet separated. */
    private static List<Employee> readers(Evaluation e, ActiveDescription d) {
        return DeliveryChecks.subjects(e).stream()
                .filter(s -> s.description().equals(d) && !s.employee().separatedBefore(e.on()))
                .map(DeliveryChecks.Subject::employee).toList();
    }

    /**
     * A language counts only where the document holds its text: English is the document's own text, any other language
     * needs a complete {@code translations} entry; declaring a language in {@code languages} without its text is a
     * claim no employee can read.
     *
     * @param readers the employees the description applies to, from the roster; null for a document checked alone
     */
    static Verdict written(QuotaDocument doc, Languages law, List<Employee> readers) {
        List<String> declared = doc.languages() == null ? List.of() : doc.languages();
        List<String> written = declared.stream().filter(doc::writtenIn).toList();
        List<String> hollow = declared.stream().filter(l -> !doc.writtenIn(l)).toList();
        // Each wanted language with the employees who read it ("" marks the document's own declaration).
        Map<String, List<String>> wanted = new LinkedHashMap<>();
        if (law.english()) {
            wanted.put(QuotaDocument.BASE_LANGUAGE, new ArrayList<>(List.of("")));
        }
        for (String language : doc.employeeLanguages() == null ? List.<String>of() : doc.employeeLanguages()) {
            wanted.computeIfAbsent(key(wanted, language), k -> new ArrayList<>()).add("");
        }
        List<String> unrecorded = new ArrayList<>();
        for (Employee reader : readers == null ? List.<Employee>of() : readers) {
            if (reader.primaryLanguage() == null) {
                unrecorded.add(reader.number());
            } else if (law.primary()) {
                wanted.computeIfAbsent(key(wanted, reader.primaryLanguage()), k -> new ArrayList<>()).add(reader.number());
            }
        }
        boolean declaresReaders = doc.employeeLanguages() != null && !doc.employeeLanguages().isEmpty();
        if (!declaresReaders && (readers == null || readers.isEmpty())) {
            if (law.english() && written.stream().noneMatch(l -> QuotaDocument.sameLanguage(l, QuotaDocument.BASE_LANGUAGE))) {
                return Verdict.fail("The description is not available in English.");
            }
            return Verdict.review("The document does not state the employees' primary languages. Question: "
                    + "which languages do employees in this role identify as primary?");
        }
        List<String> missing = new ArrayList<>();
        List<String> graced = new ArrayList<>();
        wanted.forEach((language, by) -> {
            if (written.stream().anyMatch(l -> QuotaDocument.sameLanguage(l, language))) {
                return;
            }
            boolean rosterOnly = !by.contains("");
            // A language the law gives days for (WA: outside the top six) is judged per employee on the deliveries,
            // from the day each became subject to the description; it is not missing from the text on day one.
            if (rosterOnly && law.graceDaysFor(language) > 0) {
                graced.add(language + " (" + law.graceDaysFor(language) + " days from each employee's start)");
                return;
            }
            List<String> readersOfIt = by.stream().filter(n -> !n.isEmpty()).toList();
            missing.add(readersOfIt.isEmpty() ? language : language + " (" + named(readersOfIt) + ")");
        });
        String unrecordedNote = unrecorded.isEmpty() || !law.unrecordedNeedsReview() ? ""
                : " No language is recorded for " + named(unrecorded) + ". Question: which language does the employer "
                + "regularly use with them (" + law.citation() + ")? Record it on the roster.";
        String gracedNote = graced.isEmpty() ? "" : " Still to come, within the law's days: " + String.join(", ", graced) + ".";
        if (!missing.isEmpty()) {
            return Verdict.fail("The description is not available in " + String.join(", ", missing)
                    + " (written in " + (written.isEmpty() ? "no stated language" : String.join(", ", written)) + ")"
                    + hollow(doc, hollow) + "." + gracedNote + unrecordedNote);
        }
        if (!unrecordedNote.isEmpty()) {
            return Verdict.review(unrecordedNote.strip());
        }
        return Verdict.pass("Available in " + String.join(", ", written) + ", covering every employee language." + gracedNote);
    }

    /** The key {@code language} is counted under: an entry already there for the same language ({@code es}, {@code es-MX}). */
    private static String key(Map<String, List<String>> wanted, String language) {
        return wanted.keySet().stream().filter(l -> QuotaDocument.sameLanguage(l, language)).findFirst().orElse(language);
    }

    /** "employees E1, E2" or "employees E1, …, E10 and 5 more". */
    private static String named(List<String> numbers) {
        String first = String.join(", ", numbers.subList(0, Math.min(NAMED, numbers.size())));
        return (numbers.size() == 1 ? "employee " : "employees ") + first
                + (numbers.size() > NAMED ? " and " + (numbers.size() - NAMED) + " more" : "");
    }

    /** Why a declared language does not count: no translation, or which of its texts are missing. */
    private static String hollow(QuotaDocument doc, List<String> hollow) {
        if (hollow.isEmpty()) {
            return "";
        }
        return "; declared but not written: " + String.join(", ", hollow.stream().map(l -> doc.translation(l)
                .map(t -> l + " (translations." + l + " lacks " + String.join(", ", doc.untranslated(t)) + ")")
                .orElse(l + " (no translations." + l + ")")).toList());
    }
}
