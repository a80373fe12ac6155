package org.quotaledger.quota;

import org.quotaledger.document.QuotaDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What changed between two versions of a description, in the terms employees care about: quotas
 * added or removed, quantities, periods and adverse actions. Quotas are matched by name.
 */
public record DescriptionDiff(int fromVersion, int toVersion, List<Change> changes) {

    public enum Kind { ADDED, REMOVED, CHANGED }

    public record Change(String path, Kind kind, String before, String after, String summary) {
    }

    public static DescriptionDiff between(int fromVersion, QuotaDocument from, int toVersion, QuotaDocument to) {
        List<Change> changes = new ArrayList<>();
        Map<String, QuotaDocument.Quota> before = byName(from.quotas());
        Map<String, QuotaDocument.Quota> after = byName(to.quotas());
        before.forEach((name, q) -> {
            if (!after.containsKey(name)) {
                changes.add(new Change("quotas[" + name + "]", Kind.REMOVED, describe(q), null, "Quota \"" + name + "\" removed"));
            }
        });
        after.forEach((name, q) -> {
            QuotaDocument.Quota old = before.get(name);
            if (old == null) {
                changes.add(new Change("quotas[" + name + "]", Kind.ADDED, null, describe(q), "Quota \"" + name + "\" added: " + describe(q)));
                return;
            }
            String p = "quotas[" + name + "].";
            field(changes, p + "quantity", old, q, x -> x.quantity() == null ? null : x.quantity().stripTrailingZeros().toPlainString(),
                    "Quantity of \"" + name + "\"");
            field(changes, p + "unit", old, q, QuotaDocument.Quota::unit, "Unit of \"" + name + "\"");
            field(changes, p + "period", old, q, x -> Format.duration(x.period()), "Period of \"" + name + "\"");
            field(changes, p + "kind", old, q, x -> Objects.toString(x.kind(), null), "Kind of \"" + name + "\"");
            field(changes, p + "basis", old, q, x -> Objects.toString(x.basis(), null), "Basis of \"" + name + "\"");
            field(changes, p + "task", old, q, QuotaDocument.Quota::task, "Task of \"" + name + "\"");
            field(changes, p + "howMeasured", old, q, QuotaDocument.Quota::howMeasured, "How \"" + name + "\" is measured");
            list(changes, p + "adverseActions", old.adverseActions(), q.adverseActions(), "Adverse action for \"" + name + "\"");
        });
        field(changes, "shift", from, to, d -> Format.duration(d.shift()), "Shift length");
        field(changes, "effectiveDate", from, to, d -> Objects.toString(d.effectiveDate(), null), "Effective date");
        field(changes, "timeOffTask.limit", from, to,
                d -> d.timeOffTask() == null ? null : Format.duration(d.timeOffTask().limit()), "Time-off-task limit");
        list(changes, "timeOffTask.excluded",
                from.timeOffTask() == null ? null : from.timeOffTask().excluded().stream().map(Enum::name).toList(),
                to.timeOffTask() == null ? null : to.timeOffTask().excluded().stream().map(Enum::name).toList(),
                "Activity never counted as off task");
        list(changes, "adverseActions", from.adverseActions(), to.adverseActions(), "Adverse action");
        list(changes, "incentives", from.incentives(), to.incentives(), "Incentive");
        list(changes, "languages", from.languages(), to.languages(), "Language");
        translations(changes, from, to);
        return new DescriptionDiff(fromVersion, toVersion, changes);
    }

    /** Every translated text, compared by its path: a changed translation changes what that language's readers read. */
    private static void translations(List<Change> changes, QuotaDocument from, QuotaDocument to) {
        Map<String, String> before = translatedTexts(from);
        Map<String, String> after = translatedTexts(to);
        var paths = new java.util.LinkedHashSet<>(before.keySet());
        paths.addAll(after.keySet());
        for (String path : paths) {
            String language = path.substring("translations.".length(), path.indexOf('.', "translations.".length()));
            String label = Locale.forLanguageTag(language).getDisplayLanguage(Locale.ENGLISH) + " text of "
                    + path.substring(path.indexOf('.', "translations.".length()) + 1);
            field(changes, path, before, after, m -> m.get(path), label);
        }
    }

    private static Map<String, String> translatedTexts(QuotaDocument d) {
        Map<String, String> texts = new LinkedHashMap<>();
        if (d.translations() == null) {
            return texts;
        }
        d.translations().forEach((language, t) -> {
            String at = "translations." + language + ".";
            put(texts, at + "roleTitle", t.roleTitle());
            List<QuotaDocument.QuotaText> quotas = t.quotas() == null ? List.of() : t.quotas();
            for (int i = 0; i < quotas.size(); i++) {
                QuotaDocument.QuotaText q = quotas.get(i);
                if (q == null) {
                    continue;
                }
                String p = at + "quotas[" + i + "].";
                put(texts, p + "name", q.name());
                put(texts, p + "task", q.task());
                put(texts, p + "unit", q.unit());
                put(texts, p + "howMeasured", q.howMeasured());
                putAll(texts, p + "adverseActions", q.adverseActions());
            }
            putAll(texts, at + "adverseActions", t.adverseActions());
            putAll(texts, at + "incentives", t.incentives());
        });
        return texts;
    }

    private static void put(Map<String, String> texts, String path, String value) {
        if (value != null && !value.isBlank()) {
            texts.put(path, value);
        }
    }

    private static void putAll(Map<String, String> texts, String path, List<String> values) {
        if (values != null) {
            for (int i = 0; i < values.size(); i++) {
                put(texts, path + "[" + i + "]", values.get(i));
            }
        }
    }

    private static Map<String, QuotaDocument.Quota> byName(List<QuotaDocument.Quota> quotas) {
        Map<String, QuotaDocument.Quota> map = new LinkedHashMap<>();
        if (quotas != null) {
            quotas.forEach(q -> map.putIfAbsent(q.name(), q));
        }
        return map;
    }

    private static <T> void field(List<Change> changes, String path, T from, T to, Function<T, String> value, String label) {
        String a = value.apply(from);
        String b = value.apply(to);
        if (!Objects.equals(a, b)) {
            changes.add(new Change(path, a == null ? Kind.ADDED : b == null ? Kind.REMOVED : Kind.CHANGED, a, b,
                    label + (a == null ? " set to " + b : b == null ? " removed (was " + a + ")" : " changed from " + a + " to " + b)));
        }
    }

    private static void list(List<Change> changes, String path, List<String> from, List<String> to, String label) {
        List<String> a = from == null ? List.of() : from;
        List<String> b = to == null ? List.of() : to;
        a.stream().filter(x -> !b.contains(x)).forEach(x -> changes.add(new Change(path, Kind.REMOVED, x, null, label + " removed: " + x)));
        b.stream().filter(x -> !a.contains(x)).forEach(x -> changes.add(new Change(path, Kind.ADDED, null, x, label + " added: " + x)));
    }

    private static String describe(QuotaDocument.Quota q) {
        return Format.quota(q);
    }
}
