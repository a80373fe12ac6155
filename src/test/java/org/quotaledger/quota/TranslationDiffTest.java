package org.quotaledger.quota;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.quotaledger.document.QuotaDocument;
import org.quotaledger.document.QuotaDocument.QuotaText;
import org.quotaledger.document.QuotaDocument.Translation;
import org.quotaledger.notice.NoticeFixtures;

/** A changed translation is a change the readers of that language see, so the version diff shows it. */
class TranslationDiffTest {

    @Test
    void aChangedAddedOrRemovedTranslationShowsInTheDiffWithItsLanguage() {
        QuotaDocument v1 = with(Map.of("es", spanish("Ritmo de preparación")));
        QuotaDocument v2 = with(Map.of("es", spanish("Ritmo de recogida"), "vi", new Translation("Nhân viên lấy hàng", null, null, null)));

        List<DescriptionDiff.Change> changes = DescriptionDiff.between(1, v1, 2, v2).changes();

        assertThat(changes).extracting(DescriptionDiff.Change::summary).containsExactlyInAnyOrder(
                "Spanish text of quotas[0].name changed from Ritmo de preparación to Ritmo de recogida",
                "Vietnamese text of roleTitle set to Nhân viên lấy hàng");
        assertThat(DescriptionDiff.between(2, v2, 3, v1).changes()).extracting(DescriptionDiff.Change::kind)
                .contains(DescriptionDiff.Kind.REMOVED, DescriptionDiff.Kind.CHANGED);
        assertThat(DescriptionDiff.between(1, v1, 2, v1).changes()).isEmpty();
    }

    private static Translation spanish(String name) {
        return new Translation("Preparador de pedidos", List.of(new QuotaText(name, null, null, null, null)), null, null);
    }

    private static QuotaDocument with(Map<String, Translation> translations) {
        QuotaDocument d = NoticeFixtures.pickerDocument();
        return new QuotaDocument(d.schema(), d.jurisdiction(), d.facility(), d.role(), d.shift(), d.onCall(), d.effectiveDate(),
                d.languages(), d.employeeLanguages(), d.quotas(), d.timeOffTask(), d.breaksCountedAsProductive(),
                d.adverseActions(), d.incentiveProgram(), d.incentives(), d.rightsStatement(), translations);
    }
}
