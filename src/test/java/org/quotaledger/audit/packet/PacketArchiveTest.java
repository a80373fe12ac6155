package org.quotaledger.audit.packet;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Hole 1 and the zip-bomb half of hole 5: the archive is read as archive tools read it, and only if unambiguous. */
class PacketArchiveTest {

    private static final PacketArchive.Limits LIMITS = PacketArchive.Limits.DEFAULT;

    private static final byte[] PACKET = ZipSurgery.zip(ZipSurgery.files(
            "README.txt", "read me",
            "records/deliveries.csv", "employee,channel\nE1,PAPER\n",
            "records/requests.csv", "request,kind\n1,DESCRIPTION\n",
            "manifest.json", "{}"));

    @Test
    void anUnambiguousZipReadsBackEntryByEntryInDirectoryOrder() throws IOException {
        Map<String, String> read = read(PACKET);

        assertThat(read).containsExactly(Map.entry("README.txt", "read me"),
                Map.entry("records/deliveries.csv", "employee,channel\nE1,PAPER\n"),
                Map.entry("records/requests.csv", "request,kind\n1,DESCRIPTION\n"), Map.entry("manifest.json", "{}"));
    }

    @Test
    void aDirectoryPointingAtAChangedCopyWhileTheLocalHeadersKeepTheOriginalIsRefused() throws IOException {
        byte[] forged = ZipSurgery.repointToChangedCopy(PACKET, "records/deliveries.csv",
                "employee,channel\nE1,EMAIL\n".getBytes(StandardCharsets.UTF_8));

        // What the verifier this replaced saw: the original file, walking the local headers.
        assertThat(streamed(forged)).containsEntry("records/deliveries.csv", "employee,channel\nE1,PAPER\n");
        RuntimeException refused = refusal(forged);
        assertThat(refused).isNotInstanceOf(PacketArchive.TooLarge.class);
        assertThat(refused.getMessage()).containsAnyOf("belong to no entry", "more than the");
    }

    @Test
    void aFileWhoseLocalHeaderIsInTheArchiveButNotInTheDirectoryIsRefused() throws IOException {
        byte[] hidden = ZipSurgery.hideFromDirectory(PACKET, "records/requests.csv");

        assertThat(streamed(hidden)).containsKey("records/requests.csv");
        assertThat(refusal(hidden)).hasMessageContaining("belong to no entry");
    }

    @Test
    void twoEntriesWithOneNameAreRefused() {
        byte[] duplicate = ZipSurgery.zip(ZipSurgery.files("a/one.csv", "1", "a/two.csv", "2"));
        assertThat(refusal(ZipSurgery.rename(duplicate, "a/two.csv", "a/one.csv"))).hasMessageContaining("two entries named a/one.csv");
        assertThat(refusal(ZipSurgery.rename(duplicate, "a/two.csv", "A/ONE.csv"))).hasMessageContaining("ignore case");
    }

    @Test
    void aDirectoryAndALocalHeaderThatDisagreeOnTheNameAreRefused() {
        byte[] renamed = ZipSurgery.renameInDirectoryOnly(PACKET, "README.txt", "READ_E.txt");

        assertThat(refusal(renamed)).hasMessageContaining("disagree on the name");
    }

    @Test
    void bytesBeforeTheFirstEntryOrAfterTheEndRecordAreRefused() {
        assertThat(refusal(ZipSurgery.concat(PACKET, "trailing".getBytes(StandardCharsets.US_ASCII))))
                .hasMessageContaining("after its end-of-directory record");
        assertThat(refusal(ZipSurgery.concat("PK\3\4prefix".getBytes(StandardCharsets.US_ASCII), PACKET)))
                .isInstanceOf(PacketArchive.Refused.class);
    }

    @Test
    void namesThatEscapeTheFolderAreRefused() {
        byte[] zip = ZipSurgery.zip(ZipSurgery.files("ab/../../x.csv", "1"));

        assertThat(refusal(zip)).hasMessageContaining("outside the folder");
        assertThat(refusal(ZipSurgery.zip(ZipSurgery.files("/etc/passwd", "1")))).hasMessageContaining("outside the folder");
    }

    @Test
    void aZipBombIsRefusedFromItsDirectoryBeforeAnythingIsInflatedAndTheMessageNamesTheLimit() {
        byte[] bomb = ZipSurgery.zip(Map.of("records/deliveries.csv", new byte[64 * 1024 * 1024]));
        assertThat(bomb.length).isLessThan(1024 * 1024);

        assertThat(refusal(bomb)).isInstanceOf(PacketArchive.TooLarge.class)
                .hasMessageContaining("records/deliveries.csv").hasMessageContaining("more than 100 times")
                .hasMessageContaining("quotaledger.packets.max-compression-ratio");
    }

    @Test
    void anEntryThatInflatesBeyondItsDeclaredSizeStopsThere() throws IOException {
        byte[] honest = ZipSurgery.zip(Map.of("big.csv", new byte[4 * 1024 * 1024]));
        long compressed = ZipSurgery.directory(honest).size() == 1 ? compressedSize(honest) : -1;
        byte[] lying = ZipSurgery.declareSize(honest, "big.csv", compressed, 1000);

        try (PacketArchive archive = PacketArchive.of(lying, LIMITS); InputStream in = archive.content(archive.entries().getFirst())) {
            assertThatThrownBy(in::readAllBytes).isInstanceOf(PacketArchive.Refused.class)
                    .hasMessageContaining("more than the 1000 bytes its directory declares");
        }
    }

    @Test
    void entryCountAndTotalSizeHaveLimitsThatTheMessageNames() {
        assertThat(refusal(PACKET, new PacketArchive.Limits(3, 1_000_000, 100)))
                .isInstanceOf(PacketArchive.TooLarge.class).hasMessageContaining("holds 4 entries")
                .hasMessageContaining("quotaledger.packets.max-entries");
        assertThat(refusal(PACKET, new PacketArchive.Limits(10, 40, 100)))
                .isInstanceOf(PacketArchive.TooLarge.class).hasMessageContaining("quotaledger.packets.max-uncompressed-bytes");
    }

    @Test
    void aZip64ArchiveOfManyEntriesIsReadLikeAnyOther() throws IOException {
        Map<String, byte[]> many = new LinkedHashMap<>();
        for (int i = 0; i < 70_000; i++) {
            many.put("notices/" + i + ".pdf", new byte[]{(byte) i});
        }
        byte[] zip = ZipSurgery.zip(many);

        try (PacketArchive archive = PacketArchive.of(zip, LIMITS)) {
            assertThat(archive.entries()).hasSize(70_000);
            try (InputStream in = archive.content(archive.entries().getLast())) {
                assertThat(in.readAllBytes()).containsExactly((byte) 69_999);
            }
        }
    }

    @Test
    void somethingThatIsNoZipIsRefused() {
        assertThat(refusal("this is not a zip at all, not even close".getBytes(StandardCharsets.US_ASCII)))
                .hasMessageContaining("not a ZIP");
        assertThat(refusal(new byte[3])).hasMessageContaining("not a ZIP");
    }

    @Test
    void theVerifierAnswersAnAmbiguousArchiveAsUnreadableNamingWhy() {
        byte[] forged = ZipSurgery.hideFromDirectory(PACKET, "records/requests.csv");

        assertThatThrownBy(() -> new PacketVerifier().verify(forged, null)).isInstanceOf(PacketVerifier.Unreadable.class)
                .hasMessageContaining("cannot be read unambiguously");
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private static Map<String, String> read(byte[] zip) throws IOException {
        Map<String, String> read = new LinkedHashMap<>();
        try (PacketArchive archive = PacketArchive.of(zip, LIMITS)) {
            for (PacketArchive.Entry e : archive.entries()) {
                try (InputStream in = archive.content(e)) {
                    read.put(e.name(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return read;
    }

    /** The archive read in full, as the verifier reads it; the refusal it ends with. */
    private static RuntimeException refusal(byte[] zip) {
        return refusal(zip, LIMITS);
    }

    private static RuntimeException refusal(byte[] zip, PacketArchive.Limits limits) {
        try (PacketArchive archive = PacketArchive.of(zip, limits)) {
            for (PacketArchive.Entry e : archive.entries()) {
                try (InputStream in = archive.content(e)) {
                    in.readAllBytes();
                }
            }
        } catch (PacketArchive.Refused e) {
            return e;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("the archive was read without complaint");
    }

    /** What a streaming reader (java.util.zip.ZipInputStream, the verifier this replaced) sees. */
    private static Map<String, String> streamed(byte[] zip) throws IOException {
        Map<String, String> read = new LinkedHashMap<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                read.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return read;
    }

    private static long compressedSize(byte[] zip) {
        ZipSurgery.Record r = ZipSurgery.directory(zip).getFirst();
        return (zip[r.at() + 20] & 0xFFL) | (zip[r.at() + 21] & 0xFFL) << 8 | (zip[r.at() + 22] & 0xFFL) << 16
                | (zip[r.at() + 23] & 0xFFL) << 24;
    }
}
