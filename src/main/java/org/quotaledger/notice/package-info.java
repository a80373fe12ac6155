/**
 * Notices: the employee quota notice, the written description of each quota an employee must be given on hire
 * and on change (Cal. Lab. Code §2101, N.Y. Lab. Law §781, RCW 49.84.020, ORS 653.556, Minn. Stat. §182.6526),
 * in the employee's language, with their request and anti-retaliation rights; and the regulator notice, a
 * facility's filing summary for the labor agency. Both render to one-page-where-possible US Letter PDFs with
 * embedded fonts, the audit chain's signed head in their document information, and a QR code to the page that
 * shows what the notice says (it cannot see the paper: only the file, uploaded, proves a copy unchanged). Signed
 * with the employer's key from {@code org.quotaledger.signing}. Texts live in resource bundles
 * ({@code messages/notice*.properties}), not in Java; the pages read the same words through
 * {@code NoticeLabels}. The services answer {@code NoticeViews} records, never the stored notice or job. Each
 * document has its renderer, {@code EmployeeNoticeRenderer} and {@code RegulatorNoticeRenderer}; the page chrome and the pieces both print
 * (fonts, tables, the target sentence) live once in {@code NoticeLayout}. {@code NoticesSection} puts the filing
 * summary and the period's notices, byte for byte, in audit packets ({@code audit.packet.spi}).
 * The regulator notice's open findings come through {@link org.quotaledger.notice.ActionableFindings}, which
 * compliance implements: compliance sits above notices.
 * It calls {@code quota}, {@code delivery}, {@code employee}, {@code facility}, {@code rules}, {@code law},
 * {@code document}, {@code signing}, {@code security}, {@code audit}, {@code time}, {@code web}, {@code metrics} and
 * {@code audit.packet.spi}.
 */
package org.quotaledger.notice;
