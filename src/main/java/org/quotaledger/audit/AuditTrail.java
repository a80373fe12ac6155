package org.quotaledger.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import org.quotaledger.web.InvalidInput;
import org.quotaledger.web.Problem.FieldError;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the audit trail for people: filtered, paged, newest first. Writing is {@link AuditLog}'s job. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AuditTrail {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    @Inject
    ObjectMapper mapper;

    /** What to show; every field is optional. Dates are whole UTC days, both inclusive. */
    public record Filter(Long facilityId, String action, String actor, LocalDate from, LocalDate to) {
        public Filter {
            action = blankToNull(action);
            actor = blankToNull(actor);
            if (from != null && to != null && from.isAfter(to)) {
                throw new InvalidInput("The period starts (" + from + ") after it ends (" + to + ").",
                        List.of(FieldError.field("from", "is after to")));
            }
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s.trim();
        }
    }

    /** One changed field of a record: what it was and what it became (null for absent). */
    public record Change(String field, String before, String after) {
    }

    /** An event as the trail shows it, with a compact before → after of the fields that changed. */
    public record EventView(long seq, Instant occurredAt, String actor, String action, String entityType, String entityId,
                            Long facilityId, String facilityCode, String beforeJson, String afterJson, String prevHash, String hash,
                            List<Change> changes) {
    }

    public record Page(List<EventView> events, int page, int size, long total, int pages) {
        public boolean hasPrevious() {
            return page > 0;
        }

        public boolean hasNext() {
            return page + 1 < pages;
        }
    }

    public Page find(Filter filter, int page, int size) {
        if (page < 0) {
            throw new InvalidInput("The page number starts at 0.", List.of(FieldError.field("page", "is negative")));
        }
        if ((long) page * size > Integer.MAX_VALUE) {
            throw new InvalidInput("There is no page " + page + ".", List.of(FieldError.field("page", "is out of range")));
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInput("The page size must be between 1 and " + MAX_SIZE + ".",
                    List.of(FieldError.field("size", "is out of range")));
        }
        var where = new StringBuilder(" where true");
        var params = new ArrayList<Object>();
        if (filter.facilityId() != null) {
            params.add(filter.facilityId());
            where.append(" and facility_id = ?").append(params.size());
        }
        if (filter.action() != null) {
            // "quota." finds every quota action; a full name finds exactly that one.
            params.add(filter.action().replace("%", "\\%").replace("_", "\\_") + "%");
            where.append(" and action like ?").append(params.size());
        }
        if (filter.actor() != null) {
            params.add(filter.actor());
            where.append(" and actor = ?").append(params.size());
        }
        if (filter.from() != null) {
            params.add(filter.from().atStartOfDay().toInstant(ZoneOffset.UTC));
            where.append(" and occurred_at >= ?").append(params.size());
        }
        if (filter.to() != null) {
            params.add(filter.to().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
            where.append(" and occurred_at < ?").append(params.size());
        }
        var em = Panache.getEntityManager();
        Query count = em.createNativeQuery("select count(*) from audit_event" + where);
        Query rows = em.createNativeQuery("select seq, occurred_at, actor, action, entity_type, entity_id, facility_id,"
                + " before_json, after_json, prev_hash, hash, (select f.code from facility f where f.id = facility_id)"
                + " from audit_event" + where + " order by seq desc");
        for (int i = 0; i < params.size(); i++) {
            count.setParameter(i + 1, params.get(i));
            rows.setParameter(i + 1, params.get(i));
        }
        long total = ((Number) count.getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> result = rows.setFirstResult(Math.multiplyExact(page, size)).setMaxResults(size).getResultList();
        List<EventView> events = result.stream().map(r -> view(AuditVerifier.event(r), (String) r[11])).toList();
        return new Page(events, page, size, total, (int) ((total + size - 1) / size));
    }

    EventView view(AuditEvent e, String facilityCode) {
        return new EventView(e.seq(), e.occurredAt(), e.actor(), e.action(), e.entityType(), e.entityId(), e.facilityId(),
                facilityCode, e.beforeJson(), e.afterJson(), e.prevHash(), e.hash(), changes(e.beforeJson(), e.afterJson()));
    }

    /** The top-level fields that differ between before and after (all of them for a creation or a deletion). */
    List<Change> changes(String beforeJson, String afterJson) {
        Map<String, JsonNode> before = fields(beforeJson);
        Map<String, JsonNode> after = fields(afterJson);
        Set<String> names = new LinkedHashSet<>(before.keySet());
        names.addAll(after.keySet());
        List<Change> changes = new ArrayList<>();
        for (String name : names) {
            JsonNode b = before.get(name);
            JsonNode a = after.get(name);
            if (b == null ? a != null : !b.equals(a)) {
                changes.add(new Change(name, shorten(b), shorten(a)));
            }
        }
        return changes;
    }

    private Map<String, JsonNode> fields(String json) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        if (json == null || json.isBlank()) {
            return fields;
        }
        try {
            JsonNode node = mapper.readTree(json);
            if (node.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    var entry = it.next();
                    fields.put(entry.getKey(), entry.getValue());
                }
            } else {
                fields.put("value", node);
            }
        } catch (JsonProcessingException e) {
            fields.put("value", mapper.getNodeFactory().textNode(json));
        }
        return fields;
    }

    private static String shorten(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        String text = node.isTextual() ? node.asText() : node.toString();
        return text.length() > 80 ? text.substring(0, 77) + "…" : text;
    }
}
