package org.quotaledger.notice;

import java.nio.file.Files;
import java.nio.file.Path;

import org.quotaledger.signing.PdfSigner;
import org.quotaledger.signing.SelfSignedIdentity;

/** Writes signed sample notices to a directory, to look at them: {@code java ... SampleNotices /tmp/notices}. */
public final class SampleNotices {

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/sample-notices"));
        EmployeeNoticeRenderer employee = new EmployeeNoticeRenderer();
        RegulatorNoticeRenderer regulator = new RegulatorNoticeRenderer();
        PdfSigner signer = new PdfSigner(SelfSignedIdentity.generate("Acme Fulfillment LLC", "EC", null, java.time.Instant.now()));
        Files.write(dir.resolve("employee-en.pdf"),
                employee.renderSigned(NoticeFixtures.employeeNotice("Maria Hernández", "en"), signer));
        Files.write(dir.resolve("employee-es.pdf"),
                employee.renderSigned(NoticeFixtures.employeeNotice("María José Hernández Núñez", "es"), signer));
        Files.write(dir.resolve("employee-vi.pdf"),
                employee.renderSigned(NoticeFixtures.employeeNotice("Nguyễn Łukasz Žofia", "vi"), signer));
        for (String language : new String[]{"en", "es"}) {
            Files.write(dir.resolve("employee-spec-example-" + language + ".pdf"), employee.renderSigned(
                    NoticeFixtures.specExampleNotice("Maria Hernández", language), signer));
        }
        Files.write(dir.resolve("regulator.pdf"), regulator.renderSigned(NoticeFixtures.regulatorNotice(), signer));
        System.out.println("Wrote samples to " + dir.toAbsolutePath());
    }
}
