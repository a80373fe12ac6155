package org.quotaledger.database;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reads sent together come back each to its own list, with its own parameters, in one statement. */
@QuarkusTest
class SqlReadTest {

    @Test
    void eachReadGetsItsOwnParametersAndRows() {
        var counted = SqlRead.of("select g from generate_series(1, ?) g order by g", row -> row.getInt("g"), 3);
        var none = SqlRead.of("select 1 as one where ? = 'never'", row -> row.getInt("one"), "today");
        var named = SqlRead.of("select ?::text || '-' || ?::text as name", row -> row.getString("name"), "ONT", "8");

        SqlRead.Lists lists = QuarkusTransaction.requiringNew().call(() -> SqlRead.together(counted, none, named));

        assertThat(lists.of(counted)).containsExactly(1, 2, 3);
        assertThat(lists.of(none)).isEmpty();
        assertThat(lists.of(named)).containsExactly("ONT-8");
    }

    @Test
    void timesAndDaysReadAsWrittenAndNullsStayNull() {
        var read = SqlRead.of("""
                select timestamptz '2026-03-02 08:30:00.123456-08' as at, date '2026-02-28' as day,
                       null::timestamptz as no_at, null::date as no_day""",
                row -> List.<Object>of(SqlRead.instant(row, "at"), SqlRead.date(row, "day"),
                        String.valueOf(SqlRead.instant(row, "no_at")), String.valueOf(SqlRead.date(row, "no_day"))));

        List<Object> row = QuarkusTransaction.requiringNew().call(read::list).getFirst();

        assertThat(row).containsExactly(Instant.parse("2026-03-02T16:30:00.123456Z"), LocalDate.of(2026, 2, 28), "null", "null");
    }

    @Test
    void aReadIsOneStatementAndOnlyItsOwnListIsAnswered() {
        assertThatThrownBy(() -> SqlRead.of("select 1;", row -> 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("one statement");
        var asked = SqlRead.of("select 1 as one", row -> row.getInt("one"));
        var notAsked = SqlRead.of("select 2 as two", row -> row.getInt("two"));

        SqlRead.Lists lists = QuarkusTransaction.requiringNew().call(() -> SqlRead.together(asked));

        assertThatThrownBy(() -> lists.of(notAsked)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not one of the reads");
    }
}
