package org.quotaledger.rules;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every {@code ####} rule id of {@code shared/rules/catalogue.md} is implemented exactly once, under its
 * verbatim id. The ids are copied into {@code catalogue-rule-ids.txt} so the test runs anywhere; when the
 * shared catalogue is next to the repository it is also compared with that copy.
 */
class CatalogueIdsTest {

    private static final Pattern HEADING = Pattern.compile("(?m)^#### (\\S+)");

    private static List<String> copiedIds() throws IOException {
        try (InputStream in = CatalogueIdsTest.class.getResourceAsStream("/catalogue-rule-ids.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
    }

    @Test
    void everyCatalogueRuleIsImplementedExactlyOnce() throws IOException {
        List<String> implemented = RulePacks.standard().ruleIds();
        assertThat(implemented).doesNotHaveDuplicates();
        assertThat(implemented).containsExactlyInAnyOrderElementsOf(copiedIds());
        assertThat(implemented).hasSize(115);
    }

    @Test
    void eachPackListsItsRulesInCatalogueOrder() throws IOException {
        List<String> catalogue = copiedIds();
        for (RulePack pack : RulePacks.standard().all()) {
            List<String> ids = pack.ruleIds();
            assertThat(ids).as(pack.jurisdiction())
                    .isEqualTo(catalogue.stream().filter(ids::contains).toList());
        }
    }

    @Test
    void theCopiedIdsMatchTheSharedCatalogueWhenItIsPresent() throws IOException {
        Path catalogue = Path.of("../shared/rules/catalogue.md");
        if (!Files.exists(catalogue)) {
            return; // the copy in src/test/resources is authoritative when the shared folder is absent
        }
        Matcher m = HEADING.matcher(Files.readString(catalogue));
        List<String> shared = m.results().map(r -> r.group(1)).toList();
        assertThat(copiedIds()).isEqualTo(shared);
    }

    @Test
    void everyRuleCitesItsSectionAndSaysWhatToDo() {
        for (RulePack pack : RulePacks.standard().all()) {
            for (RuleEntry entry : pack.entries()) {
                assertThat(entry.citation()).as(entry.id()).matches(".*(§|RCW|WAC|ORS|HB|H\\.R\\.).*");
                assertThat(entry.remedy()).as(entry.id()).isNotBlank();
                assertThat(entry.severity()).as(entry.id()).isNotNull();
                assertThat(entry.status()).as(entry.id()).isNotNull();
            }
        }
        assertThat(RulePacks.standard().pack("US").orElseThrow().entries())
                .allSatisfy(e -> assertThat(e.status()).isEqualTo(RuleStatus.PROPOSED));
    }
}
