package org.quotaledger.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which bundle a primary language finds, and what an unreviewed one is allowed to do. */
class NoticeTextLanguagesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "zh, zh-Hans", "zh-Hans, zh-Hans", "zh-CN, zh-Hans", "zh-SG, zh-Hans",
            "zh-Hant, zh-Hant", "zh-TW, zh-Hant", "zh-HK, zh-Hant", "zh-Hant-TW, zh-Hant",
            "tl, tl", "fil, tl", "fil-PH, tl", "vi-VN, vi", "ko, ko", "ru, ru", "uk, uk", "ht, ht", "so, so", "es-MX, es",
            "pa, en", "en-US, en"})
    void shouldFindTheBundleOfEachWayOfNamingTheLanguage(String primary, String found) {
        NoticeText t = NoticeText.of(NoticeText.EMPLOYEE_BUNDLE, Locale.forLanguageTag(primary), NoticeText.Unreviewed.ALLOW);

        assertThat(t.language()).isEqualTo(found);
        assertThat(NoticeText.of(NoticeText.REPORT_BUNDLE, Locale.forLanguageTag(primary), NoticeText.Unreviewed.ALLOW)
                .language()).as("the report in the same language").isEqualTo(found);
    }

    @Test
    void shouldKeepTraditionalAndSimplifiedChineseApart() {
        assertThat(NoticeText.of(NoticeText.EMPLOYEE_BUNDLE, Locale.forLanguageTag("zh-TW"), NoticeText.Unreviewed.ALLOW)
                .get("rights.heading")).isEqualTo("您的權利");
        assertThat(NoticeText.of(NoticeText.EMPLOYEE_BUNDLE, Locale.forLanguageTag("zh"), NoticeText.Unreviewed.ALLOW)
                .get("rights.heading")).isEqualTo("您的权利");
    }

    @Test
    void shouldUseEnglishForAnUnreviewedTranslationOnlyWhenToldTo() {
        NoticeText allowed = NoticeText.of(NoticeText.EMPLOYEE_BUNDLE, Locale.forLanguageTag("vi"), NoticeText.Unreviewed.ALLOW);
        NoticeText english = NoticeText.of(NoticeText.EMPLOYEE_BUNDLE, Locale.forLanguageTag("vi"), NoticeText.Unreviewed.ENGLISH);

        assertThat(allowed.reviewed()).isFalse();
        assertThat(allowed.get("rights.heading")).isEqualTo("Quyền của quý vị");
        assertThat(english.reviewed()).isTrue();
        assertThat(english.language()).isEqualTo("en");
        assertThat(english.get("rights.heading")).isEqualTo("Your rights");
        assertThat(NoticeText.of(NoticeText.EMPLOYEE_BUNDLE, Locale.ENGLISH, NoticeText.Unreviewed.ENGLISH).reviewed()).isTrue();
    }

    @Test
    void shouldDefaultToAllowAndRefuseAMistypedSetting() {
        assertThat(NoticeText.Unreviewed.configured()).isEqualTo(NoticeText.Unreviewed.ALLOW);
        assertThat(NoticeText.Unreviewed.parse(" English ")).isEqualTo(NoticeText.Unreviewed.ENGLISH);
        assertThatThrownBy(() -> NoticeText.Unreviewed.parse("englsh")).hasMessageContaining("allow or english");
    }
}
