package org.quotaledger.signing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

@ConfigMapping(prefix = "quotaledger.signing")
public interface SigningConfig {

    /**
     * Path of the organisation's PKCS#12 keystore (QUOTALEDGER_SIGNING_KEYSTORE): it signs for every employer. Without
     * it each employer gets a self-signed key generated once and kept in the database, encrypted with {@link #keyPassword()}.
     */
    Optional<String> keystore();

    /**
     * {@code PKCS12} (the keystore is a file) or {@code PKCS11} (an HSM or token: the keystore is a SunPKCS11
     * configuration file naming the vendor's library and slot, the password is the PIN; the key never leaves the token).
     */
    @WithDefault("PKCS12")
    String keystoreType();

    /** Password of the keystore, or the token's PIN (QUOTALEDGER_SIGNING_PASSWORD). */
    Optional<String> password();

    /** Alias of the key entry in the keystore (QUOTALEDGER_SIGNING_ALIAS). */
    @WithDefault("quotaledger")
    String alias();

    /**
     * The secret that encrypts the generated keys kept in the database (QUOTALEDGER_SIGNING_KEY_PASSWORD): never stored
     * there, so a copy of the database or of a backup does not hold a usable key. Required unless {@link #keystore()}
     * is set; the application refuses to start without it rather than keep a key anyone with the backups could use.
     */
    Optional<String> keyPassword();

    /** Organisation named in the registry's own generated certificate, which signs the audit trail's heads. */
    @WithDefault("Quota Ledger")
    String organisation();

    /**
     * Where the revocation list of the registry's generated certificate is published, written into that certificate
     * (so it only matters before the first start): the public verification site's {@code /verify/signing.crl}.
     */
    String crlUrl();

    /**
     * The public verification pages' address ({@code <public URL>/verify}); an employer's generated certificate names
     * {@code <this>/employers/<id>/signing.crl} as its revocation list.
     */
    String verificationUrl();

    /**
     * Key type of a certificate generated from now on: EC (P-256, about three times faster to sign, which bulk notice
     * jobs feel) or RSA (2048 bits). Keys already generated keep their type, and what they signed verifies as before:
     * the same verifiers (pdfsig, Acrobat, {@code CmsVerifier}) accept both.
     */
    @WithDefault("EC")
    String keyAlgorithm();
}
