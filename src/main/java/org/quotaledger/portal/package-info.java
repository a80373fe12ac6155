/**
 * Pages that show several features at once: the employee's own portal ({@link org.quotaledger.portal.MyPages}:
 * their descriptions, deliveries, notices, requests and complaints), the facility list and page
 * ({@link org.quotaledger.portal.FacilityPages}: registry, roster counts, descriptions), one employee's record as
 * staff keep it ({@link org.quotaledger.portal.EmployeeRecordPages}: notices, deliveries, requests, complaints,
 * adverse actions and work speed, with the forms to issue a notice and record an adverse action or complaint) and the
 * audit trail page ({@link org.quotaledger.portal.AuditPages}: events filtered by facility). The portal's own words are
 * {@link org.quotaledger.portal.PortalWords}, in the language {@link org.quotaledger.portal.PortalLanguage} chooses for
 * the signed-in employee (docs/languages.md).
 *
 * <p>It composes: it may call every feature package, and no feature package may call it (see
 * {@code architecture.PackageCyclesTest}), so a page that needs one more feature is added here rather than
 * making one feature depend on another. Its templates stay with their feature's directory under
 * {@code templates/} ({@code @CheckedTemplate(basePath = ...)}).
 */
package org.quotaledger.portal;
