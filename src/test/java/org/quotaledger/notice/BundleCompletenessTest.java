package org.quotaledger.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every translation under {@code messages/} says everything its English base says, with the same arguments: a
 * missing key would print the English sentence in the middle of a Vietnamese notice (the bundle's parent fills it),
 * and a dropped {1} would silently leave a deadline out of the rights paragraph.
 */
class BundleCompletenessTest {

    private static final Pattern FILE = Pattern.compile("([a-z]+)(?:_([A-Za-z_]+))?\\.properties");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    /**
     * Qute message bundles ({@code portal.PortalWords}): their values are Qute templates with named parameters
     * ({name}), not MessageFormat patterns, and their keys are method names, so the review flag is
     * {@code bundleReviewed}.
     */
    private static final Set<String> QUTE_BUNDLES = Set.of("portal");

    private static final Pattern QUTE_PARAMETER = Pattern.compile("\\{([A-Za-z_]\\w*)\\}");

    @Test
    void shouldGiveEveryTranslationExactlyTheKeysOfItsEnglishBase() throws Exception {
        List<String> problems = new ArrayList<>();
        for (var base : bundles().entrySet()) {
            Set<String> english = load(base.getValue().english()).stringPropertyNames();
            for (Path translation : base.getValue().translations()) {
                Set<String> keys = load(translation).stringPropertyNames();
                for (String key : new TreeSet<>(english)) {
                    if (!keys.contains(key)) {
                        problems.add(translation.getFileName() + " lacks " + key);
                    }
                }
                for (String key : new TreeSet<>(keys)) {
                    if (!english.contains(key)) {
                        problems.add(translation.getFileName() + " has " + key + ", which "
                                + base.getValue().english().getFileName() + " does not");
                    }
                }
            }
        }
        assertThat(problems).as("keys that differ from the English base").isEmpty();
    }

    @Test
    void shouldUseTheSamePlaceholdersAsEnglishInPatternsThatParse() throws Exception {
        List<String> problems = new ArrayList<>();
        for (var base : bundles().entrySet()) {
            if (QUTE_BUNDLES.contains(base.getKey())) {
                continue;
            }
            Properties english = load(base.getValue().english());
            List<Path> all = new ArrayList<>(base.getValue().translations());
            all.add(base.getValue().english());
            for (Path file : all) {
                Properties p = load(file);
                for (String key : new TreeSet<>(p.stringPropertyNames())) {
                    String value = p.getProperty(key);
                    try {
                        new MessageFormat(value);
                    } catch (IllegalArgumentException e) {
                        problems.add(file.getFileName() + " " + key + " does not parse: " + e.getMessage());
                        continue;
                    }
                    if (value.indexOf('\'') >= 0) {
                        // MessageFormat drops a plain ' and quotes everything up to the next one: "{0}" would print as is.
                        problems.add(file.getFileName() + " " + key + " has a plain ' (write ’): " + value);
                    }
                    String source = english.getProperty(key);
                    if (source != null && !arguments(source).equals(arguments(value))) {
                        problems.add(file.getFileName() + " " + key + " uses " + arguments(value) + ", English uses "
                                + arguments(source));
                    }
                }
            }
        }
        assertThat(problems).as("patterns that do not match their English base").isEmpty();
    }

    @Test
    void shouldUseTheSameParametersAsEnglishInQuteMessages() throws Exception {
        List<String> problems = new ArrayList<>();
        for (String name : QUTE_BUNDLES) {
            Bundle bundle = bundles().get(name);
            assertThat(bundle).as(name + ".properties").isNotNull();
            Properties english = load(bundle.english());
            for (Path translation : bundle.translations()) {
                Properties p = load(translation);
                for (String key : new TreeSet<>(p.stringPropertyNames())) {
                    String value = p.getProperty(key);
                    String source = english.getProperty(key);
                    if (source != null && !parameters(source).equals(parameters(value))) {
                        problems.add(translation.getFileName() + " " + key + " uses " + parameters(value) + ", English uses "
                                + parameters(source));
                    }
                    if (value.replaceAll(QUTE_PARAMETER.pattern(), "").matches("(?s).*[{}].*")) {
                        // Qute would read any other brace as the start of an expression and fail the build, or print it raw.
                        problems.add(translation.getFileName() + " " + key + " has a brace that is not a parameter: " + value);
                    }
                }
            }
        }
        assertThat(problems).as("Qute messages that do not match their English base").isEmpty();
    }

    @Test
    void shouldRecordInEveryBundleWhetherAQualifiedTranslatorReviewedIt() throws Exception {
        for (var base : bundles().entrySet()) {
            String reviewed = QUTE_BUNDLES.contains(base.getKey()) ? "bundleReviewed" : "bundle.reviewed";
            assertThat(load(base.getValue().english()).getProperty(reviewed))
                    .as(base.getValue().english().getFileName() + ": the English source").isEqualTo("true");
            for (Path translation : base.getValue().translations()) {
                Properties p = load(translation);
                assertThat(p.getProperty(reviewed)).as(translation.getFileName().toString()).isIn("true", "false");
                if (p.getProperty(reviewed).equals("true")) {
                    assertThat(p.getProperty(reviewed + "By")).as(translation.getFileName() + ": reviewed by whom")
                            .isNotBlank();
                }
            }
        }
    }

    @Test
    void shouldTranslateTheReportIntoEveryLanguageOfTheNotice() throws Exception {
        Map<String, Bundle> bundles = bundles();
        assertThat(languages(bundles.get("report"))).as("an employee who reads the notice in a language reads the report in it")
                .isEqualTo(languages(bundles.get("notice")));
    }

    @Test
    void shouldTranslateThePortalIntoEveryLanguageOfTheNotice() throws Exception {
        Map<String, Bundle> bundles = bundles();
        assertThat(languages(bundles.get("portal"))).as("an employee who reads the notice in a language reads the portal in it")
                .isEqualTo(languages(bundles.get("notice")));
    }

    record Bundle(Path english, List<Path> translations) {
    }

    /** Base name to its files, read from the directory itself: a new file is checked without editing this test. */
    static Map<String, Bundle> bundles() throws IOException, URISyntaxException {
        Path dir = Path.of(BundleCompletenessTest.class.getResource("/messages/notice.properties").toURI()).getParent();
        Map<String, Path> english = new TreeMap<>();
        Map<String, List<Path>> translations = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                Matcher m = FILE.matcher(file.getFileName().toString());
                if (!m.matches()) {
                    fail(file.getFileName() + " is not named base.properties or base_language.properties");
                }
                if (m.group(2) == null) {
                    english.put(m.group(1), file);
                } else {
                    translations.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(file);
                }
            }
        }
        assertThat(translations.keySet()).as("every translation has an English base").isSubsetOf(english.keySet());
        Map<String, Bundle> out = new TreeMap<>();
        english.forEach((name, file) -> out.put(name, new Bundle(file, translations.getOrDefault(name, List.of()))));
        return out;
    }

    private static Set<String> languages(Bundle bundle) {
        Set<String> out = new TreeSet<>();
        for (Path p : bundle.translations()) {
            Matcher m = FILE.matcher(p.getFileName().toString());
            assertThat(m.matches()).isTrue();
            out.add(m.group(2));
        }
        return out;
    }

    private static Set<Integer> arguments(String pattern) {
        Set<Integer> out = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            out.add(Integer.parseInt(m.group(1)));
        }
        return out;
    }

    private static Set<String> parameters(String template) {
        Set<String> out = new TreeSet<>();
        Matcher m = QUTE_PARAMETER.matcher(template);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }
}
