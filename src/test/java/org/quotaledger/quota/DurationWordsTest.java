package org.quotaledger.quota;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The filing form reads durations as people write them and shows stored ones back in the same words. */
class DurationWordsTest {

    @Test
    void readsWhatPeopleWrite() {
        assertThat(Format.parseDuration("10 hours")).contains(Duration.ofHours(10));
        assertThat(Format.parseDuration("30 minutes")).contains(Duration.ofMinutes(30));
        assertThat(Format.parseDuration("1 hour 30 minutes")).contains(Duration.ofMinutes(90));
        assertThat(Format.parseDuration("1 hour and 30 minutes")).contains(Duration.ofMinutes(90));
        assertThat(Format.parseDuration("90 min")).contains(Duration.ofMinutes(90));
        assertThat(Format.parseDuration("1.5 hours")).contains(Duration.ofMinutes(90));
        assertThat(Format.parseDuration("8h")).contains(Duration.ofHours(8));
        assertThat(Format.parseDuration("7h30m")).contains(Duration.ofMinutes(450));
        assertThat(Format.parseDuration(" 1 Hour ")).contains(Duration.ofHours(1));
        assertThat(Format.parseDuration("PT1H")).contains(Duration.ofHours(1));
        assertThat(Format.parseDuration("pt30m")).contains(Duration.ofMinutes(30));
    }

    @Test
    void refusesWhatItCannotRead() {
        assertThat(Format.parseDuration("30")).isEmpty();
        assertThat(Format.parseDuration("ten hours")).isEmpty();
        assertThat(Format.parseDuration("10 hours please")).isEmpty();
        assertThat(Format.parseDuration("10 horus")).isEmpty();
        assertThat(Format.parseDuration("P1X")).isEmpty();
        assertThat(Format.parseDuration("-PT1H")).isEmpty();
        assertThat(Format.parseDuration("")).isEmpty();
    }

    @Test
    void writesStoredValuesInWordsThatReadBack() {
        assertThat(Format.words(Duration.ofHours(10))).isEqualTo("10 hours");
        assertThat(Format.words(Duration.ofMinutes(30))).isEqualTo("30 minutes");
        assertThat(Format.words(Duration.ofHours(1))).isEqualTo("1 hour");
        assertThat(Format.words(Duration.ofMinutes(90))).isEqualTo("1 hour 30 minutes");
        assertThat(Format.words(null)).isNull();
        for (Duration d : new Duration[]{Duration.ofMinutes(1), Duration.ofMinutes(450), Duration.ofSeconds(3725)}) {
            assertThat(Format.parseDuration(Format.words(d))).contains(d);
        }
    }
}
