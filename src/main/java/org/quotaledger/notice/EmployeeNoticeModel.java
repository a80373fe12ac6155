package org.quotaledger.notice;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

import org.quotaledger.document.QuotaDocument;

/**
 * Everything one employee's quota notice shows. The caller resolves it from the registry (facility record,
 * employee, active description); the renderer only lays it out.
 *
 * @param primaryLanguage     BCP 47 tag ({@code es}, {@code es-MX}); languages without a translation get English
 * @param descriptionVersion  the version number of the active quota description for the role
 * @param verificationCode    e.g. {@code QL-7K3M-9XQ2} (see {@link VerificationCodes})
 * @param verificationUrl     the page that shows whether a notice with this code is genuine; encoded in the QR code
 */
public record EmployeeNoticeModel(
        String employerName,
        String facilityCode,
        String facilityName,
        String facilityAddress,
        String facilityState,
        String employeeNumber,
        String employeeName,
        String primaryLanguage,
        String roleTitle,
        int descriptionVersion,
        QuotaDocument document,
        Instant issuedAt,
        String verificationCode,
        String verificationUrl) {

    public EmployeeNoticeModel {
        Objects.requireNonNull(employerName, "employerName");
        Objects.requireNonNull(facilityCode, "facilityCode");
        Objects.requireNonNull(employeeName, "employeeName");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(verificationCode, "verificationCode");
        Objects.requireNonNull(verificationUrl, "verificationUrl");
    }

    /** The locale the notice is written in; the bundle falls back to English for languages it lacks. */
    public Locale locale() {
        return primaryLanguage == null || primaryLanguage.isBlank() ? Locale.ENGLISH : Locale.forLanguageTag(primaryLanguage);
    }

    /** The state whose law gives the rights: the facility's, else the document's jurisdiction. */
    public String rightsState() {
        if (facilityState != null && !facilityState.isBlank()) {
            return facilityState;
        }
        return document.facility() != null && document.facility().state() != null
                ? document.facility().state() : document.jurisdiction() == null ? null : document.jurisdiction().name();
    }
}
