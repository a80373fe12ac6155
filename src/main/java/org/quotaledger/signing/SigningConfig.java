package org.quotaledger.signing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

@ConfigMapping(prefix = "quotaledger.signing")
public interface SigningConfig {

    /** Path of the organisation's PKCS#12 keystore (QUOTALEDGER_SIGNING_KEYSTORE). Without it a self-signed key is generated once. */
    Optional<String> keystore();

    /** Password of the keystore (QUOTALEDGER_SIGNING_PASSWORD). */
    Optional<String> password();

    /** Alias of the key entry in the keystore (QUOTALEDGER_SIGNING_ALIAS). */
    @WithDefault("quotaledger")
    String alias();

    /** Organisation named in a generated self-signed certificate. */
    @WithDefault("Quota Ledger")
    String organisation();

    /**
     * Where the revocation list of a generated certificate is published, written into that certificate (so it only
     * matters before the first start): the public verification site's {@code /verify/signing.crl}.
     */
    String crlUrl();

    /** Key type of a generated certificate: RSA (widest verifier support) or EC (P-256, several times faster to sign). */
    @WithDefault("RSA")
    String keyAlgorithm();
}
