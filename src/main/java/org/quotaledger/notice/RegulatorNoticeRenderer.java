package org.quotaledger.notice;

import static org.quotaledger.notice.NoticeLayout.consequences;
import static org.quotaledger.notice.NoticeLayout.join;
import static org.quotaledger.notice.NoticeLayout.open;
import static org.quotaledger.notice.NoticeLayout.orDash;
import static org.quotaledger.notice.NoticeLayout.signatureLine;
import static org.quotaledger.notice.NoticeLayout.target;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.quotaledger.document.QuotaDocument;
import org.quotaledger.document.QuotaDocument.Quota;
import org.quotaledger.audit.SignedHead;
import org.quotaledger.signing.PdfSigner;

/**
 * Renders the facility's quota description filing summary for the labor agency as a US Letter PDF; English only.
 * Stateless and thread-safe, like {@link EmployeeNoticeRenderer}, whose page chrome and pieces it shares through
 * {@link NoticeLayout}.
 */
public final class RegulatorNoticeRenderer {

    public byte[] renderSigned(RegulatorNoticeModel model, PdfSigner signer) {
        return renderSigned(model, signer, null);
    }

    public byte[] renderSigned(RegulatorNoticeModel model, PdfSigner signer, SignedHead auditHead) {
        return signer.sign(render(model, signer.identity().displayName(), auditHead), model.issuedAt(),
                PdfSigner.Placement.invisible(), "Quota description filing summary");
    }

    /** The facility's filing summary for the labor agency, unsigned (previews). */
    public byte[] render(RegulatorNoticeModel model) {
        return render(model, null, null);
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

}
