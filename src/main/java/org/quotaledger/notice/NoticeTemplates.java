package org.quotaledger.notice;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

import org.quotaledger.audit.SignedHead;
import org.quotaledger.document.QuotaDocument;
import org.quotaledger.signing.PdfSigner;

/**
 * The notices of one bulk job, rendered once per shared part and stamped per employee. Everything a notice says
 * except the employee's name and number, the verification code and QR code, and the signer's line depends only on
 * the facility, the description version, the language, the state and the issue day: that part is laid out once
 * ({@link EmployeeNoticeRenderer#template}), and each employee's copy is that file with their fields written in, in
 * the pass that signs it. Laying out the tables is most of a notice's CPU; see {@code docs/benchmarks.md}.
 *
 * <p>Held by the job for its run only (a few templates, a few tens of KB each): nothing here is needed by another
 * instance, which builds its own when it takes a job over. Thread-safe: the job's signing threads share it.
 */
final class NoticeTemplates {

    /** A job normally needs one template per language; more only across midnight or with several roles. */
    private static final int CAPACITY = 16;

    private final EmployeeNoticeRenderer renderer;
    private final Map<Key, EmployeeNoticeRenderer.Template> templates = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, EmployeeNoticeRenderer.Template> eldest) {
            return size() > CAPACITY;
        }
    };
    private final AtomicInteger stamped = new AtomicInteger();
    private final AtomicInteger renderedWhole = new AtomicInteger();

    NoticeTemplates(EmployeeNoticeRenderer renderer) {
        this.renderer = renderer;
    }

    /** What {@link EmployeeNoticeRenderer#renderSigned(EmployeeNoticeModel, PdfSigner, SignedHead)} gives, faster. */
    byte[] renderSigned(EmployeeNoticeModel model, PdfSigner signer, SignedHead auditHead) {
        Key key = Key.of(model, documentHash(model.document()));
        EmployeeNoticeRenderer.Template template;
        synchronized (templates) {
            template = templates.get(key);
        }
        if (template == null) {
            // Outside the lock: two threads may both render the first one, which costs a render and nothing else.
            template = renderer.template(model, signer.identity().displayName());
            synchronized (templates) {
                templates.putIfAbsent(key, template);
            }
        }
        byte[] pdf = renderer.stampSigned(template, model, signer, auditHead);
        if (pdf != null) {
            stamped.incrementAndGet();
            return pdf;
        }
        renderedWhole.incrementAndGet();
        return renderer.renderSigned(model, signer, auditHead);
    }

    /** The last document hashed, with its hash: a job's notices share a few document instances, read once per run. */
    private volatile DocumentHash lastHashed;

    private record DocumentHash(QuotaDocument document, int hash) {
    }

    /** Hashing a whole description for every notice was 2-3 % of a stamped notice's CPU: once per instance in a row. */
    private int documentHash(QuotaDocument document) {
        DocumentHash last = lastHashed;
        if (last == null || last.document() != document) {
            last = new DocumentHash(document, Objects.hashCode(document));
            lastHashed = last;
        }
        return last.hash();
    }

    /** Notices stamped from a template so far. */
    int stamped() {
        return stamped.get();
    }

    /** Templates held now. */
    int templates() {
        synchronized (templates) {
            return templates.size();
        }
    }

    /** Notices rendered whole because a value would not fit the template's line. */
    int renderedWhole() {
        return renderedWhole.get();
    }

    /**
     * Everything the shared part shows. The document is compared by value (a record): a job reads it anew when it
     * is resumed. The issue day, not the time: the minute is in the footer, which is stamped. Hashed with the
     * document's hash worked out beforehand; equal documents have equal hashes, and the same instance compares equal
     * at once.
     */
    private record Key(String employerName, String facilityCode, String facilityName, String facilityAddress,
                       String state, String primaryLanguage, String roleTitle, int descriptionVersion,
                       QuotaDocument document, int documentHash, LocalDate issueDay) {

        static Key of(EmployeeNoticeModel m, int documentHash) {
            String state = m.rightsState();
            return new Key(m.employerName(), m.facilityCode(), m.facilityName(), m.facilityAddress(), state,
                    m.primaryLanguage(), m.roleTitle(), m.descriptionVersion(), m.document(), documentHash,
                    m.issuedAt().atZone(NoticeText.zone(state)).toLocalDate());
        }

        @Override
        public int hashCode() {
            return Objects.hash(employerName, facilityCode, facilityName, facilityAddress, state, primaryLanguage,
                    roleTitle, descriptionVersion, documentHash, issueDay);
        }
    }
}
