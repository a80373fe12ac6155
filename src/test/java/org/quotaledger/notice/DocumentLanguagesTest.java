package org.quotaledger.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The languages employees may choose are exactly those the notice's wording exists in: a new bundle is offered. */
class DocumentLanguagesTest {

    @Test
    void theChoicesAreTheNoticeBundlesAndEnglish() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/messages"))) {
            var bundles = files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("notice_"))
                    .map(n -> n.substring("notice_".length(), n.length() - ".properties".length()).replace('_', '-'))
                    .toList();
            assertThat(DocumentLanguages.TAGS).first().isEqualTo("en");
            assertThat(DocumentLanguages.TAGS.subList(1, DocumentLanguages.TAGS.size()))
                    .containsExactlyInAnyOrderElementsOf(bundles);
            assertThat(DocumentLanguages.documentLanguages()).allSatisfy(c ->
                    assertThat(c.name()).isNotBlank().isNotEqualTo(Locale.forLanguageTag(c.tag()).toLanguageTag()));
        }
    }
}
