package org.quotaledger.notice;

import java.nio.file.Files;
import java.nio.file.Path;

import org.quotaledger.signing.PdfSigner;
import org.quotaledger.signing.SelfSignedIdentity;

/** Writes signed sample notices to a directory, to look at them: {@code java ... SampleNotices /tmp/notices}. */
public final class SampleNotices {

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/sample-notices"));
        NoticeRenderer renderer = new NoticeRenderer();
        PdfSigner signer = new PdfSigner(SelfSignedIdentity.generate("Acme Fulfillment LLC", "EC", null, java.time.Instant.now()));
        Files.write(dir.resolve("employee-en.pdf"),
                renderer.renderSignedEmployeeNotice(NoticeFixtures.employeeNotice("Maria Hernández", "en"), signer));
        Files.write(dir.resolve("employee-es.pdf"),
                renderer.renderSignedEmployeeNotice(NoticeFixtures.employeeNotice("María José Hernández Núñez", "es"), signer));
        Files.write(dir.resolve("employee-vi.pdf"),
                renderer.renderSignedEmployeeNotice(NoticeFixtures.employeeNotice("Nguyễn Łukasz Žofia", "vi"), signer));
        for (String language : new String[]{"en", "es"}) {
            Files.write(dir.resolve("employee-spec-example-" + language + ".pdf"), renderer.renderSignedEmployeeNotice(
                    NoticeFixtures.specExampleNotice("Maria Hernández", language), signer));
        }
        Files.write(dir.resolve("regulator.pdf"), renderer.renderSignedRegulatorNotice(NoticeFixtures.regulatorNotice(), signer));
        System.out.println("Wrote samples to " + dir.toAbsolutePath());
    }
}
