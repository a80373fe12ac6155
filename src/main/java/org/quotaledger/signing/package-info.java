/**
 * Signing: the signing keys ({@link org.quotaledger.signing.SigningKeys}: one generated per employer and one for the
 * registry, stored encrypted with a secret that is not in the database, or the organisation's keystore or PKCS#11
 * token), PAdES baseline B-B signatures on PDF notices, detached CMS signatures on audit-packet manifests and audit
 * heads, and verifiers ({@link org.quotaledger.signing.PdfSignatureVerifier}, {@link
 * org.quotaledger.signing.CmsVerifier}) that say who signed, leaving whom to trust to anchors obtained elsewhere.
 * Notices are the employer's written description of each quota (Cal. Lab. Code §2101, N.Y. Lab. Law §781, RCW
 * 49.84.010 and their sister statutes); a signature lets an employee, a regulator or a court see that the notice in
 * hand is the one the employer issued, unchanged. Only {@code SigningKeys} touches CDI and the database. It calls {@code time} only.
 */
package org.quotaledger.signing;
