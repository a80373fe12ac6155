package org.quotaledger.audit.packet;

import org.quotaledger.notice.NoticeFonts;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.quotaledger.rules.Finding;
import org.quotaledger.signing.PdfSigner;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The findings of a facility's latest evaluation as a signed PDF for the packet: every rule's outcome with its
 * citation, failures first. Liberation Sans embedded as Identity-H, so names in any script print as written.
 */
final class FindingsReport {

    /** The evaluation the report shows; {@code findings} null when the facility was never evaluated. */
    record Model(String facilityCode, String facilityName, String state, Instant evaluatedAt, LocalDate asOf,
                 String trigger, String exposure, List<Finding> findings, Instant generatedAt) {
    }

    private static final Color INK = new Color(0x1F, 0x29, 0x37);
    private static final Color MUTED = new Color(0x5B, 0x67, 0x75);
    private static final Color SHADE = new Color(0xF2, 0xF5, 0xF8);

    private FindingsReport() {
    }

    static byte[] renderSigned(Model m, PdfSigner signer) {
        return signer.sign(render(m, signer.identity().displayName()), m.generatedAt(), PdfSigner.Placement.invisible(),
                "Findings report");
    }

    static byte[] render(Model m, String signedBy) {
        BaseFont base = NoticeFonts.regular();
        Font title = new Font(base, 16, Font.NORMAL, INK);
        Font heading = new Font(base, 11, Font.NORMAL, INK);
        Font body = new Font(base, 8.5f, Font.NORMAL, INK);
        Font small = new Font(base, 7.5f, Font.NORMAL, MUTED);
        var out = new ByteArrayOutputStream(32 * 1024);
        var document = new Document(PageSize.LETTER.rotate(), 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Findings report " + m.facilityCode());
            document.addCreator("Quota Ledger");
            document.open();
            document.add(new Paragraph("Findings report · " + m.facilityCode() + " " + m.facilityName(), title));
            if (m.findings() == null) {
                document.add(new Paragraph("This facility has not been evaluated yet: there are no findings to report.", body));
            } else {
                document.add(new Paragraph("State " + m.state() + " · evaluated " + m.evaluatedAt() + " for " + m.asOf()
                        + " (" + m.trigger() + ")", small));
                document.add(new Paragraph("Estimated exposure: " + m.exposure(), body));
                long fail = count(m, "FAIL");
                long review = count(m, "NEEDS_REVIEW");
                long pass = count(m, "PASS");
                document.add(new Paragraph(fail + " failed, " + review + " need review, " + pass + " passed, "
                        + m.findings().size() + " findings in all.", heading));
                PdfPTable table = new PdfPTable(new float[]{1.6f, 0.9f, 0.8f, 1.4f, 1.4f, 4.2f});
                table.setWidthPercentage(100);
                table.setSpacingBefore(8);
                table.setHeaderRows(1);
                for (String h : List.of("Rule", "Outcome", "Severity", "Citation", "Subject", "Finding and remedy")) {
                    PdfPCell cell = new PdfPCell(new Phrase(h, heading));
                    cell.setBackgroundColor(SHADE);
                    table.addCell(cell);
                }
                m.findings().stream()
                        .sorted(java.util.Comparator.comparing((Finding f) -> rank(f.outcome().name())).thenComparing(Finding::ruleId))
                        .forEach(f -> {
                            table.addCell(new Phrase(f.ruleId(), body));
                            table.addCell(new Phrase(f.outcome().name(), body));
                            table.addCell(new Phrase(f.severity() == null ? "" : f.severity().name(), body));
                            table.addCell(new Phrase(nz(f.citation()), body));
                            table.addCell(new Phrase(f.subject() == null ? "facility" : f.subject(), body));
                            table.addCell(new Phrase(nz(f.message()) + (f.remedy() == null ? "" : "\nRemedy: " + f.remedy()), body));
                        });
                document.add(table);
            }
            Paragraph footer = new Paragraph("Generated " + m.generatedAt()
                    + (signedBy == null ? "" : " · digitally signed by " + signedBy)
                    + ". An estimate to set priorities, not a legal conclusion.", small);
            footer.setAlignment(Element.ALIGN_LEFT);
            footer.setSpacingBefore(10);
            document.add(footer);
        } catch (DocumentException e) {
            throw new IllegalStateException("Rendering the findings report failed: " + e.getMessage(), e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
        return out.toByteArray();
    }

    private static long count(Model m, String outcome) {
        return m.findings().stream().filter(f -> f.outcome().name().equals(outcome)).count();
    }

    private static int rank(String outcome) {
        return switch (outcome) {
            case "FAIL" -> 0;
            case "NEEDS_REVIEW" -> 1;
            case "PENDING" -> 2;
            case "PASS" -> 3;
            default -> 4;
        };
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
