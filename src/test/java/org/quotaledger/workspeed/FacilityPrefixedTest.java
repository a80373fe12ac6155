package org.quotaledger.workspeed;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The direct load's COPY input: every line of the copy text with the facility's id in front, whatever the reads' sizes. */
class FacilityPrefixedTest {

    private static final String TEXT = "11\t2026-02-03\tpicks\t120\t420\t0\t30\t0\t0\n"
            + "12\t2026-02-03\tpicks\t99.5\t400\t5\t30\t0\t0\n"
            + "13\t2026-02-04\tpacks\t7\t60\t0\t0\t0\t0\n";

    private static final String EXPECTED = "907\t11\t2026-02-03\tpicks\t120\t420\t0\t30\t0\t0\n"
            + "907\t12\t2026-02-03\tpicks\t99.5\t400\t5\t30\t0\t0\n"
            + "907\t13\t2026-02-04\tpacks\t7\t60\t0\t0\t0\t0\n";

    private static String readAll(InputStream in, int chunk) throws IOException {
        var out = new ByteArrayOutputStream();
        byte[] buffer = new byte[chunk];
        for (int n; (n = in.read(buffer, 0, chunk)) >= 0; ) {
            assertThat(n).as("a read returns something until the end").isPositive();
            out.write(buffer, 0, n);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void everyLineGetsTheFacilityWhateverTheSizeOfEachRead() throws IOException {
        for (int chunk : new int[] {1, 2, 3, 4, 5, 7, 38, 39, 40, 41, 64, 1 << 16}) {
            var in = new WorkSpeedLoader.FacilityPrefixed(907, TEXT.getBytes(StandardCharsets.UTF_8));
            assertThat(readAll(in, chunk)).as("reads of %d bytes", chunk).isEqualTo(EXPECTED);
        }
    }

    @Test
    void byteByByteReadsGiveTheSame() throws IOException {
        var in = new WorkSpeedLoader.FacilityPrefixed(907, TEXT.getBytes(StandardCharsets.UTF_8));
        var out = new ByteArrayOutputStream();
        for (int b; (b = in.read()) >= 0; ) {
            out.write(b);
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(EXPECTED);
    }

    @Test
    void nonAsciiMetricsPassThroughUnchanged() throws IOException {
        String text = "5\t2026-02-03\tcajas armadas·día\t3\t60\t0\t0\t0\t0\n";
        var in = new WorkSpeedLoader.FacilityPrefixed(1, text.getBytes(StandardCharsets.UTF_8));
        assertThat(readAll(in, 3)).isEqualTo("1\t" + text);
    }

    @Test
    void noLinesGiveNoBytes() throws IOException {
        assertThat(new WorkSpeedLoader.FacilityPrefixed(907, new byte[0]).read(new byte[8], 0, 8)).isEqualTo(-1);
    }
}
