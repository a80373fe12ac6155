package org.quotaledger.quota;

import org.quotaledger.document.QuotaDocument;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.MultivaluedMap;
import org.quotaledger.document.QuotaDocument.Basis;
import org.quotaledger.document.QuotaDocument.Kind;
import org.quotaledger.document.QuotaDocument.ProtectedActivity;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The filing form of the web pages: what the manager typed, the v1 document built from it, and a
 * message per field for whatever is wrong, so the form comes back with each error beside its input.
 * Error keys are the document's own paths ({@code quotas[0].period}), the same ones the API reports.
 */
public final class DescriptionForm {

    public static final int QUOTA_ROWS = 5;

    public final Map<String, String> values = new LinkedHashMap<>();
    public final Set<ProtectedActivity> excluded = EnumSet.noneOf(ProtectedActivity.class);
    private final Map<String, String> errors = new LinkedHashMap<>();

    public String value(String key) {
        return values.getOrDefault(key, "");
    }

    public boolean checked(String key) {
        return "true".equals(values.get(key));
    }

    public boolean excludes(String activity) {
        return excluded.contains(ProtectedActivity.valueOf(activity));
    }

    public String error(String key) {
        return errors.get(key);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public Map<String, String> errors() {
        return errors;
    }

    /** Most translations one form edits: a few languages per role is what warehouses have. */
    public static final int TRANSLATIONS = 4;

    /** The form key of a translation's field: {@code translations[0].quotas[1].name}. */
    public String tr(int block, String field) {
        return "translations[" + block + "]." + field;
    }

    /** The translation blocks shown: those in use and one empty block to add a language. */
    public List<Integer> translationBlocks() {
        int used = 0;
        while (used < TRANSLATIONS && !value(tr(used, "language")).isEmpty()) {
            used++;
        }
        return java.util.stream.IntStream.range(0, Math.min(TRANSLATIONS, used + 1)).boxed().toList();
    }

    /** The quota rows a translation offers: those with an English name (or translated text already); else the first. */
    public List<Integer> translatedQuotaRows() {
        List<Integer> rows = quotaRows().stream().filter(i -> !value("quotas[" + i + "].name").isEmpty()
                || values.keySet().stream().anyMatch(k -> k.startsWith("translations[") && k.contains(".quotas[" + i + "].")
                && !values.get(k).isEmpty())).toList();
        return rows.isEmpty() ? List.of(0) : rows;
    }

    public List<Integer> quotaRows() {
        return java.util.stream.IntStream.range(0, QUOTA_ROWS).boxed().toList();
    }

    public List<String> jurisdictions() {
        return names(QuotaDocument.Jurisdiction.values());
    }

    public List<Kind> kinds() {
        return Arrays.asList(Kind.values());
    }

    public List<Basis> bases() {
        return Arrays.asList(Basis.values());
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    public List<ProtectedActivity> activities() {
        return Arrays.asList(ProtectedActivity.values());
    }

    /**
     * A blank form with the facility's defaults and every protected activity excluded, effective on
     * {@code effectiveDate} (the first day the state's notice rules allow, see the service).
     */
    public static DescriptionForm blank(String state, LocalDate effectiveDate) {
        var form = new DescriptionForm();
        form.values.put("jurisdiction", state);
        form.values.put("effectiveDate", effectiveDate.toString());
        form.values.put("shift", "10 hours");
        form.values.put("languages", "en, es");
        form.values.put("timeOffTask.tracked", "true");
        form.values.put("rightsStatement", "true");
        form.excluded.addAll(EnumSet.allOf(ProtectedActivity.class));
        return form;
    }

    /**
     * A form for a new version copied from an existing document: everything as it was except the effective date,
     * which must not claim the new version was in force since the old one's day.
     */
    public static DescriptionForm newVersionOf(QuotaDocument d, LocalDate effectiveDate) {
        DescriptionForm form = of(d);
        form.values.put("effectiveDate", effectiveDate.toString());
        return form;
    }

    /** A form showing an existing document, to start a new version from it or to edit a draft. */
    public static DescriptionForm of(QuotaDocument d) {
        var form = new DescriptionForm();
        put(form, "jurisdiction", d.jurisdiction());
        put(form, "role", d.role().code());
        put(form, "effectiveDate", d.effectiveDate());
        put(form, "shift", Format.words(d.shift()));
        form.values.put("languages", join(d.languages()));
        form.values.put("employeeLanguages", join(d.employeeLanguages()));
        put(form, "onCall", d.onCall());
        put(form, "breaksCountedAsProductive", d.breaksCountedAsProductive());
        put(form, "incentiveProgram", d.incentiveProgram());
        put(form, "rightsStatement", d.rightsStatement());
        form.values.put("adverseActions", lines(d.adverseActions()));
        form.values.put("incentives", lines(d.incentives()));
        if (d.timeOffTask() != null) {
            put(form, "timeOffTask.tracked", d.timeOffTask().tracked());
            put(form, "timeOffTask.limit", Format.words(d.timeOffTask().limit()));
            if (d.timeOffTask().excluded() != null) {
                form.excluded.addAll(d.timeOffTask().excluded());
            }
        }
        for (int i = 0; i < Math.min(QUOTA_ROWS, d.quotas().size()); i++) {
            var q = d.quotas().get(i);
            String p = "quotas[" + i + "].";
            put(form, p + "name", q.name());
            put(form, p + "kind", q.kind());
            put(form, p + "task", q.task());
            put(form, p + "quantity", q.quantity() == null ? null : Format.number(q.quantity()));
            put(form, p + "unit", q.unit());
            put(form, p + "period", Format.words(q.period()));
            put(form, p + "basis", q.basis());
            put(form, p + "howMeasured", q.howMeasured());
            form.values.put(p + "adverseActions", lines(q.adverseActions()));
        }
        if (d.translations() != null) {
            int k = 0;
            for (var entry : d.translations().entrySet()) {
                if (k == TRANSLATIONS) {
                    break;
                }
                QuotaDocument.Translation t = entry.getValue();
                put(form, form.tr(k, "language"), entry.getKey());
                put(form, form.tr(k, "roleTitle"), t.roleTitle());
                List<QuotaDocument.QuotaText> texts = t.quotas() == null ? List.of() : t.quotas();
                for (int i = 0; i < Math.min(QUOTA_ROWS, texts.size()); i++) {
                    QuotaDocument.QuotaText q = texts.get(i);
                    if (q == null) {
                        continue;
                    }
                    String p = "quotas[" + i + "].";
                    put(form, form.tr(k, p + "name"), q.name());
                    put(form, form.tr(k, p + "task"), q.task());
                    put(form, form.tr(k, p + "unit"), q.unit());
                    put(form, form.tr(k, p + "howMeasured"), q.howMeasured());
                    form.values.put(form.tr(k, p + "adverseActions"), lines(q.adverseActions()));
                }
                form.values.put(form.tr(k, "adverseActions"), lines(t.adverseActions()));
                form.values.put(form.tr(k, "incentives"), lines(t.incentives()));
                k++;
            }
        }
        return form;
    }

    /** Reads a submitted form. Fields the browser left empty are simply absent from the document. */
    public static DescriptionForm read(MultivaluedMap<String, String> submitted) {
        var form = new DescriptionForm();
        submitted.forEach((key, vals) -> {
            if (key.equals("excluded")) {
                vals.forEach(v -> {
                    try {
                        form.excluded.add(ProtectedActivity.valueOf(v));
                    } catch (IllegalArgumentException e) {
                        form.errors.put("timeOffTask.excluded", "has an unknown activity " + v);
                    }
                });
            } else if (!vals.isEmpty() && vals.getFirst() != null) {
                form.values.put(key, vals.getFirst().strip());
            }
        });
        return form;
    }

    /** Builds the document, or returns null with errors set. Checks structure only; the rules judge content. */
    public QuotaDocument toDocument(QuotaDocument.FacilityBlock facility, String roleTitle, Validator validator) {
        List<QuotaDocument.Quota> quotas = new ArrayList<>();
        for (int i = 0; i < QUOTA_ROWS; i++) {
            String p = "quotas[" + i + "].";
            if (value(p + "name").isEmpty() && value(p + "quantity").isEmpty() && value(p + "task").isEmpty()) {
                continue;
            }
            quotas.add(new QuotaDocument.Quota(text(p + "name"), enumValue(p + "kind", Kind.class), text(p + "task"),
                    decimal(p + "quantity"), text(p + "unit"), duration(p + "period"), enumValue(p + "basis", Basis.class),
                    text(p + "howMeasured"), list(value(p + "adverseActions"), "\n")));
        }
        var timeOffTask = new QuotaDocument.TimeOffTask(checked("timeOffTask.tracked"), duration("timeOffTask.limit"),
                List.copyOf(excluded));
        Map<String, QuotaDocument.Translation> translations = translations();
        // A language the form holds text in is a language the description is written in.
        List<String> languages = new ArrayList<>(list(value("languages"), ","));
        translations.keySet().stream().filter(l -> languages.stream().noneMatch(w -> QuotaDocument.sameLanguage(w, l)))
                .forEach(languages::add);
        if (!translations.isEmpty() && languages.stream().noneMatch(w -> QuotaDocument.sameLanguage(w, QuotaDocument.BASE_LANGUAGE))) {
            languages.addFirst(QuotaDocument.BASE_LANGUAGE);
        }
        var doc = new QuotaDocument(QuotaDocument.SCHEMA, enumValue("jurisdiction", QuotaDocument.Jurisdiction.class),
                facility, new QuotaDocument.RoleRef(value("role"), roleTitle), duration("shift"),
                checked("onCall"), date("effectiveDate"), languages, list(value("employeeLanguages"), ","),
                quotas, timeOffTask, checked("breaksCountedAsProductive"), list(value("adverseActions"), "\n"),
                checked("incentiveProgram"), list(value("incentives"), "\n"), checked("rightsStatement"),
                translations.isEmpty() ? null : translations);
        if (value("role").isEmpty()) {
            errors.put("role.code", "Choose the job role this description is for.");
        }
        if (quotas.isEmpty()) {
            errors.put("quotas", "Describe at least one quota.");
        }
        // The document's own message for a missing kind lists the API's constants; the page offers the choices in words.
        validator.validate(doc).forEach(v -> errors.putIfAbsent(v.getPropertyPath().toString(),
                v.getPropertyPath().toString().endsWith(".kind") ? "is required: choose what kind of quota it is"
                        : org.quotaledger.web.FieldWords.message(v)));
        return hasErrors() ? null : doc;
    }

    /**
     * The translation blocks with a language, in form order. Quota texts follow the English rows that are filed: the
     * rows left empty above are skipped in the translation too, so {@code quotas[i]} still translates {@code quotas[i]}.
     */
    private Map<String, QuotaDocument.Translation> translations() {
        Map<String, QuotaDocument.Translation> all = new LinkedHashMap<>();
        for (int k = 0; k < TRANSLATIONS; k++) {
            String language = value(tr(k, "language"));
            if (language.isEmpty()) {
                continue;
            }
            if (all.containsKey(language)) {
                errors.put(tr(k, "language"), "is already translated above; one block per language");
                continue;
            }
            List<QuotaDocument.QuotaText> texts = new ArrayList<>();
            for (int i = 0; i < QUOTA_ROWS; i++) {
                String p = "quotas[" + i + "].";
                if (value(p + "name").isEmpty() && value(p + "quantity").isEmpty() && value(p + "task").isEmpty()) {
                    continue;
                }
                texts.add(new QuotaDocument.QuotaText(text(tr(k, p + "name")), text(tr(k, p + "task")), text(tr(k, p + "unit")),
                        text(tr(k, p + "howMeasured")), list(value(tr(k, p + "adverseActions")), "\n")));
            }
            all.put(language, new QuotaDocument.Translation(text(tr(k, "roleTitle")), texts,
                    list(value(tr(k, "adverseActions")), "\n"), list(value(tr(k, "incentives")), "\n")));
        }
        return all;
    }

    private String text(String key) {
        String v = value(key);
        return v.isEmpty() ? null : v;
    }

    private <E extends Enum<E>> E enumValue(String key, Class<E> type) {
        String v = value(key);
        if (v.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, v);
        } catch (IllegalArgumentException e) {
            // A value no option of the form offers (an edited page): the choices are the form's, not the constants.
            errors.put(key, "is not one of the choices offered; choose one from the list");
            return null;
        }
    }

    private BigDecimal decimal(String key) {
        String v = value(key);
        if (v.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            errors.put(key, "must be a number, like 120 or 7.5");
            return null;
        }
    }

    private Duration duration(String key) {
        String v = value(key);
        if (v.isEmpty()) {
            return null;
        }
        return Format.parseDuration(v).orElseGet(() -> {
            errors.put(key, "Write a duration such as 30 minutes or 10 hours");
            return null;
        });
    }

    private LocalDate date(String key) {
        String v = value(key);
        if (v.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (RuntimeException e) {
            errors.put(key, "must be a date like 2026-03-02");
            return null;
        }
    }

    private static List<String> list(String text, String separator) {
        return Arrays.stream(text.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String join(List<String> items) {
        return items == null ? "" : String.join(", ", items);
    }

    private static String lines(List<String> items) {
        return items == null ? "" : String.join("\n", items);
    }

    private static void put(DescriptionForm form, String key, Object value) {
        if (value != null) {
            form.values.put(key, value.toString());
        }
    }
}
