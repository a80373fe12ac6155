package org.quotaledger.document;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The quota description document, version 1 ({@code shared/spec/quota-description-v1.md}): the one
 * shape in which a description is filed, checked, rendered and exported.
 *
 * <p>Only the structure is validated here (what a document must have to be understood at all).
 * Whether its content satisfies the law is the rules module's job: a quota without a quantity is a
 * valid document that FAILs {@code CA-2101-CONTENT-QUANTITY}, not a 400.
 *
 * <p>Every value is bounded, so that no document, however hostile, costs more than its size to check, store
 * and show: a quantity is at most a billion with four decimals (a {@code 1e999999999} would print as a gigabyte
 * of digits), durations are positive and no longer than a day (a quota's period: a year), texts and lists have a
 * length. Dates are bounded for every JSON body (see {@code web.StrictJson}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"schema", "jurisdiction", "facility", "role", "shift", "onCall", "effectiveDate", "languages",
        "employeeLanguages", "quotas", "timeOffTask", "breaksCountedAsProductive", "adverseActions",
        "incentiveProgram", "incentives", "rightsStatement", "translations"})
public record QuotaDocument(
        @NotNull(message = "is required and must be \"quota-description/v1\"")
        @Pattern(regexp = "quota-description/v1", message = "must be \"quota-description/v1\"")
        String schema,
        @NotNull(message = "is required: one of CA, NY, WA, MN, OR, US") Jurisdiction jurisdiction,
        @NotNull(message = "is required") @Valid FacilityBlock facility,
        @NotNull(message = "is required") @Valid RoleRef role,
        @DurationMin(nanos = 1, message = "must be longer than zero")
        @DurationMax(days = 1, message = "must be at most a day (PT24H)") Duration shift,
        Boolean onCall,
        LocalDate effectiveDate,
        @Size(max = MAX_ITEMS) List<@Size(max = 35) @Pattern(regexp = LANGUAGE_TAG, message = "must be a BCP 47 language tag") String> languages,
        @Size(max = MAX_ITEMS) List<@Size(max = 35) @Pattern(regexp = LANGUAGE_TAG, message = "must be a BCP 47 language tag") String> employeeLanguages,
        @NotNull(message = "is required (an empty list is allowed)") @Size(max = MAX_ITEMS) List<@NotNull @Valid Quota> quotas,
        @Valid TimeOffTask timeOffTask,
        Boolean breaksCountedAsProductive,
        @Size(max = MAX_ITEMS) List<@NotNull @Size(max = MAX_TEXT) String> adverseActions,
        Boolean incentiveProgram,
        @Size(max = MAX_ITEMS) List<@NotNull @Size(max = MAX_TEXT) String> incentives,
        Boolean rightsStatement,
        @Size(max = MAX_ITEMS) Map<@NotNull @Size(max = 35) @Pattern(regexp = LANGUAGE_TAG, message = "must be a BCP 47 language tag") String,
                @NotNull @Valid Translation> translations) {

    public static final String SCHEMA = "quota-description/v1";

    /** The language the document's own text is written in; every other language is a {@link Translation}. */
    public static final String BASE_LANGUAGE = "en";

    static final String LANGUAGE_TAG = "[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*";

    /** A document with no translated text: what every document was before {@code translations} existed. */
    public QuotaDocument(String schema, Jurisdiction jurisdiction, FacilityBlock facility, RoleRef role, Duration shift,
                         Boolean onCall, LocalDate effectiveDate, List<String> languages, List<String> employeeLanguages,
                         List<Quota> quotas, TimeOffTask timeOffTask, Boolean breaksCountedAsProductive,
                         List<String> adverseActions, Boolean incentiveProgram, List<String> incentives, Boolean rightsStatement) {
        this(schema, jurisdiction, facility, role, shift, onCall, effectiveDate, languages, employeeLanguages, quotas,
                timeOffTask, breaksCountedAsProductive, adverseActions, incentiveProgram, incentives, rightsStatement, null);
    }

    /** The same document with another facility block (the registry's, which is authoritative for a filed one). */
    public QuotaDocument withFacility(FacilityBlock block) {
        return new QuotaDocument(schema, jurisdiction, block, role, shift, onCall, effectiveDate, languages,
                employeeLanguages, quotas, timeOffTask, breaksCountedAsProductive, adverseActions, incentiveProgram,
                incentives, rightsStatement, translations);
    }

    /** The same document with another list of quotas. */
    public QuotaDocument withQuotas(List<Quota> list) {
        return new QuotaDocument(schema, jurisdiction, facility, role, shift, onCall, effectiveDate, languages,
                employeeLanguages, list, timeOffTask, breaksCountedAsProductive, adverseActions, incentiveProgram,
                incentives, rightsStatement, translations);
    }

    /**
     * The translation into {@code language}, matched as BCP 47 tags match ({@code es} serves {@code es-MX} and the
     * reverse); empty for English, whose text is the document's own, and for a language with no translation.
     */
    public Optional<Translation> translation(String language) {
        if (language == null || translations == null || sameLanguage(language, BASE_LANGUAGE)) {
            return Optional.empty();
        }
        Translation exact = translations.get(language);
        if (exact != null) {
            return Optional.of(exact);
        }
        return translations.entrySet().stream().filter(e -> sameLanguage(e.getKey(), language))
                .map(Map.Entry::getValue).findFirst();
    }

    /**
     * Whether the document holds its text in {@code language}: English always; any other language when a translation
     * gives every text the manager wrote (see {@link #untranslated}).
     */
    public boolean writtenIn(String language) {
        if (sameLanguage(language, BASE_LANGUAGE)) {
            return true;
        }
        return translation(language).map(t -> untranslated(t).isEmpty()).orElse(false);
    }

    /** The fields with English text that {@code translation} leaves empty, as document paths. */
    public List<String> untranslated(Translation translation) {
        List<String> missing = new ArrayList<>();
        if (role != null && present(role.title()) && !present(translation.roleTitle())) {
            missing.add("role.title");
        }
        List<QuotaText> texts = translation.quotas() == null ? List.of() : translation.quotas();
        for (int i = 0; i < (quotas == null ? 0 : quotas.size()); i++) {
            Quota q = quotas.get(i);
            QuotaText t = i < texts.size() ? texts.get(i) : null;
            String at = "quotas[" + i + "].";
            if (present(q.name()) && (t == null || !present(t.name()))) {
                missing.add(at + "name");
            }
            if (present(q.task()) && (t == null || !present(t.task()))) {
                missing.add(at + "task");
            }
            if (present(q.unit()) && (t == null || !present(t.unit()))) {
                missing.add(at + "unit");
            }
            if (present(q.howMeasured()) && (t == null || !present(t.howMeasured()))) {
                missing.add(at + "howMeasured");
            }
            if (count(q.adverseActions()) > count(t == null ? null : t.adverseActions())) {
                missing.add(at + "adverseActions");
            }
        }
        if (count(adverseActions) > count(translation.adverseActions())) {
            missing.add("adverseActions");
        }
        if (count(incentives) > count(translation.incentives())) {
            missing.add("incentives");
        }
        return missing;
    }

    /**
     * The document as read in {@code language}: every text the manager wrote replaced by its translation where one is
     * given, the rest (numbers, durations, kinds, and any text left untranslated) as filed. English, or a language
     * with no translation, gives the document itself.
     */
    public QuotaDocument in(String language) {
        Optional<Translation> found = translation(language);
        if (found.isEmpty()) {
            return this;
        }
        Translation t = found.get();
        List<QuotaText> texts = t.quotas() == null ? List.of() : t.quotas();
        List<Quota> translated = new ArrayList<>();
        for (int i = 0; i < (quotas == null ? 0 : quotas.size()); i++) {
            Quota q = quotas.get(i);
            QuotaText x = i < texts.size() && texts.get(i) != null ? texts.get(i) : new QuotaText(null, null, null, null, null);
            translated.add(new Quota(or(x.name(), q.name()), q.kind(), or(x.task(), q.task()), q.quantity(),
                    or(x.unit(), q.unit()), q.period(), q.basis(), or(x.howMeasured(), q.howMeasured()),
                    orList(x.adverseActions(), q.adverseActions())));
        }
        RoleRef translatedRole = role == null ? null : new RoleRef(role.code(), or(t.roleTitle(), role.title()));
        return new QuotaDocument(schema, jurisdiction, facility, translatedRole, shift, onCall, effectiveDate, languages,
                employeeLanguages, quotas == null ? null : translated, timeOffTask, breaksCountedAsProductive,
                orList(t.adverseActions(), adverseActions), incentiveProgram, orList(t.incentives(), incentives),
                rightsStatement, translations);
    }

    /** BCP 47 tags match when equal or when one refines the other ({@code es} and {@code es-MX}). */
    public static boolean sameLanguage(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        return x.equals(y) || x.startsWith(y + "-") || y.startsWith(x + "-");
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private static int count(List<String> list) {
        return list == null ? 0 : (int) list.stream().filter(QuotaDocument::present).count();
    }

    private static String or(String translated, String original) {
        return present(translated) ? translated : original;
    }

    private static List<String> orList(List<String> translated, List<String> original) {
        return translated == null || translated.isEmpty() ? original : translated;
    }

    /** Longest free text (a task, how a quota is measured, an adverse action), in characters. */
    public static final int MAX_TEXT = 2000;

    /** Most entries of any list (quotas, languages, adverse actions, incentives). */
    public static final int MAX_ITEMS = 50;

    /** The jurisdictions with a rule pack; {@code US} is the proposed federal act, opt-in only. */
    public enum Jurisdiction { CA, NY, WA, MN, OR, US }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FacilityBlock(
            @NotBlank(message = "is required") @Size(max = 32) String code,
            @Size(max = 200) String name,
            @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter USPS state code") String state,
            @Pattern(regexp = "\\d{6}", message = "must be a 6-digit NAICS code") String naicsCode,
            @PositiveOrZero @Max(10_000_000) Integer siteNonexemptHeadcount,
            @PositiveOrZero @Max(10_000_000) Integer statewideNonexemptHeadcount,
            @Valid CollectiveBargaining collectiveBargaining) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CollectiveBargaining(Boolean covered, Boolean metricsNegotiable, Boolean recordsRightEquivalent) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RoleRef(@NotBlank(message = "is required") @Size(max = 32) String code,
                          @Size(max = 200) String title) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"name", "kind", "task", "quantity", "unit", "period", "basis", "howMeasured", "adverseActions"})
    public record Quota(
            @NotBlank(message = "is required") @Size(max = 200) String name,
            @NotNull(message = "is required: one of COUNT, SPEED, TIME_ON_TASK, RELATIVE") Kind kind,
            @Size(max = MAX_TEXT) String task,
            @PositiveOrZero @DecimalMax(value = "1000000000", message = "must be at most 1000000000")
            @Digits(integer = 10, fraction = 4, message = "must have at most 10 digits and 4 decimals") BigDecimal quantity,
            @Size(max = 100) String unit,
            @DurationMin(nanos = 1, message = "must be longer than zero")
            @DurationMax(days = 366, message = "must be at most a year (P366D)") Duration period,
            Basis basis,
            @Size(max = MAX_TEXT) String howMeasured,
            @Size(max = MAX_ITEMS) List<@NotNull @Size(max = MAX_TEXT) String> adverseActions) {
    }

    /** COUNT: tasks or units; SPEED: a rate; TIME_ON_TASK: share of time on task; RELATIVE: ranking against peers. */
    public enum Kind { COUNT, SPEED, TIME_ON_TASK, RELATIVE }

    public enum Basis { INDIVIDUAL, GROUP }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TimeOffTask(Boolean tracked,
                              @DurationMin(nanos = 0, message = "must not be negative") @DurationMax(days = 1, message = "must be at most a day (PT24H)") Duration limit,
                              @Size(max = MAX_ITEMS) List<@NotNull ProtectedActivity> excluded) {
    }

    /**
     * Everything the manager wrote, in one other language. Quotas are matched by position: {@code quotas[i]} translates
     * the document's {@code quotas[i]}; lists replace the document's list as a whole. Numbers, durations and kinds are
     * not translated: they are the same in every language.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"roleTitle", "quotas", "adverseActions", "incentives"})
    public record Translation(
            @Size(max = 200) String roleTitle,
            @Size(max = MAX_ITEMS) List<@Valid QuotaText> quotas,
            @Size(max = MAX_ITEMS) List<@NotNull @Size(max = MAX_TEXT) String> adverseActions,
            @Size(max = MAX_ITEMS) List<@NotNull @Size(max = MAX_TEXT) String> incentives) {
    }

    /** One quota's texts in another language. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"name", "task", "unit", "howMeasured", "adverseActions"})
    public record QuotaText(
            @Size(max = 200) String name,
            @Size(max = MAX_TEXT) String task,
            @Size(max = 100) String unit,
            @Size(max = MAX_TEXT) String howMeasured,
            @Size(max = MAX_ITEMS) List<@NotNull @Size(max = MAX_TEXT) String> adverseActions) {
    }

    /** Activities that never count as time off task (Cal. Lab. Code §2103 and its sister statutes). */
    public enum ProtectedActivity {
        MEAL_PERIOD, REST_PERIOD, MEAL_TRAVEL, REST_TRAVEL, BATHROOM, BATHROOM_TRAVEL, SAFETY_COMPLIANCE, REQUIRED_ACTIVITY
    }
}
