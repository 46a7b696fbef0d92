package coop.faireavec.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The filtered reads of the audit (only the conditions asked for are written into the query, so that no untyped
 * null parameter reaches PostgreSQL). Reads only.
 */
@Component
class AuditQueries {

    private final EntityManager em;

    AuditQueries(EntityManager em) {
        this.em = em;
    }

    List<AuditEvent> find(AuditLog.Filter filter, ZoneId zone, int first, int max) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(filter, zone, params);
        TypedQuery<AuditEvent> query = em.createQuery(
                "select e from AuditEvent e" + where + " order by e.occurredAt desc, e.id desc", AuditEvent.class);
        params.forEach(query::setParameter);
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    long count(AuditLog.Filter filter, ZoneId zone) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(filter, zone, params);
        TypedQuery<Long> query = em.createQuery("select count(e) from AuditEvent e" + where, Long.class);
        params.forEach(query::setParameter);
        return query.getSingleResult();
    }

    private static String where(AuditLog.Filter filter, ZoneId zone, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (filter.personId() != null) {
            conditions.add("(e.actorId = :person or e.subjectPersonId = :person)");
            params.put("person", filter.personId());
        }
        if (filter.experimentationId() != null) {
            conditions.add("e.experimentationId = :experimentation");
            params.put("experimentation", filter.experimentationId());
        }
        if (filter.kind() != null) {
            conditions.add("e.kind = :kind");
            params.put("kind", filter.kind());
        }
        if (filter.from() != null) {
            conditions.add("e.occurredAt >= :from");
            params.put("from", filter.from().atStartOfDay(zone).toInstant());
        }
        if (filter.to() != null) {
            conditions.add("e.occurredAt < :to");
            params.put("to", filter.to().plusDays(1).atStartOfDay(zone).toInstant());
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }
}
