package org.quotaledger.notice;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.quotaledger.law.LawStatus;
import org.quotaledger.law.StateLaw;
import org.quotaledger.law.StateLaws;
import org.quotaledger.document.QuotaDocument;
import org.quotaledger.document.QuotaDocument.ProtectedActivity;
import org.quotaledger.document.QuotaDocument.Quota;
import org.quotaledger.audit.AuditHeads;
import org.quotaledger.audit.SignedHead;
import org.quotaledger.signing.PdfSigner;

/**
 * Renders the employee quota notice and the regulator's filing summary as US Letter PDFs (US law, US paper).
 * Stateless and thread-safe: fonts are shared, everything else is per call. A one-page notice costs about
 * 2 ms of CPU, mostly OpenPDF's table layout, which is more than an ECDSA signature: for bulk issuing, use
 * every core ({@code docs/benchmarks.md}).
 */
public final class NoticeRenderer {

    /**
     * Renders with the signer's name and the issue time printed in the footer of every page, then signs with
     * that time as /M. The printed line is inside the signed bytes, so it cannot be altered either.
     */
    public byte[] renderSignedEmployeeNotice(EmployeeNoticeModel model, PdfSigner signer) {
        return renderSignedEmployeeNotice(model, signer, null);
    }

    /**
     * The same, carrying the audit chain's newest signed head in the PDF's document information (inside the signed
     * bytes): every notice handed out is then a copy, held outside the database, that a rewritten trail contradicts.
     */
    public byte[] renderSignedEmployeeNotice(EmployeeNoticeModel model, PdfSigner signer, SignedHead auditHead) {
        return signer.sign(render(model, signer.identity().displayName(), auditHead), model.issuedAt(),
                PdfSigner.Placement.invisible(), "Employee quota notice");
    }

    public byte[] renderSignedRegulatorNotice(RegulatorNoticeModel model, PdfSigner signer) {
        return renderSignedRegulatorNotice(model, signer, null);
    }

    public byte[] renderSignedRegulatorNotice(RegulatorNoticeModel model, PdfSigner signer, SignedHead auditHead) {
        return signer.sign(render(model, signer.identity().displayName(), auditHead), model.issuedAt(),
                PdfSigner.Placement.invisible(), "Quota description filing summary");
    }

    /** The employee's notice, unsigned (previews). */
    public byte[] renderEmployeeNotice(EmployeeNoticeModel model) {
        return render(model, null, null);
    }

    /** The facility's filing summary for the labor agency, unsigned (previews); English only. */
    public byte[] renderRegulatorNotice(RegulatorNoticeModel model) {
        return render(model, null, null);
    }

    /** The employee's notice, in their primary language where a translation exists, else English. */
    private byte[] render(EmployeeNoticeModel m, String signedBy, SignedHead auditHead) {
        NoticeText t = NoticeText.of(NoticeText.EMPLOYEE_BUNDLE, m.locale());
        NoticeLayout l = new NoticeLayout();
        QuotaDocument doc = m.document();
        String state = m.rightsState();
        String facility = join(" ", m.facilityCode(), m.facilityName());
        String issued = t.date(m.issuedAt(), state);
        String role = m.roleTitle() != null ? m.roleTitle()
                : doc.role() == null ? t.get("info.notStated")
                : doc.role().title() != null ? doc.role().title() : doc.role().code();

        // How to verify goes in the footer of every page: a page separated from the rest can still be checked.
        NoticeLayout.Chrome chrome = new NoticeLayout.Chrome(l, t, m.employerName(), t.get("doc.title"), t.get("doc.subtitle"),
                m.verificationUrl(), t.get("verify.code"), m.verificationCode(),
                l.unbroken(t.get("verify.text", m.verificationUrl(), m.verificationCode()), l.small,
                        m.verificationUrl(), m.verificationCode()),
                signedBy == null ? null : signatureLine(t, signedBy, m.issuedAt(), state));
        ByteArrayOutputStream out = new ByteArrayOutputStream(24 * 1024);
        Document document = open(out, chrome, t.get("doc.pdfTitle", m.employeeName(), facility), m.employerName(), t.language(),
                auditHead);

        document.add(l.facts(4, List.of(
                new String[]{t.get("info.employee"), m.employeeName()},
                new String[]{t.get("info.employeeNumber"), orDash(m.employeeNumber(), t)},
                new String[]{t.get("info.role"), role},
                new String[]{t.get("info.version"), t.get("info.versionValue", Integer.toString(m.descriptionVersion()))},
                new String[]{t.get("info.facility"), facility},
                new String[]{t.get("info.address"), orDash(m.facilityAddress(), t)},
                new String[]{t.get("info.effective"), t.date(doc.effectiveDate())},
                new String[]{t.get("info.issued"), issued})));
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
        String trigger = t.optional(key + "trigger");
        if (trigger.isEmpty()) {
            trigger = t.get("rights.default.trigger");
        }
        if (enacted) {
            RightsText.paragraphs(stateLaw, trigger, t).forEach(s -> rights.add(l.paragraph(s, l.body)));
            rights.add(l.cellText(t.get("rights.agency", RightsText.agency(stateLaw)), l.small));
        } else {
            rights.add(l.paragraph(trigger, l.body));
        }
        document.add(l.panel(NoticeLayout.ACCENT, rights));

        document.close();
        return out.toByteArray();
    }

    private byte[] render(RegulatorNoticeModel m, String signedBy, SignedHead auditHead) {
        NoticeText t = NoticeText.of(NoticeText.REGULATOR_BUNDLE, Locale.ENGLISH);
        NoticeText q = NoticeText.of(NoticeText.EMPLOYEE_BUNDLE, Locale.ENGLISH);
        NoticeLayout l = new NoticeLayout();
        String facility = join(" ", m.facilityCode(), m.facilityName());
        String issued = t.date(m.issuedAt(), m.facilityState());

        NoticeLayout.Chrome chrome = new NoticeLayout.Chrome(l, t, m.employerName(), t.get("doc.title"), t.get("doc.subtitle"),
                m.verificationUrl(), t.get("verify.code"), m.verificationCode(),
                l.unbroken(t.get("verify.text", m.verificationUrl(), m.verificationCode()), l.small,
                        m.verificationUrl(), m.verificationCode()),
                signedBy == null ? null : signatureLine(t, signedBy, m.issuedAt(), m.facilityState()));
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        Document document = open(out, chrome, t.get("doc.pdfTitle", facility, m.employerName()), m.employerName(), "en", auditHead);

        document.add(l.facts(4, List.of(
                new String[]{t.get("info.employer"), m.employerName()},
                new String[]{t.get("info.facility"), facility},
                new String[]{t.get("info.state"), orDash(m.facilityState(), t)},
                new String[]{t.get("info.issued"), issued},
                new String[]{t.get("info.address"), orDash(m.facilityAddress(), t), "4"})));
        document.add(l.paragraph(t.get("doc.intro"), l.body));

        RegulatorNoticeModel.Coverage c = m.coverage();
        List<Element> coverage = new ArrayList<>(List.of(l.subheading(t.get("coverage.heading"))));
        PdfPTable coverageTable = keyValues(l, List.of(
                new String[]{t.get("coverage.naics"), c == null ? null : c.naicsCode()},
                new String[]{t.get("coverage.siteHeadcount"), c == null ? null
                        : headcount(c.siteNonexemptHeadcount(), c.countedSite(), t)},
                new String[]{t.get("coverage.statewideHeadcount"), c == null ? null
                        : headcount(c.statewideNonexemptHeadcount(), c.countedStatewide(), t)},
                new String[]{t.get("coverage.cba"), c == null ? null : yesNo(c.cbaCovered(), t)},
                new String[]{t.get("coverage.negotiable"), c == null ? null : yesNo(c.metricsNegotiable(), t)},
                new String[]{t.get("coverage.recordsRight"), c == null ? null : yesNo(c.recordsRightEquivalent(), t)}), t);
        coverage.add(coverageTable);
        if (c != null && c.overrideReason() != null) {
            coverage.add(l.cellText(t.get("coverage.override", c.overrideReason()), l.small));
        }
        List<Element> deliveries = new ArrayList<>(List.of(l.subheading(t.get("deliveries.heading"))));
        RegulatorNoticeModel.Deliveries d = m.deliveries();
        if (d != null) {
            deliveries.add(keyValues(l, List.of(
                    new String[]{t.get("deliveries.employees"), count(d.employees())},
                    new String[]{t.get("deliveries.delivered"), count(d.deliveredCurrentVersion())},
                    new String[]{t.get("deliveries.missing"), count(d.missing())}), t));
            int rate = d.employees() == 0 ? 100 : (int) Math.floor(100.0 * d.deliveredCurrentVersion() / d.employees());
            deliveries.add(l.cellText(t.get("deliveries.rate", Integer.toString(rate)),
                    NoticeLayout.font(true, 9.5f, d.missing() > 0 ? NoticeLayout.WARN : NoticeLayout.ACCENT)));
        } else {
            deliveries.add(l.cellText(t.get("info.notStated"), l.body));
        }
        document.add(l.sideBySide(coverage, deliveries));

        document.add(l.heading(t.get("descriptions.heading")));
        if (m.descriptions().isEmpty()) {
            document.add(l.paragraph(t.get("descriptions.none"), l.body));
        }
        for (RegulatorNoticeModel.ActiveDescription a : m.descriptions()) {
            QuotaDocument doc = a.document();
            Paragraph title = l.cellText(t.get("descriptions.role", a.roleTitle() == null ? a.roleCode() : a.roleTitle(),
                    a.roleCode(), Integer.toString(a.version()), t.date(doc.effectiveDate())), l.bodyBold);
            title.setSpacingBefore(4);
            QuotaDocument.TimeOffTask tot = doc.timeOffTask();
            String totText = tot == null || !Boolean.TRUE.equals(tot.tracked()) ? t.get("descriptions.totNotTracked")
                    : tot.limit() == null ? t.get("descriptions.totTrackedNoLimit") : t.get("descriptions.totTracked", q.length(tot.limit()));
            Paragraph meta = l.cellText(t.get("descriptions.meta", doc.jurisdiction() == null ? "—" : doc.jurisdiction().name(),
                    doc.languages() == null || doc.languages().isEmpty() ? "—" : String.join(", ", doc.languages()),
                    doc.shift() == null ? "—" : q.length(doc.shift()), totText), l.small);
            if (doc.quotas().isEmpty()) {
                document.add(title);
                document.add(meta);
                document.add(l.paragraph(t.get("descriptions.noQuotas"), l.body));
                continue;
            }
            List<Element> heading = new ArrayList<>(List.of(title, meta));
            if (doc.adverseActions() != null && !doc.adverseActions().isEmpty()) {
                heading.add(l.cellText(t.get("descriptions.general", String.join("; ", doc.adverseActions())), l.small));
            }
            PdfPTable table = l.table(new float[]{1.2f, 1.3f, 0.75f, 1.7f, 1.6f}, heading,
                    t.get("descriptions.col.quota"), t.get("descriptions.col.target"), t.get("descriptions.col.basis"),
                    t.get("descriptions.col.measured"), t.get("descriptions.col.consequence"));
            // A role's description reads as one unit: start it on a new page rather than split a short one.
            table.setKeepTogether(doc.quotas().size() <= 6);
            boolean shaded = false;
            for (Quota quota : doc.quotas()) {
                table.addCell(l.cell(shaded, l.cellText(quota.name(), l.bodyBold)));
                table.addCell(l.cell(shaded, l.cellText(target(quota, doc.shift(), q), l.body)));
                table.addCell(l.cell(shaded, l.cellText(quota.basis() == null ? "—"
                        : quota.basis().name().charAt(0) + quota.basis().name().substring(1).toLowerCase(Locale.ROOT), l.body)));
                table.addCell(l.cell(shaded, l.cellText(quota.howMeasured() == null ? "—" : quota.howMeasured(), l.body)));
                table.addCell(l.cell(shaded, consequences(quota.adverseActions(), "—", l)));
                shaded = !shaded;
            }
            document.add(table);
        }

        if (!m.undescribedRoles().isEmpty()) {
            document.add(l.heading(t.get("undescribed.heading")));
            document.add(l.paragraph(t.get("undescribed.intro"), l.body));
            for (RegulatorNoticeModel.UndescribedRole r : m.undescribedRoles()) {
                document.add(l.bullet(t.get("undescribed.role", r.roleTitle() == null ? r.roleCode() : r.roleTitle(),
                        r.roleCode(), count(r.employees())), l.body));
            }
        }

        document.add(l.heading(t.get("findings.heading")));
        if (m.openFindings().isEmpty()) {
            document.add(l.paragraph(t.get("findings.none"), l.body));
        } else {
            PdfPTable table = l.table(new float[]{2.1f, 0.9f, 1.1f, 2.9f}, t.get("findings.col.rule"),
                    t.get("findings.col.outcome"), t.get("findings.col.citation"), t.get("findings.col.message"));
            boolean shaded = false;
            for (RegulatorNoticeModel.OpenFinding f : m.openFindings()) {
                table.addCell(l.cell(shaded, l.cellText(f.ruleId(), NoticeLayout.font(true, 7.8f, NoticeLayout.INK))));
                table.addCell(l.cell(shaded, l.cellText(f.outcome() == null ? "—" : f.outcome().replace('_', ' '),
                        NoticeLayout.font(true, 8, outcomeColor(f.outcome())))));
                table.addCell(l.cell(shaded, l.cellText(orDash(f.citation(), t), l.body)));
                table.addCell(l.cell(shaded, l.cellText(orDash(f.message(), t), l.body)));
                shaded = !shaded;
            }
            document.add(table);
        }
        document.close();
        return out.toByteArray();
    }

    // ---- pieces ----------------------------------------------------------------------------------------------

    private static Document open(ByteArrayOutputStream out, NoticeLayout.Chrome chrome, String title, String author, String language,
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
    private static String[] signatureLine(NoticeText t, String signer, java.time.Instant at, String state) {
        return new String[]{t.get("footer.signedBy", signer),
                SIGNED_AT.format(at.atZone(org.quotaledger.law.StateLaws.zone(state))) + " · PAdES B-B"};
    }

    private static final java.time.format.DateTimeFormatter SIGNED_AT =
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

    private static Element[] consequences(List<String> actions, String none, NoticeLayout l) {
        if (actions == null || actions.isEmpty()) {
            return new Element[]{l.cellText(none, l.small)};
        }
        return actions.stream().map(a -> (Element) l.bullet(a, l.body)).toArray(Element[]::new);
    }

    private static PdfPTable keyValues(NoticeLayout l, List<String[]> rows, NoticeText t) {
        PdfPTable table = new PdfPTable(new float[]{2.2f, 1});
        table.setWidthPercentage(100);
        for (String[] row : rows) {
            PdfPCell key = l.cell(false, l.cellText(row[0], l.body));
            key.setPaddingLeft(0);
            table.addCell(key);
            PdfPCell value = l.cell(false, l.cellText(row[1] == null ? t.get("info.notStated") : row[1], l.bodyBold));
            value.setHorizontalAlignment(Element.ALIGN_RIGHT);
            table.addCell(value);
        }
        return table;
    }

    private static java.awt.Color outcomeColor(String outcome) {
        return switch (outcome == null ? "" : outcome) {
            case "FAIL" -> NoticeLayout.WARN;
            case "NEEDS_REVIEW", "PENDING" -> NoticeLayout.CAUTION;
            default -> NoticeLayout.INK;
        };
    }

    /** The figure the rules use, with the roster's count next to it when an override replaced it. */
    private static String headcount(Integer used, Integer counted, NoticeText t) {
        if (counted == null || counted.equals(used)) {
            return count(used);
        }
        return t.get("coverage.counted", count(used), count(counted));
    }

    private static String count(Integer n) {
        return n == null ? null : String.format(Locale.US, "%,d", n);
    }

    private static String yesNo(Boolean b, NoticeText t) {
        return b == null ? null : t.get(b ? "coverage.yes" : "coverage.no");
    }

    private static String orDash(String s, NoticeText t) {
        return s == null || s.isBlank() ? t.get("info.notStated") : s;
    }

    private static String join(String sep, String... parts) {
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
