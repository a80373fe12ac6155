package org.quotaledger.notice;

import static org.quotaledger.notice.NoticeLayout.consequences;
import static org.quotaledger.notice.NoticeLayout.join;
import static org.quotaledger.notice.NoticeLayout.open;
import static org.quotaledger.notice.NoticeLayout.orDash;
import static org.quotaledger.notice.NoticeLayout.signatureLine;
import static org.quotaledger.notice.NoticeLayout.target;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.quotaledger.audit.AuditHeads;
import org.quotaledger.law.LawStatus;
import org.quotaledger.law.StateLaw;
import org.quotaledger.law.StateLaws;
import org.quotaledger.document.QuotaDocument;
import org.quotaledger.document.QuotaDocument.ProtectedActivity;
import org.quotaledger.document.QuotaDocument.Quota;
import org.quotaledger.audit.SignedHead;
import org.quotaledger.signing.PdfSigner;

/**
 * Renders the employee quota notice as a US Letter PDF (US law, US paper), in the employee's primary language where a
 * translation exists. Stateless and thread-safe: fonts are shared, everything else is per call. A one-page notice costs
 * about 2 ms of CPU, mostly OpenPDF's table layout, which is more than an ECDSA signature: for bulk issuing, use every
 * core ({@code docs/benchmarks.md}). The page chrome and the pieces it shares with the filing summary are in
 * {@link NoticeLayout}.
 */
public final class EmployeeNoticeRenderer {

    /**
     * Renders with the signer's name and the issue time printed in the footer of every page, then signs with
     * that time as /M. The printed line is inside the signed bytes, so it cannot be altered either.
     */
    public byte[] renderSigned(EmployeeNoticeModel model, PdfSigner signer) {
        return renderSigned(model, signer, null);
    }

    /**
     * The same, carrying the audit chain's newest signed head in the PDF's document information (inside the signed
     * bytes): every notice handed out is then a copy, held outside the database, that a rewritten trail contradicts.
     */
    public byte[] renderSigned(EmployeeNoticeModel model, PdfSigner signer, SignedHead auditHead) {
        return signer.sign(render(model, signer.identity().displayName(), auditHead), model.issuedAt(),
                PdfSigner.Placement.invisible(), "Employee quota notice");
    }

    /** The employee's notice, unsigned (previews). */
    public byte[] render(EmployeeNoticeModel model) {
        return render(model, null, null);
    }

    /**
     * The employee's notice in the languages {@link NoticeLanguages#sections} gives: one, or English followed by the
     * employee's primary language where the state's law asks for both (N.Y. Lab. Law §781; RCW 49.84.020(4)) — one
     * document, one signature over both.
     */
    private byte[] render(EmployeeNoticeModel m, String signedBy, SignedHead auditHead) {
        return render(m, signedBy, auditHead, null);
    }

    /**
     * {@code slots} null: the whole notice. Otherwise a template: no page chrome, the employee's name and number left
     * blank, and a slot added to {@code slots} for each of those blanks, where the stamp will write them.
     */
    private byte[] render(EmployeeNoticeModel m, String signedBy, SignedHead auditHead, List<NoticeLayout.Slot> slots) {
        String state = m.rightsState();
        List<String> languages = NoticeLanguages.sections(state, m.primaryLanguage(), m.document());
        List<NoticeText> texts = texts(languages);
        NoticeText first = texts.getFirst();
        NoticeLayout l = new NoticeLayout();
        String facility = join(" ", m.facilityCode(), m.facilityName());

        NoticeLayout.Chrome chrome = chrome(m, first, l, signedBy, slots == null);
        ByteArrayOutputStream out = new ByteArrayOutputStream(24 * 1024);
        // A template's title would name whichever employee it was made for: each stamped copy gets its own.
        Document document = open(out, chrome, slots == null ? first.get("doc.pdfTitle", m.employeeName(), facility) : "",
                m.employerName(), first.language(), auditHead);
        for (int i = 0; i < languages.size(); i++) {
            String language = languages.get(i);
            NoticeText t = texts.get(i);
            if (i > 0) {
                document.newPage();
                Locale own = Locale.forLanguageTag(language);
                String name = own.getDisplayLanguage(own);
                document.add(l.heading(t.get("doc.title") + " · " + name.substring(0, 1).toUpperCase(own) + name.substring(1)));
            }
            Map<Integer, NoticeLayout.Slot> blanks = Map.of();
            if (slots != null) {
                NoticeLayout.Slot name = new NoticeLayout.Slot(NAME + i);
                NoticeLayout.Slot number = new NoticeLayout.Slot(NUMBER + i);
                chrome.watch(name);
                chrome.watch(number);
                slots.add(name);
                slots.add(number);
                blanks = Map.of(0, name, 1, number);
            }
            section(document, m, language, t, l, blanks);
        }
        if (slots != null) {
            chrome.coverGlyphs();
        }
        document.close();
        return out.toByteArray();
    }

    private static final String NAME = "employee-name:";
    private static final String NUMBER = "employee-number:";

    /** How to verify goes in the footer of every page: a page separated from the rest can still be checked. */
    private static NoticeLayout.Chrome chrome(EmployeeNoticeModel m, NoticeText first, NoticeLayout l, String signedBy,
                                              boolean draws) {
        return new NoticeLayout.Chrome(l, first, m.employerName(), first.get("doc.title"),
                first.get("doc.subtitle"), m.verificationUrl(), first.get("verify.code"), m.verificationCode(),
                l.unbroken(first.get("verify.text", m.verificationUrl(), m.verificationCode()), l.small,
                        m.verificationUrl(), m.verificationCode()),
                signedBy == null ? null : signatureLine(first, signedBy, m.issuedAt(), m.rightsState()), draws);
    }

    /**
     * The part of a notice that is the same for every employee given the same description version, language, state,
     * facility and issue day (see {@link NoticeTemplates}): rendered once, then {@link #stampSigned stamped} per
     * employee. Only the template's geometry is taken from {@code m}, never a person's data.
     */
    Template template(EmployeeNoticeModel m, String signedBy) {
        List<NoticeLayout.Slot> slots = new ArrayList<>();
        byte[] pdf = TemplateFonts.slim(render(m, signedBy, null, slots));
        for (NoticeLayout.Slot slot : slots) {
            if (!slot.placed()) {
                throw new IllegalStateException("The notice template lost the place of " + slot.tag);
            }
        }
        return new Template(pdf, List.copyOf(slots), TemplateFonts.of(pdf),
                texts(NoticeLanguages.sections(m.rightsState(), m.primaryLanguage(), m.document())));
    }

    /**
     * A rendered template, where each employee's own values go, the font subsets it holds for them, and the text of
     * each of its language sections (looked up once: the copies share the template's languages).
     */
    record Template(byte[] pdf, List<NoticeLayout.Slot> slots, TemplateFonts fonts, List<NoticeText> texts) {
    }

    /** The text of each of a notice's language sections, in order. */
    private static List<NoticeText> texts(List<String> languages) {
        return languages.stream()
                .map(language -> NoticeText.of(NoticeText.EMPLOYEE_BUNDLE, Locale.forLanguageTag(language))).toList();
    }

    /**
     * The employee's signed notice from {@code template}, made for the same description, language, state, facility and
     * issue day: the page chrome (header band with QR code and verification code, footer with the signer and time),
     * the employee's name and number and the document's title are written into the template in the pass that signs
     * it. The text is what {@link #renderSigned} gives, word for word and in the same places. Null when a value would
     * not fit on the one line the template left for it (a very long name): render that notice whole.
     */
    byte[] stampSigned(Template template, EmployeeNoticeModel m, PdfSigner signer, SignedHead auditHead) {
        NoticeText first = template.texts().getFirst();
        NoticeLayout l = new NoticeLayout();
        List<Phrase> values = new ArrayList<>(template.slots().size());
        List<Integer> directions = new ArrayList<>(template.slots().size());
        for (NoticeLayout.Slot slot : template.slots()) {
            int section = Integer.parseInt(slot.tag.substring(slot.tag.indexOf(':') + 1));
            NoticeText t = template.texts().get(section);
            String value = slot.tag.startsWith(NAME) ? m.employeeName() : orDash(m.employeeNumber(), t);
            if (!oneLine(value)) {
                return null;
            }
            Phrase phrase = l.valueText(value);
            int direction = NoticeFonts.hasRightToLeft(value) ? PdfWriter.RUN_DIRECTION_LTR : PdfWriter.RUN_DIRECTION_NO_BIDI;
            // A point to spare: a value that only just fits is rendered whole rather than risk a different line break.
            if (ColumnText.getWidth(phrase, direction, 0) > slot.right - slot.x - 1) {
                return null;
            }
            values.add(phrase);
            directions.add(direction);
        }
        NoticeLayout.Chrome chrome = chrome(m, first, l, signer.identity().displayName(), true);
        Map<String, String> info = new HashMap<>();
        info.put("Title", first.get("doc.pdfTitle", m.employeeName(), join(" ", m.facilityCode(), m.facilityName())));
        info.put("CreationDate", new PdfDate().toString());
        if (auditHead != null) {
            info.put(AuditHeads.PDF_STATEMENT_KEY, auditHead.statement());
            info.put(AuditHeads.PDF_SIGNATURE_KEY, auditHead.signatureBase64());
        }
        return signer.sign(template.pdf(), m.issuedAt(), PdfSigner.Placement.invisible(), "Employee quota notice", stamper -> {
            int pages = stamper.getReader().getNumberOfPages();
            // Laid out apart first, to draw with the template's own font subsets where they hold every glyph.
            List<byte[][]> inTemplateFonts = new ArrayList<>(pages);
            for (int page = 1; page <= pages; page++) {
                PdfContentByte[] scratch = TemplateFonts.scratch();
                PdfContentByte qr = new PdfContentByte(null);
                chrome.stampPage(scratch[0], qr, scratch[1], page, pages);
                stampValues(template, values, directions, scratch[1], page);
                byte[] under = template.fonts().rewrite(scratch[0], page);
                byte[] over = template.fonts().rewrite(scratch[1], page);
                if (under == null || over == null) {
                    inTemplateFonts = null;
                    break;
                }
                inTemplateFonts.add(new byte[][]{under, qr.getInternalBuffer().toByteArray(), over});
            }
            for (int page = 1; page <= pages; page++) {
                if (inTemplateFonts == null) {
                    // A name in another script, say: its fonts are embedded as subsets of this notice's own.
                    PdfContentByte under = stamper.getUnderContent(page);
                    chrome.stampPage(under, under, stamper.getOverContent(page), page, pages);
                    stampValues(template, values, directions, stamper.getOverContent(page), page);
                } else {
                    byte[][] content = inTemplateFonts.get(page - 1);
                    PdfContentByte under = stamper.getUnderContent(page);
                    under.setLiteral(new String(content[0], StandardCharsets.ISO_8859_1));
                    under.setLiteral(new String(content[1], StandardCharsets.ISO_8859_1));
                    stamper.getOverContent(page).setLiteral(new String(content[2], StandardCharsets.ISO_8859_1));
                }
            }
            stamper.setInfoDictionary(info);
        });
    }

    private static void stampValues(Template template, List<Phrase> values, List<Integer> directions, PdfContentByte canvas,
                                    int page) {
        for (int i = 0; i < values.size(); i++) {
            NoticeLayout.Slot slot = template.slots().get(i);
            if (slot.page == page) {
                ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, values.get(i), slot.x, slot.baseline, 0,
                        directions.get(i), 0);
            }
        }
    }

    /** Text the template's one line can hold as the full layout would: no line breaks, nothing trimmed at either end. */
    private static boolean oneLine(String value) {
        if (value == null || value.isBlank() || !value.equals(value.strip())) {
            return false;
        }
        return value.codePoints().noneMatch(c -> Character.isISOControl(c)
                || Character.getType(c) == Character.LINE_SEPARATOR || Character.getType(c) == Character.PARAGRAPH_SEPARATOR);
    }

    /** The whole notice in one language: the facts, the quotas, time off task, consequences and rights. */
    private static void section(Document document, EmployeeNoticeModel m, String language, NoticeText t, NoticeLayout l,
                                Map<Integer, NoticeLayout.Slot> blanks) {
        // The manager's own words in this language where the document holds them; numbers and kinds are the same.
        QuotaDocument doc = m.document().in(language);
        String state = m.rightsState();
        String facility = join(" ", m.facilityCode(), m.facilityName());
        String issued = t.date(m.issuedAt(), state);
        String translatedTitle = doc == m.document() ? null
                : m.document().translation(language).map(QuotaDocument.Translation::roleTitle).orElse(null);
        String role = translatedTitle != null && !translatedTitle.isBlank() ? translatedTitle
                : m.roleTitle() != null ? m.roleTitle()
                : doc.role() == null ? t.get("info.notStated")
                : doc.role().title() != null ? doc.role().title() : doc.role().code();

        document.add(l.facts(4, List.of(
                new String[]{t.get("info.employee"), m.employeeName()},
                new String[]{t.get("info.employeeNumber"), orDash(m.employeeNumber(), t)},
                new String[]{t.get("info.role"), role},
                new String[]{t.get("info.version"), t.get("info.versionValue", Integer.toString(m.descriptionVersion()))},
                new String[]{t.get("info.facility"), facility},
                new String[]{t.get("info.address"), orDash(m.facilityAddress(), t)},
                new String[]{t.get("info.effective"), t.date(doc.effectiveDate())},
                new String[]{t.get("info.issued"), issued}), blanks));
        document.add(l.paragraph(t.get("doc.intro"), l.body));

        document.add(l.heading(t.get("quotas.heading")));
        if (doc.quotas().isEmpty()) {
            document.add(l.paragraph(t.get("quotas.none"), l.body));
        } else {
            PdfPTable table = l.table(new float[]{1.25f, 1.45f, 1.75f, 1.55f}, t.get("quotas.col.quota"),
                    t.get("quotas.col.target"), t.get("quotas.col.measured"), t.get("quotas.col.consequence"));
            boolean shaded = false;
            for (Quota q : doc.quotas()) {
                List<Element> name = new ArrayList<>(List.of(l.cellText(q.name(), l.bodyBold)));
                if (q.basis() != null) {
                    name.add(l.cellText(t.get("quota.basis." + q.basis().name()), l.small));
                }
                table.addCell(l.cell(shaded, name.toArray(Element[]::new)));
                Font targetFont = q.kind() == QuotaDocument.Kind.RELATIVE || q.quantity() == null ? l.body : l.target;
                List<Element> target = new ArrayList<>(List.of(l.cellText(target(q, doc.shift(), t), targetFont)));
                if (q.task() != null && !q.task().isBlank()) {
                    target.add(l.cellText(t.get("quota.target.task", q.task()), l.small));
                }
                table.addCell(l.cell(shaded, target.toArray(Element[]::new)));
                table.addCell(l.cell(shaded, l.cellText(q.howMeasured() == null || q.howMeasured().isBlank()
                        ? t.get("quota.measured.notStated") : q.howMeasured(), l.body)));
                table.addCell(l.cell(shaded, consequences(q.adverseActions(), doc.adverseActions() == null
                        || doc.adverseActions().isEmpty() ? t.get("quota.consequence.none") : t.get("quota.consequence.general"), l)));
                shaded = !shaded;
            }
            document.add(table);
        }

        document.add(l.sideBySide(timeOffTask(doc, state, t, l), adverseAndIncentives(doc, t, l)));

        List<Element> rights = new ArrayList<>();
        rights.add(l.subheading(t.get("rights.heading")));
        StateLaw stateLaw = StateLaws.of(state);
        boolean enacted = stateLaw.status() == LawStatus.ENACTED;
        String key = enacted ? "rights." + state + "." : "rights.default.";
        String law = t.optional(key + "law");
        if (!law.isEmpty()) {
            rights.add(l.cellText(law, l.smallBold));
        }
        if (enacted) {
            rights.add(l.paragraph(t.get("tot.law"), l.body));
        }
        String trigger = RightsText.trigger(state, stateLaw, t);
        if (enacted) {
            RightsText.paragraphs(stateLaw, trigger, t).forEach(s -> rights.add(l.paragraph(s, l.body)));
            rights.add(l.cellText(t.get("rights.agency", RightsText.agency(stateLaw)), l.small));
        } else {
            rights.add(l.paragraph(trigger, l.body));
        }
        document.add(l.panel(NoticeLayout.ACCENT, rights));
    }

    private static List<Element> timeOffTask(QuotaDocument doc, String state, NoticeText t, NoticeLayout l) {
        List<Element> out = new ArrayList<>();
        out.add(l.subheading(t.get("tot.heading")));
        QuotaDocument.TimeOffTask tot = doc.timeOffTask();
        boolean tracked = tot != null && Boolean.TRUE.equals(tot.tracked());
        out.add(l.paragraph(tracked ? t.get("tot.tracked") : t.get("tot.notTracked"), l.body));
        if (tracked && tot.limit() != null) {
            out.add(l.paragraph(t.get("tot.limit", t.length(tot.limit())), l.bodyBold));
        }
        // What the document excludes is what the employer committed to; untracked time off task counts against nobody.
        Set<ProtectedActivity> never = tracked && tot.excluded() != null
                ? (tot.excluded().isEmpty() ? EnumSet.noneOf(ProtectedActivity.class) : EnumSet.copyOf(tot.excluded()))
                : EnumSet.allOf(ProtectedActivity.class);
        if (!never.isEmpty()) {
            out.add(l.paragraph(t.get("tot.neverCounts"), l.body));
            out.add(l.bulletGrid(never.stream().map(a -> t.get("activity." + a.name())).toList(), 2, l.smallInk));
        }
        if (doc.breaksCountedAsProductive() != null) {
            out.add(l.paragraph(t.get(doc.breaksCountedAsProductive() ? "tot.breaksProductive" : "tot.breaksNotProductive"), l.body));
        }
        if (Boolean.TRUE.equals(doc.onCall())) {
            out.add(l.paragraph(t.get("tot.onCall"), l.body));
        }
        return out;
    }

    private static List<Element> adverseAndIncentives(QuotaDocument doc, NoticeText t, NoticeLayout l) {
        List<Element> out = new ArrayList<>();
        out.add(l.subheading(t.get("adverse.heading")));
        List<String> general = doc.adverseActions() == null ? List.of() : doc.adverseActions();
        boolean anyPerQuota = doc.quotas().stream().anyMatch(q -> q.adverseActions() != null && !q.adverseActions().isEmpty());
        if (general.isEmpty() && !anyPerQuota) {
            out.add(l.paragraph(t.get("adverse.none"), l.body));
        } else if (!general.isEmpty()) {
            out.add(l.paragraph(t.get("adverse.general"), l.body));
            general.forEach(a -> out.add(l.bullet(a, l.body)));
        }
        Paragraph incentives = l.subheading(t.get("incentives.heading"));
        incentives.setSpacingBefore(8);
        out.add(incentives);
        List<String> list = doc.incentives() == null ? List.of() : doc.incentives();
        if (!Boolean.TRUE.equals(doc.incentiveProgram()) && list.isEmpty()) {
            out.add(l.paragraph(t.get("incentives.none"), l.body));
        } else {
            out.add(l.paragraph(t.get("incentives.intro"), l.body));
            list.forEach(i -> out.add(l.bullet(i, l.body)));
        }
        return out;
    }

}
