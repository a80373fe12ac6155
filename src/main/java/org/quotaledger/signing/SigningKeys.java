package org.quotaledger.signing;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.jboss.logging.Logger;
import org.quotaledger.time.AppClock;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The keys this installation signs with. A configured PKCS#12 keystore signs everything. Otherwise keys are
 * generated once and kept in PostgreSQL, so that every instance signs alike: one per employer, whose certificate
 * names the employer (a notice says it is "signed by your employer"), and one for the registry itself, which signs
 * the audit trail's heads. Generated keys are stored as PKCS#12 encrypted with
 * {@code QUOTALEDGER_SIGNING_KEY_PASSWORD}, which is never in the database: a copy of the database does not hold a
 * usable key, and a key row written by someone without the password does not load (the PKCS#12 MAC fails), so
 * nobody with only database rights can make the application trust a key of theirs.
 *
 * <p>Loaded keys are cached in memory, a copy of what every instance reads from the same rows.
 */
@ApplicationScoped
public class SigningKeys {

    private static final Logger LOG = Logger.getLogger(SigningKeys.class);
    static final int MIN_KEY_PASSWORD_LENGTH = 16;
    private static final long REGISTRY_ROW = 1;

    /** Where a key came from, shown on the verification page. */
    public record Source(boolean selfSigned, String description, Instant createdAt) {
    }

    /** One signing key with its signers. Thread-safe. */
    public static final class Key {
        private final SigningIdentity identity;
        private final PdfSigner pdfSigner;
        private final CmsSigner cmsSigner;
        private final Source source;
        private final Long employerId;

        Key(SigningIdentity identity, Source source, Long employerId) {
            this.identity = identity;
            this.pdfSigner = new PdfSigner(identity);
            this.cmsSigner = new CmsSigner(identity);
            this.source = source;
            this.employerId = employerId;
        }

        public SigningIdentity identity() {
            return identity;
        }

        public X509Certificate certificate() {
            return identity.certificate();
        }

        public PdfSigner pdfSigner() {
            return pdfSigner;
        }

        public CmsSigner cmsSigner() {
            return cmsSigner;
        }

        public Source source() {
            return source;
        }

        /** The employer a generated key belongs to; null for the registry's key and for a configured keystore. */
        public Long employerId() {
            return employerId;
        }

        public String certificatePem() {
            return Pem.certificate(identity.certificate());
        }

        public String fingerprint() {
            return Fingerprint.of(identity.certificate());
        }

        /** The key's own (empty) CRL, for readers that check revocation offline; none for a CA-issued key. */
        public Optional<byte[]> revocationList(Instant now) {
            return RevocationList.issue(identity, now);
        }

        public boolean publishesRevocationList() {
            return RevocationList.issuable(identity);
        }
    }

    @Inject
    SigningConfig config;

    @Inject
    AppClock clock;

    private volatile Key configured;
    private volatile Key registry;
    private final Map<Long, Key> employers = new ConcurrentHashMap<>();

    /** A transaction's resource: the key it made for an employer, until it commits. */
    private static final String MADE_HERE = SigningKeys.class.getName() + ".madeHere.";

    @Inject
    TransactionSynchronizationRegistry transaction;

    /**
     * Fails the start when a key cannot be loaded, or when a generated key would have to sit in the database unprotected.
     * Runs before the other start observers (the audit trail's first signed head among them), which use the registry's
     * key inside transactions of their own: made here, it is not made in a transaction nested in theirs.
     */
    void onStart(@Observes @Priority(Interceptor.Priority.LIBRARY_BEFORE) StartupEvent event) {
        QuarkusTransaction.requiringNew().run(this::protectCleartextKeys);
        registry();
    }

    /** The registry's own key: it signs the audit trail's heads (and everything, when a keystore is configured). */
    public Key registry() {
        if (configured() != null) {
            return configured;
        }
        if (registry == null) {
            synchronized (this) {
                if (registry == null) {
                    registry = QuarkusTransaction.requiringNew().call(() -> storedOrGenerated(null, config.organisation()));
                }
            }
        }
        return registry;
    }

    /**
     * The key that signs an employer's notices, reports and packets: the configured keystore, or the employer's own
     * generated key, made on first use. Made in the caller's transaction: one of its own would take a second pooled
     * connection while the caller holds one. Two callers making it at once: the second's insert waits for the first's
     * transaction and then uses what it stored.
     */
    public Key forEmployer(long employerId, String employerName) {
        return employerKey(employerId).orElseGet(() -> QuarkusTransaction.joiningExisting().call(() -> {
            Key made = storedOrGenerated(employerId, employerName);
            // Not cached before the caller commits: rolled back, the key was never made.
            transaction.putResource(MADE_HERE + employerId, made);
            transaction.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        employers.putIfAbsent(employerId, made);
                    }
                }
            });
            return made;
        }));
    }

    /** The employer's key if it has one (never generates one: public pages ask this with ids anyone can type). */
    public Optional<Key> employerKey(long employerId) {
        if (configured() != null) {
            return Optional.of(configured);
        }
        Key cached = employers.get(employerId);
        if (cached != null) {
            return Optional.of(cached);
        }
        return QuarkusTransaction.joiningExisting().call(() -> known(employerId));
    }

    /**
     * In a transaction: the key this transaction made for the employer, or the one stored by a transaction that
     * committed, kept from then on.
     */
    private Optional<Key> known(long employerId) {
        Key madeHere = (Key) transaction.getResource(MADE_HERE + employerId);
        if (madeHere != null) {
            return Optional.of(madeHere);
        }
        Optional<Key> stored = stored(employerId);
        stored.ifPresent(k -> employers.putIfAbsent(employerId, k));
        return stored;
    }

    /**
     * Every key this installation signs or signed with: the trust anchors when it checks its own packets, notices and
     * audit heads. Generated keys that fail to decrypt are not among them (see the class comment).
     */
    public List<Key> all() {
        if (configured() != null) {
            return List.of(configured);
        }
        List<Key> keys = new ArrayList<>();
        keys.add(registry());
        QuarkusTransaction.joiningExisting().run(() -> {
            List<?> employerIds = Panache.getEntityManager()
                    .createNativeQuery("select employer_id from signing_key where employer_id is not null").getResultList();
            for (Object id : employerIds) {
                long employerId = ((Number) id).longValue();
                try {
                    Key cached = employers.get(employerId);
                    (cached != null ? Optional.of(cached) : known(employerId)).ifPresent(keys::add);
                } catch (IllegalArgumentException e) {
                    LOG.errorf("The signing key of employer %d cannot be decrypted with QUOTALEDGER_SIGNING_KEY_PASSWORD,"
                            + " so nothing it signed is trusted: %s", employerId, e.getMessage());
                }
            }
        });
        keys.sort(Comparator.comparing(k -> k.employerId() == null ? -1 : k.employerId()));
        return List.copyOf(keys);
    }

    /** The certificates of {@link #all()}. */
    public List<X509Certificate> ownCertificates() {
        return all().stream().map(Key::certificate).distinct().toList();
    }

    /** Whether this installation made a signature with this certificate's key. */
    public boolean isOwn(X509Certificate certificate) {
        return certificate != null && CmsVerifier.isTrusted(certificate, ownCertificates());
    }

    /** The installation's (empty) CRL of a key, issued now. */
    public Optional<byte[]> revocationList(Key key) {
        return key.revocationList(clock.now());
    }

    private Key configured() {
        if (config.keystore().isEmpty()) {
            return null;
        }
        if (configured == null) {
            synchronized (this) {
                if (configured == null) {
                    String path = config.keystore().get();
                    char[] password = config.password().orElse("").toCharArray();
                    boolean token = "PKCS11".equalsIgnoreCase(config.keystoreType());
                    SigningIdentity loaded = token ? SigningIdentity.fromPkcs11(Path.of(path), password, config.alias())
                            : SigningIdentity.fromPkcs12(Path.of(path), password, config.alias());
                    LOG.infof("Signing with the configured %s %s (%s) for every employer", token ? "PKCS#11 token of" : "keystore",
                            path, loaded.displayName());
                    configured = new Key(loaded, new Source(false, token ? "the organisation's key on a PKCS#11 token"
                            : "the organisation's keystore " + Path.of(path).getFileName(), null), null);
                }
            }
        }
        return configured;
    }

    char[] keyPassword() {
        String password = config.keyPassword().filter(p -> !p.isBlank()).orElseThrow(() -> new IllegalStateException(
                "QUOTALEDGER_SIGNING_KEY_PASSWORD is not set. Without a keystore (QUOTALEDGER_SIGNING_KEYSTORE) the signing keys"
                        + " are generated and kept in the database encrypted with that secret, which must not be in the database:"
                        + " set it to a long random value (e.g. openssl rand -base64 32) on every instance, and keep it as you"
                        + " would keep the key."));
        if (password.length() < MIN_KEY_PASSWORD_LENGTH) {
            throw new IllegalStateException("QUOTALEDGER_SIGNING_KEY_PASSWORD is shorter than " + MIN_KEY_PASSWORD_LENGTH
                    + " characters: use a long random value, e.g. openssl rand -base64 32");
        }
        return password.toCharArray();
    }

    private Optional<Key> stored(Long employerId) {
        Object[] row = (Object[]) Panache.getEntityManager().createNativeQuery(
                        "select pkcs12, alias, created_at from signing_key where password is null and "
                                + (employerId == null ? "id = " + REGISTRY_ROW : "employer_id = " + employerId))
                .getResultStream().findFirst().orElse(null);
        if (row == null) {
            return Optional.empty();
        }
        SigningIdentity identity = SigningIdentity.fromPkcs12((byte[]) row[0], keyPassword(), (String) row[1]);
        Instant created = row[2] instanceof OffsetDateTime o ? o.toInstant()
                : row[2] instanceof java.sql.Timestamp t ? t.toInstant() : (Instant) row[2];
        String description = employerId == null ? "a self-signed certificate generated by this installation"
                : "a self-signed certificate generated by this installation for " + identity.displayName();
        return Optional.of(new Key(identity, new Source(true, description, created), employerId));
    }

    private Key storedOrGenerated(Long employerId, String name) {
        Optional<Key> stored = stored(employerId);
        if (stored.isPresent()) {
            return stored.get();
        }
        char[] password = keyPassword();
        String crlUrl = employerId == null ? config.crlUrl()
                : strip(config.verificationUrl()) + "/employers/" + employerId + "/signing.crl";
        SigningIdentity generated = SelfSignedIdentity.generate(name, config.keyAlgorithm(), crlUrl, clock.now());
        // Two instances generating at once: the first insert wins and both use what is stored.
        int inserted = Panache.getEntityManager().createNativeQuery(employerId == null
                        ? "insert into signing_key (id, pkcs12, alias, subject, created_at) values (" + REGISTRY_ROW
                        + ", ?1, ?2, ?3, ?4) on conflict do nothing"
                        : "insert into signing_key (employer_id, pkcs12, alias, subject, created_at) values (" + employerId
                        + ", ?1, ?2, ?3, ?4) on conflict do nothing")
                .setParameter(1, generated.toPkcs12(password, config.alias()))
                .setParameter(2, config.alias())
                .setParameter(3, generated.certificate().getSubjectX500Principal().getName())
                .setParameter(4, clock.now().atOffset(java.time.ZoneOffset.UTC))
                .executeUpdate();
        if (inserted == 1) {
            LOG.infof("Generated a self-signed signing certificate for \"%s\" (SHA-256 %s), stored encrypted in the database."
                    + " Readers must trust it explicitly: it is published on the /verify page.", name, Fingerprint.of(generated.certificate()));
        }
        return stored(employerId).orElseThrow();
    }

    /**
     * Keys stored before they were encrypted kept their password in the row next to them: re-encrypt them with the
     * key password, or refuse to start. (Old backups still hold the cleartext rows: see the README on rotating.)
     */
    void protectCleartextKeys() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager()
                .createNativeQuery("select id, pkcs12, password, alias from signing_key where password is not null")
                .getResultList();
        if (rows.isEmpty()) {
            return;
        }
        if (config.keyPassword().filter(p -> !p.isBlank()).isEmpty() && config.keystore().isPresent()) {
            LOG.warnf("%d generated signing key(s) in the database are protected only by a password stored next to them."
                    + " Set QUOTALEDGER_SIGNING_KEY_PASSWORD once to encrypt them, or stop trusting their certificates.", rows.size());
            return;
        }
        char[] password = keyPassword();
        for (Object[] row : rows) {
            SigningIdentity identity = SigningIdentity.fromPkcs12((byte[]) row[1], ((String) row[2]).toCharArray(), (String) row[3]);
            Panache.getEntityManager().createNativeQuery("update signing_key set pkcs12 = ?1, password = null where id = ?2"
                            + " and password is not null")
                    .setParameter(1, identity.toPkcs12(password, (String) row[3])).setParameter(2, ((Number) row[0]).longValue())
                    .executeUpdate();
        }
        LOG.warnf("Encrypted %d signing key(s) that were kept in the database with their password beside them. Backups made"
                + " before now still hold them readable: if those backups left your control, replace the keys (README).", rows.size());
    }

    private static String strip(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
