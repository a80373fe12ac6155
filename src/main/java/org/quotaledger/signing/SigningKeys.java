package org.quotaledger.signing;

import org.quotaledger.time.AppClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The organisation's signing key for notices and audit packets. A configured PKCS#12 keystore wins;
 * otherwise a self-signed certificate is generated once and kept in PostgreSQL, so every instance signs
 * with the same key and notices from any node verify alike. The key is cached in memory only as a copy
 * of what every instance reads from the same place.
 */
@ApplicationScoped
public class SigningKeys {

    private static final Logger LOG = Logger.getLogger(SigningKeys.class);

    /** Where the key came from, shown on the verification page. */
    public record Source(boolean selfSigned, String description, Instant createdAt) {
    }

    @Inject
    AppClock clock;

    @Inject
    SigningConfig config;

    private volatile SigningIdentity identity;
    private volatile Source source;
    private volatile PdfSigner pdfSigner;
    private volatile CmsSigner cmsSigner;

    void onStart(@Observes StartupEvent event) {
        identity();
    }

    public SigningIdentity identity() {
        if (identity == null) {
            synchronized (this) {
                if (identity == null) {
                    load();
                }
            }
        }
        return identity;
    }

    public PdfSigner pdfSigner() {
        identity();
        return pdfSigner;
    }

    public CmsSigner cmsSigner() {
        identity();
        return cmsSigner;
    }

    public Source source() {
        identity();
        return source;
    }

    public String certificatePem() {
        return Pem.certificate(identity().certificate());
    }

    /** The installation's own (empty) CRL, for readers that check revocation offline; none for a CA-issued key. */
    public Optional<byte[]> revocationList() {
        return RevocationList.issue(identity(), clock.now());
    }

    public boolean publishesRevocationList() {
        return RevocationList.issuable(identity());
    }

    /** SHA-256 of the signing certificate, the fingerprint people compare before trusting it. */
    public String fingerprint() {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(identity().certificate().getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private void load() {
        SigningIdentity loaded;
        if (config.keystore().isPresent()) {
            String path = config.keystore().get();
            loaded = SigningIdentity.fromPkcs12(Path.of(path), config.password().orElse("").toCharArray(), config.alias());
            source = new Source(false, "the organisation's keystore " + Path.of(path).getFileName(), null);
            LOG.infof("Signing notices with the configured keystore %s (%s)", path, loaded.displayName());
        } else {
            loaded = QuarkusTransaction.requiringNew().call(this::storedOrGenerated);
        }
        identity = loaded;
        pdfSigner = new PdfSigner(loaded);
        cmsSigner = new CmsSigner(loaded);
    }

    private SigningIdentity storedOrGenerated() {
        var em = Panache.getEntityManager();
        Object[] row = (Object[]) em.createNativeQuery("select pkcs12, password, alias, created_at from signing_key where id = 1")
                .getResultStream().findFirst().orElse(null);
        if (row == null) {
            SigningIdentity generated = SelfSignedIdentity.generate(config.organisation(), config.keyAlgorithm(), config.crlUrl(),
                    clock.now());
            byte[] secret = new byte[24];
            new SecureRandom().nextBytes(secret);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
            // Two instances starting together: the first insert wins and both use what is stored.
            int inserted = em.createNativeQuery("insert into signing_key (id, pkcs12, password, alias, subject) values (1, ?1, ?2, ?3, ?4)"
                            + " on conflict (id) do nothing")
                    .setParameter(1, generated.toPkcs12(password.toCharArray(), config.alias()))
                    .setParameter(2, password).setParameter(3, config.alias())
                    .setParameter(4, generated.certificate().getSubjectX500Principal().getName())
                    .executeUpdate();
            if (inserted == 1) {
                LOG.warnf("No signing keystore configured (QUOTALEDGER_SIGNING_KEYSTORE): generated a self-signed certificate"
                        + " for \"%s\" and stored it in the database. Notices verify as unchanged, but readers must trust this"
                        + " certificate explicitly; configure the organisation's own keystore for production.", config.organisation());
            }
            row = (Object[]) em.createNativeQuery("select pkcs12, password, alias, created_at from signing_key where id = 1")
                    .getSingleResult();
        }
        Instant created = row[3] instanceof java.time.OffsetDateTime o ? o.toInstant()
                : row[3] instanceof java.sql.Timestamp t ? t.toInstant() : (Instant) row[3];
        source = new Source(true, "a self-signed certificate generated by this installation", created);
        return SigningIdentity.fromPkcs12((byte[]) row[0], ((String) row[1]).toCharArray(), (String) row[2]);
    }
}
