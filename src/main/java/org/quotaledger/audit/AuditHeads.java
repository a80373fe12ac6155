package org.quotaledger.audit;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.quotaledger.signing.CmsVerifier;
import org.quotaledger.signing.SigningKeys;
import org.quotaledger.time.AppClock;

import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Signs the audit chain's head at each checkpoint with the registry's key and checks signed heads, stored or handed
 * back by whoever kept a copy. The key is not in the database in usable form ({@link SigningKeys}), so someone who can
 * rewrite the trail cannot sign a head that agrees with the rewrite.
 */
@ApplicationScoped
public class AuditHeads {

    /** Where a notice PDF carries the head: two entries of its document information dictionary (signed with the PDF). */
    public static final String PDF_STATEMENT_KEY = "QuotaLedgerAuditHead";
    public static final String PDF_SIGNATURE_KEY = "QuotaLedgerAuditHeadSignature";
    /** File names in packets and request answers. */
    public static final String STATEMENT_FILE = "audit-head.txt";
    public static final String SIGNATURE_FILE = "audit-head.p7s";

    /** How many of the newest signed checkpoints {@link #latest()} looks through for one whose signature holds. */
    private static final int LOOK_BACK = 20;

    /**
     * What a signed head says about the trail now.
     *
     * @param signatureValid       the signature holds over the statement
     * @param signedByThisRegistry it was made with one of this installation's keys
     * @param chainAgrees          the trail still has event {@code seq} with this hash (null when the signature does
     *                             not hold: then the head proves nothing either way)
     */
    public record Check(boolean signatureValid, boolean signedByThisRegistry, long seq, String hash, Instant signedAt,
                        Boolean chainAgrees, String reason) {
        public boolean holds() {
            return signatureValid && signedByThisRegistry && Boolean.TRUE.equals(chainAgrees);
        }
    }

    @Inject
    SigningKeys keys;

    @Inject
    AppClock clock;

    @ConfigProperty(name = "quotaledger.notices.public-url", defaultValue = "http://localhost:8080")
    String registry;

    private final CmsVerifier verifier = new CmsVerifier();

    /** A signed statement that event {@code seq} has {@code hash}; storing it is the caller's business. */
    public SignedHead sign(long seq, String hash) {
        Instant at = clock.now().truncatedTo(ChronoUnit.SECONDS);
        String statement = SignedHead.statement(seq, hash, at, registry);
        byte[] signature = keys.registry().cmsSigner().signDetached(statement.getBytes(StandardCharsets.UTF_8));
        return new SignedHead(seq, hash, at, registry, statement, signature);
    }

    /** The newest stored head whose signature is this registry's; empty before the first checkpoint. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SignedHead> latest() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("select statement, signature from audit_checkpoint"
                + " where signature is not null order by seq desc, id desc limit " + LOOK_BACK).getResultList();
        List<X509Certificate> anchors = anchors();
        for (Object[] row : rows) {
            Optional<SignedHead> head = trusted((String) row[0], (byte[]) row[1], anchors);
            if (head.isPresent()) {
                return head;
            }
        }
        return Optional.empty();
    }

    /** The certificates a head must be signed with: this installation's own. */
    List<X509Certificate> anchors() {
        return keys.ownCertificates();
    }

    /** The head, if the text is a head and the signature over it was made with one of {@code anchors}. */
    Optional<SignedHead> trusted(String statement, byte[] signature, List<X509Certificate> anchors) {
        try {
            SignedHead head = SignedHead.parse(statement, signature);
            CmsVerifier.Result result = verifier.verifyDetached(head.statementBytes(), signature, List.of());
            return result.valid() && CmsVerifier.isTrusted(result.signer(), anchors) ? Optional.of(head) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Checks a head someone kept (from a notice, a packet, an answer) against the trail as it is now. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Check check(String statement, byte[] signature) {
        SignedHead head;
        try {
            head = SignedHead.parse(statement, signature);
        } catch (IllegalArgumentException e) {
            return new Check(false, false, -1, null, null, null, "This is not a signed audit head: " + e.getMessage() + ".");
        }
        CmsVerifier.Result result = verifier.verifyDetached(head.statementBytes(), signature == null ? new byte[0] : signature, List.of());
        if (!result.valid()) {
            return new Check(false, false, head.seq(), head.hash(), head.signedAt(), null,
                    "The signature over this head does not hold (" + result.problem() + "): it proves nothing.");
        }
        if (!keys.isOwn(result.signer())) {
            return new Check(true, false, head.seq(), head.hash(), head.signedAt(), null,
                    "This head was signed with a key that is not this registry's: it proves nothing about this trail.");
        }
        Optional<String> now = hashAt(head.seq());
        if (now.isEmpty()) {
            return new Check(true, true, head.seq(), head.hash(), head.signedAt(), false, "The trail has no event " + head.seq()
                    + " any more, though this registry signed a head at it on " + head.signedAt() + ": events were removed.");
        }
        if (!now.get().equals(head.hash())) {
            return new Check(true, true, head.seq(), head.hash(), head.signedAt(), false, "Event " + head.seq()
                    + " no longer has the hash this registry signed on " + head.signedAt() + ": the trail was rewritten.");
        }
        return new Check(true, true, head.seq(), head.hash(), head.signedAt(), true, "The trail still has event " + head.seq()
                + " with the hash this registry signed on " + head.signedAt() + ".");
    }

    private static Optional<String> hashAt(long seq) {
        if (seq == 0) {
            return Optional.of(AuditEvent.GENESIS);
        }
        return Panache.getEntityManager().createNativeQuery("select hash from audit_event where seq = ?1")
                .setParameter(1, seq).getResultStream().findFirst().map(String.class::cast);
    }
}
