package org.quotaledger.notice;

import org.quotaledger.facility.FacilityViews.JobRoleView;

import org.quotaledger.law.StateLaws;
import org.quotaledger.quota.LanguageGaps;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the notice feature hands the web layer: records built inside the service's transaction. */
public final class NoticeViews {

    private NoticeViews() {
    }

    public record NoticeView(long id, String kind, String verificationCode, String facilityCode, String employeeNumber,
                             String roleCode, Integer version, String language, Instant issuedAt, String issuedBy,
                             String sha256, int sizeBytes) {
        static NoticeView from(Notice n) {
            return new NoticeView(n.id, n.kind.name(), n.verificationCode, n.facility.code,
                    n.employee == null ? null : n.employee.employeeNumber,
                    n.description == null ? null : n.description.role.code,
                    n.description == null ? null : n.description.version, n.language, n.issuedAt, n.issuedBy, n.sha256,
                    n.sizeBytes);
        }
    }

    public record JobView(long id, long facilityId, String roleCode, String status, int total, int done, int percent,
                          Instant createdAt, Instant startedAt, Instant finishedAt, String createdBy) {
        static JobView from(NoticeJob j) {
            return new JobView(j.id, j.facility.id, j.role == null ? null : j.role.code, j.status.name(), j.total, j.done,
                    j.percent(), j.createdAt, j.startedAt, j.finishedAt, j.createdBy);
        }
    }

    /** A notice's PDF exactly as issued. */
    /** @param fileName what the download is saved as: a filing summary is filed by facility and day, not by code */
    public record NoticeFile(String verificationCode, byte[] pdf, String sha256, String fileName) {
        static NoticeFile from(Notice n) {
            return new NoticeFile(n.verificationCode, n.pdf, n.sha256, fileName(n));
        }

        static String fileName(Notice n) {
            if (n.kind == Notice.Kind.REGULATOR) {
                // The agency's clerk files it by facility and date; the facility's own day, as the summary prints it.
                String code = n.facility.code.replaceAll("[^A-Za-z0-9-]", "_");
                return "filing-summary-" + code + "-" + LocalDate.ofInstant(n.issuedAt, StateLaws.zone(n.facility.state)) + ".pdf";
            }
            return "notice-" + n.verificationCode + ".pdf";
        }
    }

    /**
     * A bulk job as the facility's notice page lists it.
     *
     * @param roleTitle null when the job issues to every role
     * @param outcome   the badge: PASS when done, FAIL when failed, NEEDS_REVIEW while it runs
     */
    public record JobRow(long id, String roleTitle, String status, String outcome, int percent, int done, int total,
                         String createdBy, Instant finishedAt) {
        static JobRow from(NoticeJob j) {
            String outcome = switch (j.status) {
                case DONE -> "PASS";
                case FAILED -> "FAIL";
                default -> "NEEDS_REVIEW";
            };
            return new JobRow(j.id, j.role == null ? null : j.role.title, j.status.name(), outcome, j.percent(), j.done,
                    j.total, j.createdBy, j.finishedAt);
        }
    }

    /** A notice as the facility's notice page lists it. */
    public record NoticeRow(long id, String verificationCode, String kind, String employeeNumber, String language,
                            Instant issuedAt, String sha256) {
        static NoticeRow from(Notice n) {
            return new NoticeRow(n.id, n.verificationCode, n.kind.name(), n.employee == null ? null : n.employee.employeeNumber,
                    n.language, n.issuedAt, n.sha256);
        }

        /** The start of the digest, enough to tell notices apart at a glance. */
        public String sha256Start() {
            return sha256.substring(0, 16);
        }
    }

    /**
     * The facility's notice page.
     *
     * @param running                  a bulk job is still running: the page refreshes itself
     * @param mayIssue                 the caller may issue notices (bulk jobs)
     * @param mayIssueRegulatorSummary the caller may issue the regulator summary (a regulator reads it, it does not issue it)
     */
    public record FacilityNotices(long facilityId, String facilityCode, String state, List<JobRoleView> roles,
                                  List<JobRow> jobs, List<NoticeRow> recent, boolean running, boolean mayIssue,
                                  boolean mayIssueRegulatorSummary, List<LanguageGaps.Gap> languageGaps) {

        public int employeesNotInTheirLanguage() {
            return LanguageGaps.employees(languageGaps);
        }
    }

    /** A signed notice in the employee's own list: links to its PDF. */
    public record OwnNotice(long id, String roleCode, int version, Instant issuedAt, String verificationCode) {
    }
}
