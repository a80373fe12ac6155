package org.quotaledger.notice;

import java.util.function.Function;

import org.quotaledger.signing.PdfSigner;

/** The bulk job's template-and-stamp path, for the raw-loop benchmark outside this package. */
public final class StampedNotices {

    private StampedNotices() {
    }

    /** Signed notices stamped from templates kept for the returned function's life, as one bulk job keeps them. */
    public static Function<EmployeeNoticeModel, byte[]> signedBy(PdfSigner signer) {
        NoticeTemplates templates = new NoticeTemplates(new EmployeeNoticeRenderer());
        return model -> {
            byte[] pdf = templates.renderSigned(model, signer, null);
            if (templates.renderedWhole() > 0) {
                throw new IllegalStateException("the benchmark's notice was rendered whole, not stamped");
            }
            return pdf;
        };
    }
}
