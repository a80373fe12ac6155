package org.quotaledger.law;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The languages a state requires descriptions and answers in.
 *
 * @param english    English is always required as well (N.Y. Lab. Law §781, §785(5); RCW 49.84.020(4))
 * @param primary    the employee's primary (preferred, regularly used) language is required
 * @param graceDays  calendar days allowed for a language the employer does not have ready (WAC 296-136-030: 15)
 * @param immediate  languages that get no grace: due at once like English (WAC 296-136-030(4): the state's top six
 *                   other languages); empty where the grace, if any, applies to every language
 * @param employersOwn the language is one the employer must know of each employee (ORS 653.556(2): "the language the
 *                   employer regularly uses to communicate with that employee"), so an employee with no recorded
 *                   language is a question for review. Where the employee identifies or selects it (N.Y. Lab. Law §781,
 *                   WAC 296-136-030) none recorded means none chosen, and English, always given, answers the law.
 */
public record Languages(boolean english, boolean primary, int graceDays, String citation, List<String> immediate,
                        boolean employersOwn) {

    /** The statute names no language. */
    public static final Languages NOT_REGULATED = new Languages(false, false, 0, null);

    public Languages {
        immediate = immediate == null ? List.of() : List.copyOf(immediate);
    }

    /** A law whose grace, if any, is the same for every language, and whose language the employee identifies. */
    public Languages(boolean english, boolean primary, int graceDays, String citation) {
        this(english, primary, graceDays, citation, List.of(), false);
    }

    /** A law whose language the employee identifies or selects, with no grace for {@code immediate}. */
    public Languages(boolean english, boolean primary, int graceDays, String citation, List<String> immediate) {
        this(english, primary, graceDays, citation, immediate, false);
    }

    /** Whether an employee whose language is not recorded must be asked about ({@link #employersOwn}). */
    public boolean unrecordedNeedsReview() {
        return primary && employersOwn;
    }

    /** Calendar days allowed to deliver the description in {@code language} (BCP 47; {@code zh-Hant} is {@code zh}). */
    public int graceDaysFor(String language) {
        if (language == null) {
            return graceDays;
        }
        String own = Locale.forLanguageTag(language).getLanguage();
        return immediate.stream().anyMatch(l -> Locale.forLanguageTag(l).getLanguage().equals(own)) ? 0 : graceDays;
    }

    public boolean regulated() {
        return english || primary;
    }

    /**
     * The languages an answer to this employee is produced in: English and their primary language where both
     * are required, otherwise their primary language (BCP 47 tags; {@code en} when unknown).
     */
    public List<String> forEmployee(String primaryLanguage) {
        String own = primaryLanguage == null || primaryLanguage.isBlank() ? "en" : primaryLanguage.toLowerCase(Locale.ROOT);
        List<String> languages = new ArrayList<>();
        if (english && !own.equals("en") && !own.startsWith("en-")) {
            languages.add("en");
        }
        languages.add(own);
        return languages;
    }
}
