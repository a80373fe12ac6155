package org.quotaledger.audit.packet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The exit codes its Javadoc promises scripts, for the inputs that are not a packet at all (no database, no Quarkus). */
class VerifyPacketCommandTest {

    @TempDir
    Path dir;

    @Test
    void aFileThatIsNotAZipIsNotIntact() throws IOException {
        Path notZip = Files.writeString(dir.resolve("packet.zip"), "not a zip at all");

        assertThat(exit("verify-packet", notZip.toString())).isEqualTo(VerifyPacketCommand.NOT_INTACT);
    }

    @Test
    void aZipWithoutAManifestIsNotIntact() throws IOException {
        Path zip = dir.resolve("empty.zip");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("README.txt"));
            out.write("hello".getBytes());
            out.closeEntry();
        }

        assertThat(exit("verify-packet", zip.toString())).isEqualTo(VerifyPacketCommand.NOT_INTACT);
    }

    @Test
    void aMissingFileAUsageErrorOrAnUnreadableCertificateProveNothing() throws IOException {
        Path certificate = Files.writeString(dir.resolve("trusted.pem"), "not a certificate");

        assertThat(exit("verify-packet", dir.resolve("absent.zip").toString())).isEqualTo(VerifyPacketCommand.NOT_VERIFIED);
        assertThat(exit("verify-packet")).isEqualTo(VerifyPacketCommand.NOT_VERIFIED);
        assertThat(exit("verify-packet", "a.zip", "--certificate")).isEqualTo(VerifyPacketCommand.NOT_VERIFIED);
        assertThat(exit("verify-packet", "a.zip", "--certificate", certificate.toString()))
                .isEqualTo(VerifyPacketCommand.NOT_VERIFIED);
    }

    private static int exit(String... args) {
        var sink = new PrintStream(new ByteArrayOutputStream());
        return VerifyPacketCommand.run(args, sink, sink);
    }
}
