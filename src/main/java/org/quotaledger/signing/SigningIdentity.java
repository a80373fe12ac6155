package org.quotaledger.signing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import javax.security.auth.x500.X500Principal;

import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

/**
 * A private key and its certificate chain (signer first). Stored as PKCS#12 so that every instance of
 * the application signs with the same key, and a notice issued by one node verifies like any other.
 */
public final class SigningIdentity {

    private final PrivateKey privateKey;
    private final List<X509Certificate> chain;

    public SigningIdentity(PrivateKey privateKey, List<X509Certificate> chain) {
        this.privateKey = Objects.requireNonNull(privateKey, "privateKey");
        if (chain == null || chain.isEmpty()) {
            throw new IllegalArgumentException("A signing identity needs at least its own certificate");
        }
        this.chain = List.copyOf(chain);
    }

    /** Loads the key entry {@code alias} from PKCS#12 bytes (as stored in the database). */
    public static SigningIdentity fromPkcs12(byte[] p12, char[] password, String alias) {
        try {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(new ByteArrayInputStream(p12), password);
            if (!ks.isKeyEntry(alias)) {
                throw new IllegalArgumentException("The PKCS#12 keystore has no key entry named '" + alias
                        + "' (entries: " + String.join(", ", java.util.Collections.list(ks.aliases())) + ")");
            }
            PrivateKey key = (PrivateKey) ks.getKey(alias, password);
            Certificate[] certs = ks.getCertificateChain(alias);
            return new SigningIdentity(key, Arrays.stream(certs).map(X509Certificate.class::cast).toList());
        } catch (IOException e) {
            throw new IllegalArgumentException("Not a readable PKCS#12 keystore, or a wrong password: " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Cannot read the key '" + alias + "' from the PKCS#12 keystore: " + e.getMessage(), e);
        }
    }

    /** Loads the key entry {@code alias} from a PKCS#12 file. */
    public static SigningIdentity fromPkcs12(Path p12, char[] password, String alias) {
        try {
            return fromPkcs12(Files.readAllBytes(p12), password, alias);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + p12, e);
        }
    }

    /**
     * The key entry {@code alias} of a PKCS#11 token (an HSM, a smart card, SoftHSM), through the JDK's SunPKCS11
     * provider configured by {@code configFile} (library and slot). The private key stays on the token: signing with
     * it is delegated to the provider, which is registered so that JCA picks it for the token's keys.
     */
    public static SigningIdentity fromPkcs11(Path configFile, char[] pin, String alias) {
        if (!Files.isReadable(configFile)) {
            throw new IllegalArgumentException("Cannot read the PKCS#11 configuration file " + configFile);
        }
        try {
            java.security.Provider provider = java.security.Security.getProvider("SunPKCS11").configure(configFile.toString());
            java.security.Security.addProvider(provider);
            KeyStore ks = KeyStore.getInstance("PKCS11", provider);
            ks.load(null, pin);
            if (!ks.isKeyEntry(alias)) {
                throw new IllegalArgumentException("The PKCS#11 token has no key with a certificate labelled '" + alias
                        + "' (entries: " + String.join(", ", java.util.Collections.list(ks.aliases())) + ")");
            }
            PrivateKey key = (PrivateKey) ks.getKey(alias, null);
            Certificate[] certs = ks.getCertificateChain(alias);
            return new SigningIdentity(key, Arrays.stream(certs).map(X509Certificate.class::cast).toList());
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot log in to the PKCS#11 token (wrong PIN?): " + e.getMessage(), e);
        } catch (GeneralSecurityException | java.security.ProviderException e) {
            throw new IllegalArgumentException("Cannot use the PKCS#11 token configured in " + configFile + ": " + e.getMessage(), e);
        }
    }

    /** Exports key and chain as PKCS#12 bytes, protected by {@code password}. */
    public byte[] toPkcs12(char[] password, String alias) {
        try {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(null, null);
            ks.setKeyEntry(alias, privateKey, password, chain.toArray(new Certificate[0]));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ks.store(out, password);
            return out.toByteArray();
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot export the signing identity as PKCS#12", e);
        }
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    /** The signer's own certificate. */
    public X509Certificate certificate() {
        return chain.getFirst();
    }

    public List<X509Certificate> chain() {
        return chain;
    }

    /** JCA name of the signature algorithm that fits the key: SHA-256 with RSA or ECDSA. */
    public String signatureAlgorithm() {
        return switch (privateKey.getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC", "ECDSA" -> "SHA256withECDSA";
            default -> throw new IllegalStateException("Unsupported signing key algorithm " + privateKey.getAlgorithm()
                    + ": use RSA or EC (P-256)");
        };
    }

    /** The name a reader should see: the certificate's organisation, else its common name, else the whole subject. */
    public String displayName() {
        return displayName(certificate());
    }

    static String displayName(X509Certificate certificate) {
        X500Name name = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        for (var attr : List.of(BCStyle.O, BCStyle.CN)) {
            RDN[] rdns = name.getRDNs(attr);
            if (rdns.length > 0) {
                return IETFUtils.valueToString(rdns[0].getFirst().getValue());
            }
        }
        return certificate.getSubjectX500Principal().getName(X500Principal.RFC2253);
    }
}
