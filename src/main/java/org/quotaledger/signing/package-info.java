/**
 * Signing: the organisation's signing identity (one key shared by every instance, stored as PKCS#12),
 * PAdES baseline B-B signatures on PDF notices, detached CMS signatures on audit-packet manifests,
 * and a verifier that tells anyone holding a notice whether it is intact and who issued it. Notices
 * are the employer's written description of each quota (Cal. Lab. Code §2101, N.Y. Lab. Law §781,
 * RCW 49.84.010 and their sister statutes); a signature lets an employee, a regulator or a court see
 * that the notice in hand is the one the employer issued, unchanged. Pure Java: no CDI, no database.
 */
package org.quotaledger.signing;
