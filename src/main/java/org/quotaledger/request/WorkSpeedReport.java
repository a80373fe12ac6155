package org.quotaledger.request;

import org.quotaledger.notice.NoticeFonts;
import org.quotaledger.notice.NoticeText;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.quotaledger.web.CsvWriter;
import org.quotaledger.workspeed.WorkSpeedViews.AggregateRow;
import org.quotaledger.workspeed.WorkSpeedViews.WorkSpeedRow;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The work speed data report handed to an employee who asked for it (Cal. Lab. Code §2104(a), N.Y. Lab.
 * Law §785, RCW 49.84.037): one line per day and metric, with time on task and time off task by reason,
 * and where the law requires it (NY, WA) the aggregate of similar employees. In the employee's language where
 * {@code messages/report*.properties} has it (docs/languages.md), else English; rendered unsigned here, the caller
 * signs it.
 */
final class WorkSpeedReport {

    /** {@code aggregateCitation}: where the aggregated data is required, null when none is produced. */
    record Subject(String employerName, String facilityCode, String facilityName, String employeeNumber,
                   String employeeName, LocalDate from, LocalDate to, LocalDate requestedOn, String aggregateCitation) {
    }

    private WorkSpeedReport() {
    }

    /** The report in {@code language} (English where there is no translation, or it may not be used). */
    static byte[] pdf(Subject s, List<WorkSpeedRow> rows, List<AggregateRow> aggregate, String language) {
        return pdf(s, rows, aggregate, language, NoticeText.Unreviewed.configured());
    }

    static byte[] pdf(Subject s, List<WorkSpeedRow> rows, List<AggregateRow> aggregate, String language,
                      NoticeText.Unreviewed unreviewed) {
        NoticeText t = NoticeText.of(NoticeText.REPORT_BUNDLE, Locale.forLanguageTag(language), unreviewed);
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.LETTER, 48, 48, 48, 48);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(t.language()));
            if (!t.reviewed()) {
                writer.setPageEvent(new UnreviewedFootnote());
            }
            document.addTitle(t.get("doc.pdfTitle", s.employeeNumber()));
            document.open();
            Font title = new Font(NoticeFonts.bold(), 16);
            Font body = new Font(NoticeFonts.regular(), 9.5f);
            Font head = new Font(NoticeFonts.bold(), 9);
            document.add(text(t.get("doc.title"), title));
            document.add(text(s.employerName() + " · " + s.facilityCode() + " " + s.facilityName(), body));
            document.add(text(t.get("doc.employee", s.employeeNumber(), s.employeeName()), body));
            document.add(text(t.get("doc.period", s.requestedOn().toString(), s.from().toString(), s.to().toString()), body));
            document.add(new Paragraph(" ", body));
            PdfPTable table = new PdfPTable(new float[]{2.2f, 3f, 1.6f, 1.6f, 1.4f, 1.4f, 1.4f, 1.4f});
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            for (String h : List.of("col.date", "col.metric", "col.units", "col.onTask", "col.bathroom", "col.break",
                    "col.safety", "col.other")) {
                table.addCell(cell(t.get(h), head));
            }
            int units = 0;
            for (WorkSpeedRow r : rows) {
                table.addCell(cell(r.date().toString(), body));
                table.addCell(cell(r.metric(), body));
                table.addCell(cell(r.units().toPlainString(), body));
                table.addCell(cell(String.valueOf(r.timeOnTaskMinutes()), body));
                table.addCell(cell(String.valueOf(r.offTaskBathroom()), body));
                table.addCell(cell(String.valueOf(r.offTaskBreak()), body));
                table.addCell(cell(String.valueOf(r.offTaskSafety()), body));
                table.addCell(cell(String.valueOf(r.offTaskOther()), body));
                units++;
            }
            if (rows.isEmpty()) {
                document.add(text(t.get("rows.none"), body));
            } else {
                document.add(table);
                document.add(text(t.get("rows.count", Integer.toString(units)), body));
            }
            if (!aggregate.isEmpty()) {
                document.add(new Paragraph(" ", body));
                document.add(text(t.get("aggregate.heading", s.aggregateCitation()), head));
                PdfPTable agg = new PdfPTable(new float[]{2.2f, 3f, 1.4f, 1.8f, 1.8f, 1.8f});
                agg.setWidthPercentage(100);
                agg.setHeaderRows(1);
                for (String h : List.of("col.date", "col.metric", "aggregate.employees", "aggregate.units", "aggregate.onTask",
                        "aggregate.offTask")) {
                    agg.addCell(cell(t.get(h), head));
                }
                for (AggregateRow a : aggregate) {
                    agg.addCell(cell(a.date().toString(), body));
                    agg.addCell(cell(a.metric(), body));
                    agg.addCell(cell(String.valueOf(a.employees()), body));
                    agg.addCell(cell(a.averageUnits().toPlainString(), body));
                    agg.addCell(cell(a.averageTimeOnTaskMinutes().toPlainString(), body));
                    agg.addCell(cell(a.averageOffTaskMinutes().toPlainString(), body));
                }
                document.add(agg);
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not render the work speed report", e);
        }
        return out.toByteArray();
    }

    /** The records as CSV, in the same layout the upload accepts. */
    static byte[] csv(List<WorkSpeedRow> rows) {
        var out = new ByteArrayOutputStream();
        try {
            var csv = CsvWriter.to(out, "employee_number", "date", "metric", "units", "time_on_task_minutes", "off_task_bathroom",
                    "off_task_break", "off_task_safety", "off_task_other");
            for (WorkSpeedRow r : rows) {
                csv.row(r.employeeNumber(), r.date().toString(), r.metric(), r.units().toPlainString(), r.timeOnTaskMinutes(),
                        r.offTaskBathroom(), r.offTaskBreak(), r.offTaskSafety(), r.offTaskOther());
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Words in any script: characters Liberation Sans lacks (Chinese, Korean) are set in a fallback font. */
    private static Paragraph text(String text, Font font) {
        Paragraph p = new Paragraph(Float.NaN, "", font);
        NoticeFonts.chunks(text, font).forEach(p::add);
        return p;
    }

    /** The footnote of a translation no qualified translator has reviewed, in English, at the foot of every page. */
    private static final class UnreviewedFootnote extends PdfPageEventHelper {
        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_LEFT,
                    new Phrase(NoticeText.UNREVIEWED_NOTE, new Font(NoticeFonts.regular(), 7)), 48, 28, 0);
        }
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(text(text, font));
        cell.setPadding(3);
        cell.setHorizontalAlignment(Element.ALIGN_LEFT);
        return cell;
    }
}
