package org.quotaledger.notice;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;

import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.SplitCharacter;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;
import org.quotaledger.audit.AuditHeads;
import org.quotaledger.audit.SignedHead;
import org.quotaledger.document.QuotaDocument;
import org.quotaledger.document.QuotaDocument.Quota;

/** The look shared by both notices: page chrome (header band, QR code, footer) and the typographic building blocks. */
final class NoticeLayout {

    static final float PAGE_WIDTH = 612;
    static final float PAGE_HEIGHT = 792;
    static final float MARGIN_X = 40;
    static final float FIRST_PAGE_TOP = 138;
    static final float NEXT_PAGE_TOP = 66;
    static final float BOTTOM = 80;
    static final float BAND_HEIGHT = 116;

    static final Color INK = new Color(0x1F, 0x29, 0x37);
    static final Color BAND = new Color(0x14, 0x3A, 0x5A);
    static final Color BAND_TEXT = new Color(0xC9, 0xD8, 0xE6);
    static final Color ACCENT = new Color(0x0E, 0x76, 0x6E);
    static final Color MUTED = new Color(0x5B, 0x67, 0x75);
    static final Color RULE = new Color(0xD3, 0xDA, 0xE2);
    static final Color SHADE = new Color(0xF2, 0xF5, 0xF8);
    static final Color WARN = new Color(0xB4, 0x23, 0x18);
    static final Color CAUTION = new Color(0xA1, 0x62, 0x07);

    /** Left edge of the page number and signature line, at the right of the footer. */
    static final float SIGNATURE_X = PAGE_WIDTH - MARGIN_X - 180;

    final Font body = font(false, 9.2f, INK);
    final Font bodyBold = font(true, 9.2f, INK);
    final Font small = font(false, 7.8f, MUTED);
    final Font smallInk = font(false, 8.2f, INK);
    final Font smallBold = font(true, 7.8f, MUTED);
    final Font label = font(true, 6.8f, MUTED);
    final Font value = font(false, 9.4f, INK);
    final Font heading = font(true, 11.5f, BAND);
    final Font tableHead = font(true, 8f, Color.WHITE);
    final Font target = font(true, 10.5f, INK);

    static Font font(boolean bold, float size, Color color) {
        return new Font(bold ? NoticeFonts.bold() : NoticeFonts.regular(), size, Font.NORMAL, color);
    }

    /** Text that may hold names in any script: characters the font lacks go to a fallback font (see NoticeFonts). */
    static Paragraph text(float leading, String text, Font font) {
        Paragraph p = new Paragraph(leading, "", font);
        NoticeFonts.chunks(text, font).forEach(p::add);
        return p;
    }

    static Phrase phrase(String text, Font font) {
        Phrase p = new Phrase(Float.NaN, "", font);
        NoticeFonts.chunks(text, font).forEach(p::add);
        return p;
    }

    /** The fixed parts of every page. Page 1 has the full band with the QR code; later pages a slim one. */
    static final class Chrome extends PdfPageEventHelper {
        private final NoticeLayout layout;
        private final String kicker;
        private final String title;
        private final String subtitle;
        private final String verificationUrl;
        private final String codeLabel;
        private final String code;
        private final Phrase footerLeft;
        private final String[] signatureLine;
        private final NoticeText text;
        /** False while rendering a template: its pages get their chrome when each employee's copy is stamped. */
        private final boolean draws;
        private PdfTemplate totalPages;
        private PdfWriter writer;

        Chrome(NoticeLayout layout, NoticeText text, String kicker, String title, String subtitle,
               String verificationUrl, String codeLabel, String code, Phrase footerLeft, String[] signatureLine) {
            this(layout, text, kicker, title, subtitle, verificationUrl, codeLabel, code, footerLeft, signatureLine, true);
        }

        Chrome(NoticeLayout layout, NoticeText text, String kicker, String title, String subtitle,
               String verificationUrl, String codeLabel, String code, Phrase footerLeft, String[] signatureLine,
               boolean draws) {
            this.draws = draws;
            this.signatureLine = signatureLine;
            this.layout = layout;
            this.text = text;
            this.kicker = kicker;
            this.title = title;
            this.subtitle = subtitle;
            this.verificationUrl = verificationUrl;
            this.codeLabel = codeLabel;
            this.code = code;
            this.footerLeft = footerLeft;
        }

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            this.writer = writer;
            if (draws) {
                totalPages = writer.getDirectContent().createTemplate(30, 10);
            }
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            if (writer.getPageNumber() == 1) {
                // Takes effect from the next page: the slim band needs less room than the full one.
                document.setMargins(MARGIN_X, MARGIN_X, NEXT_PAGE_TOP, BOTTOM);
            }
            if (draws) {
                PdfContentByte under = writer.getDirectContentUnder();
                draw(under, under, writer.getDirectContent(), writer.getPageNumber());
            }
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            if (draws) {
                total(writer.getPageNumber() - 1);
            }
        }

        @Override
        public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String tag) {
            Slot slot = slots.get(tag);
            if (slot != null) {
                slot.page = writer.getPageNumber();
                slot.x = rect.getLeft();
                slot.baseline = rect.getBottom();
            }
        }

        private final java.util.Map<String, Slot> slots = new java.util.HashMap<>();

        /** Records where {@code slot}'s placeholder lands while a template is rendered. */
        void watch(Slot slot) {
            slots.put(slot.tag, slot);
        }

        /**
         * Draws page {@code page}'s chrome, as {@link #onEndPage} does, onto the canvases of a stamp of a rendered
         * template ({@code under} its content: band and QR code; {@code over} it: the footer), the page count drawn in
         * place rather than through a form: the same text in the same place. The QR code goes to {@code qrCanvas},
         * drawn after {@code under}: it shows no text, so a stamp can take it as it is while it rewrites the text's
         * fonts.
         */
        void stampPage(PdfContentByte under, PdfContentByte qrCanvas, PdfContentByte over, int page, int pages) {
            inlineTotal = pages;
            draw(under, qrCanvas, over, page);
        }

        /** When stamping: the page count, drawn in the footer itself. */
        private int inlineTotal;

        /**
         * Makes a template's font subsets hold every glyph its stamped copies will draw, so that they draw with those
         * fonts and embed no subset of their own: the chrome as this model's copy would have it (the other copies differ
         * in code, time and page only), the codes' alphabet, and printable ASCII and the Latin-1 letters most names are
         * written in. Drawn on a form that no page shows: it is never written to the file, only its glyphs are.
         */
        void coverGlyphs() {
            int pages = writer.getPageNumber();
            PdfTemplate offPage = writer.getDirectContent().createTemplate(PAGE_WIDTH, PAGE_HEIGHT);
            totalPages = offPage.createTemplate(30, 10);
            for (int page = 1; page <= pages; page++) {
                draw(offPage, offPage, offPage, page);
            }
            total(pages);
            StringBuilder latin = new StringBuilder();
            for (char c = 0x20; c < 0x7F; c++) {
                latin.append(c);
            }
            for (char c = 0xC0; c <= 0xFF; c++) {
                latin.append(c);
            }
            offPage.beginText();
            // Bold: the verification codes and the page numbers. Regular: names, numbers, the signing time.
            offPage.setFontAndSize(NoticeFonts.bold(), 8);
            offPage.showText(VerificationCodes.ALPHABET + "QL- 0123456789");
            offPage.setFontAndSize(NoticeFonts.regular(), 8);
            offPage.showText(latin.toString());
            offPage.endText();
        }

        private void draw(PdfContentByte under, PdfContentByte qrCanvas, PdfContentByte over, int page) {
            if (page == 1) {
                firstPageBand(under, qrCanvas);
            } else {
                slimBand(under);
            }
            footer(over, page);
        }

        private void total(int pages) {
            ColumnText.showTextAligned(totalPages, Element.ALIGN_LEFT,
                    new Phrase(Integer.toString(pages), layout.smallBold), 0, 2, 0);
        }

        private void firstPageBand(PdfContentByte canvas, PdfContentByte qrCanvas) {
            float bottom = PAGE_HEIGHT - BAND_HEIGHT;
            canvas.saveState();
            canvas.setColorFill(BAND);
            canvas.rectangle(0, bottom, PAGE_WIDTH, BAND_HEIGHT);
            canvas.fill();
            canvas.setColorFill(ACCENT);
            canvas.rectangle(0, bottom - 4, PAGE_WIDTH, 4);
            canvas.fill();

            // White card for the QR code so that it scans on the dark band.
            float card = 92;
            float cardX = PAGE_WIDTH - MARGIN_X - card;
            float cardY = bottom + 10;
            canvas.setColorFill(Color.WHITE);
            canvas.roundRectangle(cardX, cardY, card, card + 8, 4);
            canvas.fill();
            canvas.restoreState();
            float qr = 66;
            QrCode.draw(qrCanvas, verificationUrl, cardX + (card - qr) / 2, cardY + 28, qr, INK);
            ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, phrase(codeLabel, font(false, 6.2f, MUTED)),
                    cardX + card / 2, cardY + 17, 0);
            ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, new Phrase(code, font(true, 8.6f, INK)),
                    cardX + card / 2, cardY + 6, 0);

            float textWidth = cardX - MARGIN_X - 16;
            column(canvas, phrase(kicker.toUpperCase(text.locale()), font(true, 8.5f, BAND_TEXT)),
                    MARGIN_X, PAGE_HEIGHT - 24, textWidth, 14);
            column(canvas, phrase(title, font(true, 22, Color.WHITE)), MARGIN_X, PAGE_HEIGHT - 38, textWidth, 30);
            column(canvas, phrase(subtitle, font(false, 9.5f, BAND_TEXT)), MARGIN_X, PAGE_HEIGHT - 72, textWidth, 40);
        }

        private void slimBand(PdfContentByte canvas) {
            canvas.saveState();
            canvas.setColorFill(BAND);
            canvas.rectangle(0, PAGE_HEIGHT - 40, PAGE_WIDTH, 40);
            canvas.fill();
            canvas.setColorFill(ACCENT);
            canvas.rectangle(0, PAGE_HEIGHT - 43, PAGE_WIDTH, 3);
            canvas.fill();
            canvas.restoreState();
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, phrase(title + "  ·  " + kicker, font(true, 10, Color.WHITE)),
                    MARGIN_X, PAGE_HEIGHT - 25, 0);
            ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, phrase(codeLabel + " " + code, font(true, 8.5f, BAND_TEXT)),
                    PAGE_WIDTH - MARGIN_X, PAGE_HEIGHT - 25, 0);
        }

        private void footer(PdfContentByte canvas, int page) {
            canvas.saveState();
            canvas.setColorStroke(RULE);
            canvas.setLineWidth(0.6f);
            canvas.moveTo(MARGIN_X, 66);
            canvas.lineTo(PAGE_WIDTH - MARGIN_X, 66);
            canvas.stroke();
            canvas.restoreState();
            float width = SIGNATURE_X - MARGIN_X - 16;
            // Room for five lines: the verification text runs a line longer in Russian or Ukrainian than in English,
            // and a column cuts off what does not fit without a word.
            column(canvas, footerLeft, MARGIN_X, 62, width, 48);
            String pageText = text.get("footer.page", page) + " ";
            Phrase pagePhrase = phrase(pageText, layout.smallBold);
            float x = SIGNATURE_X;
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, pagePhrase, x, 54, 0);
            // Measured chunk by chunk: a fallback font's glyphs are as wide as that font says, not as Liberation says.
            float pageWidth = (float) pagePhrase.getChunks().stream().mapToDouble(c -> ((Chunk) c).getWidthPoint()).sum();
            if (inlineTotal > 0) {
                ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
                        new Phrase(Integer.toString(inlineTotal), layout.smallBold), x + pageWidth, 54, 0);
            } else {
                canvas.addTemplate(totalPages, x + pageWidth, 52);
            }
            if (signatureLine != null) {
                ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, phrase(signatureLine[0], layout.smallInk), x, 38, 0);
                ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(signatureLine[1], layout.small), x, 28, 0);
            }
            if (!text.reviewed()) {
                // In English, whatever the notice's language: the reader who doubts the translation can still read this.
                // Above the rule, in the strip the bottom margin keeps free of body text, clear of the footer's lines.
                ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
                        new Phrase(NoticeText.UNREVIEWED_NOTE, font(false, 6.8f, MUTED)), MARGIN_X, 70, 0);
            }
        }

        private void column(PdfContentByte canvas, Phrase phrase, float x, float top, float width, float height) {
            ColumnText ct = new ColumnText(canvas);
            ct.setSimpleColumn(phrase, x, top - height, x + width, top, phrase.getFont().getSize() * 1.2f, Element.ALIGN_LEFT);
            try {
                ct.go();
            } catch (org.openpdf.text.DocumentException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    // ---- building blocks -------------------------------------------------------------------------------------

    Paragraph heading(String text) {
        Paragraph p = text(heading.getSize() * 1.2f, text, heading);
        p.setSpacingBefore(8);
        // A table placed after a paragraph starts at its baseline: leave room for the descenders.
        p.setSpacingAfter(7);
        p.setKeepTogether(true);
        return p;
    }

    /** A heading inside a side-by-side cell, where the cell's padding already separates it from what is above. */
    Paragraph subheading(String text) {
        Paragraph p = text(heading.getSize() * 1.2f, text, heading);
        p.setSpacingAfter(4);
        return p;
    }

    /** Short bullet items in columns: eight protected activities in one column would push the rights to page 2. */
    PdfPTable bulletGrid(List<String> items, int columns, Font font) {
        PdfPTable table = new PdfPTable(columns);
        table.setWidthPercentage(100);
        table.setSpacingBefore(1);
        table.setSpacingAfter(4);
        for (String item : items) {
            PdfPCell cell = new PdfPCell();
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setPadding(0);
            cell.setPaddingRight(6);
            cell.addElement(bullet(item, font));
            table.addCell(cell);
        }
        table.completeRow();
        return table;
    }

    Paragraph paragraph(String text, Font font) {
        Paragraph p = text(font.getSize() * 1.3f, text, font);
        p.setSpacingAfter(2.5f);
        return p;
    }

    /**
     * A paragraph in which the given tokens never break across lines: a verification code split at its dash
     * ("QL-" / "7K3M-9XQ2") is one that people mistype.
     */
    Paragraph unbroken(String text, Font font, String... tokens) {
        Paragraph p = new Paragraph(font.getSize() * 1.32f, "", font);
        p.setSpacingAfter(3);
        int at = 0;
        while (at < text.length()) {
            int next = -1;
            String token = null;
            for (String candidate : tokens) {
                int i = candidate == null || candidate.isEmpty() ? -1 : text.indexOf(candidate, at);
                if (i >= 0 && (next < 0 || i < next)) {
                    next = i;
                    token = candidate;
                }
            }
            if (token == null) {
                NoticeFonts.chunks(text.substring(at), font).forEach(p::add);
                break;
            }
            if (next > at) {
                NoticeFonts.chunks(text.substring(at, next), font).forEach(p::add);
            }
            for (Chunk whole : NoticeFonts.chunks(token, font)) {
                whole.setSplitCharacter(NEVER_SPLIT);
                p.add(whole);
            }
            at = next + token.length();
        }
        return p;
    }

    private static final SplitCharacter NEVER_SPLIT = (start, current, end, cc, ck) -> false;

    Paragraph bullet(String text, Font font) {
        Paragraph p = text(font.getSize() * 1.3f, "•  " + text, font);
        p.setIndentationLeft(9);
        p.setFirstLineIndent(-9);
        p.setSpacingAfter(1.5f);
        return p;
    }

    /** A grid of small-caps labels over values, for the facts at the top of a notice. */
    PdfPTable facts(int columns, List<String[]> labelValuePairs) {
        return facts(columns, labelValuePairs, java.util.Map.of());
    }

    /**
     * The same grid for a template: the values at the indexes of {@code slots} are left blank, one line high, and
     * their place on the page is recorded in the slot (through {@code chrome}'s page events) for stamping.
     */
    PdfPTable facts(int columns, List<String[]> labelValuePairs, java.util.Map<Integer, Slot> slots) {
        PdfPTable table = new PdfPTable(columns);
        table.setWidthPercentage(100);
        table.setSpacingAfter(6);
        for (int i = 0; i < labelValuePairs.size(); i++) {
            String[] pair = labelValuePairs.get(i);
            Slot slot = slots.get(i);
            PdfPCell cell = new PdfPCell();
            cell.setBorder(Rectangle.BOTTOM);
            cell.setBorderColor(RULE);
            cell.setBorderWidth(0.6f);
            cell.setPaddingTop(3);
            cell.setPaddingBottom(5);
            cell.setPaddingLeft(0);
            cell.setPaddingRight(8);
            cell.addElement(text(Float.NaN, pair[0].toUpperCase(java.util.Locale.ROOT), label));
            if (slot != null) {
                cell.addElement(placeholder(slot));
                cell.setCellEvent((c, position, canvases) -> slot.right = position.getRight() - c.getPaddingRight());
            } else {
                cell.addElement(valueText(pair[1]));
            }
            if (slot == null && NoticeFonts.hasRightToLeft(pair[1])) {
                // The bidi algorithm on a left-to-right line: an Arabic or Hebrew name reads right to left, shaped.
                cell.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
            }
            if (pair.length > 2 && pair[2] != null) {
                cell.setColspan(Integer.parseInt(pair[2]));
            }
            table.addCell(cell);
        }
        table.completeRow();
        return table;
    }

    /** A fact's value: one paragraph in the value font, as a cell of {@link #facts} holds it. */
    Paragraph valueText(String text) {
        return text(value.getSize() * 1.25f, text, value);
    }

    /**
     * A value left blank, of the same one-line height: a single space (which draws nothing and which text extraction
     * does not read) tagged so that the page event learns where the line starts and its baseline.
     */
    private Paragraph placeholder(Slot slot) {
        Paragraph p = new Paragraph(value.getSize() * 1.25f, "", value);
        Chunk blank = new Chunk(" ", value);
        blank.setGenericTag(slot.tag);
        p.add(blank);
        return p;
    }

    /**
     * Where one employee's own value goes on a template: found while the template is rendered (page, start of the
     * line, baseline, right edge of the cell's text), written when each employee's copy is stamped.
     */
    static final class Slot {
        final String tag;
        int page;
        float x = Float.NaN;
        float baseline = Float.NaN;
        float right = Float.NaN;

        Slot(String tag) {
            this.tag = tag;
        }

        boolean placed() {
            return page > 0 && !Float.isNaN(x) && !Float.isNaN(baseline) && !Float.isNaN(right);
        }
    }

    PdfPTable table(float[] widths, String... headers) {
        return table(widths, List.of(), headers);
    }

    /**
     * A table whose caption is a header row: the caption repeats on a continuation page and can never be left
     * alone at the foot of a page while its rows start on the next.
     */
    PdfPTable table(float[] widths, List<Element> caption, String... headers) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(caption.isEmpty() ? 1 : 2);
        // A paragraph's spacing-after is lost before a table; the table's own spacing keeps headings off it.
        table.setSpacingBefore(caption.isEmpty() ? 5 : 2);
        table.setSpacingAfter(6);
        if (!caption.isEmpty()) {
            PdfPCell cell = new PdfPCell();
            cell.setColspan(widths.length);
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setPadding(0);
            cell.setPaddingBottom(4);
            caption.forEach(cell::addElement);
            table.addCell(cell);
        }
        for (String h : headers) {
            PdfPCell cell = new PdfPCell(phrase(h, tableHead));
            cell.setBackgroundColor(BAND);
            cell.setBorderColor(BAND);
            cell.setPadding(5);
            cell.setPaddingBottom(6);
            table.addCell(cell);
        }
        return table;
    }

    PdfPCell cell(boolean shaded, Element... content) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(RULE);
        cell.setBorderWidth(0.6f);
        cell.setPadding(5);
        cell.setPaddingTop(3);
        cell.setPaddingBottom(6);
        if (shaded) {
            cell.setBackgroundColor(SHADE);
        }
        for (Element e : content) {
            cell.addElement(e);
        }
        return cell;
    }

    /** Text inside a table cell, with tighter leading than body paragraphs. */
    Paragraph cellText(String text, Font font) {
        Paragraph p = text(font.getSize() * 1.28f, text, font);
        p.setSpacingAfter(1);
        return p;
    }

    /** A borderless two-column row for placing two sections side by side. */
    PdfPTable sideBySide(List<Element> left, List<Element> right) {
        PdfPTable table = new PdfPTable(new float[]{1, 1});
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        // Split the row at a page break rather than move it whole and leave half a page empty.
        table.setSplitLate(false);
        for (List<Element> side : List.of(left, right)) {
            PdfPCell cell = new PdfPCell();
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setPaddingLeft(side == left ? 0 : 10);
            cell.setPaddingRight(side == left ? 10 : 0);
            cell.setPaddingTop(0);
            side.forEach(cell::addElement);
            table.addCell(cell);
        }
        return table;
    }

    /** A tinted panel with an accent rule on the left, for the rights and the verification text. */
    PdfPTable panel(Color accent, List<Element> content) {
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.setSpacingBefore(8);
        table.setKeepTogether(true);
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.LEFT);
        cell.setBorderColorLeft(accent);
        cell.setBorderWidthLeft(3);
        cell.setBackgroundColor(SHADE);
        cell.setPadding(8);
        cell.setPaddingTop(3);
        cell.setPaddingLeft(12);
        content.forEach(cell::addElement);
        table.addCell(cell);
        return table;
    }

    // ---- shared by both renderers ----------------------------------------------------------------------------

    static Document open(ByteArrayOutputStream out, NoticeLayout.Chrome chrome, String title, String author, String language,
                                 SignedHead auditHead) {
        Document document = new Document(PageSize.LETTER, NoticeLayout.MARGIN_X, NoticeLayout.MARGIN_X,
                NoticeLayout.FIRST_PAGE_TOP, NoticeLayout.BOTTOM);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(chrome);
        writer.setFullCompression();
        // Fastest deflate: a notice grows by about 2% and renders 15% faster; bulk issuing is CPU-bound.
        writer.setCompressionLevel(java.util.zip.Deflater.BEST_SPEED);
        document.addTitle(title);
        document.addAuthor(author);
        document.addCreator("Quota Ledger");
        if (auditHead != null) {
            document.addHeader(AuditHeads.PDF_STATEMENT_KEY, auditHead.statement());
            document.addHeader(AuditHeads.PDF_SIGNATURE_KEY, auditHead.signatureBase64());
        }
        // Screen readers pick their voice from /Lang; a Spanish notice read with English rules is unintelligible.
        writer.getExtraCatalog().put(org.openpdf.text.pdf.PdfName.LANG, new org.openpdf.text.pdf.PdfString(language));
        document.open();
        return document;
    }

    /** The signing moment in the facility's local time, zone named, beside the local issue day the notice prints. */
    static String[] signatureLine(NoticeText t, String signer, java.time.Instant at, String state) {
        return new String[]{t.get("footer.signedBy", signer),
                SIGNED_AT.format(at.atZone(org.quotaledger.law.StateLaws.zone(state))) + " · PAdES B-B"};
    }

    static final java.time.format.DateTimeFormatter SIGNED_AT =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm zzz", java.util.Locale.US);

    /** "120 units per hour": the quantity, the unit and the period, as a sentence a person would say. */
    static String target(Quota q, java.time.Duration shift, NoticeText t) {
        if (q.kind() == QuotaDocument.Kind.RELATIVE) {
            return t.get("quota.target.relative");
        }
        if (q.quantity() == null) {
            return t.get("quota.target.noQuantity");
        }
        String quantity = t.number(q.quantity());
        // "per shift" says more to a picker than "per 10 hours" when the period is the shift.
        String per = q.period() != null && q.period().equals(shift) ? t.get("period.shift") : t.per(q.period());
        if (q.kind() == QuotaDocument.Kind.TIME_ON_TASK) {
            return t.get("quota.target.timeOnTask", quantity, per);
        }
        String unit = q.unit() == null || q.unit().isBlank() ? t.get("quota.unit.default") : q.unit();
        return t.get("quota.target.count", quantity, unit, per);
    }

    static Element[] consequences(List<String> actions, String none, NoticeLayout l) {
        if (actions == null || actions.isEmpty()) {
            return new Element[]{l.cellText(none, l.small)};
        }
        return actions.stream().map(a -> (Element) l.bullet(a, l.body)).toArray(Element[]::new);
    }

    static String orDash(String s, NoticeText t) {
        return s == null || s.isBlank() ? t.get("info.notStated") : s;
    }

    static String join(String sep, String... parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                if (!b.isEmpty()) {
                    b.append(sep);
                }
                b.append(p);
            }
        }
        return b.toString();
    }

}
