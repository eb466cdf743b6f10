package uk.raa.common.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import uk.raa.common.paging.Page;
import uk.raa.common.paging.PageRequest;

/** Who accessed a record, and when: for the staff allowed to ask. */
@ApplicationScoped
public class AuditQueries {

    private final EntityManager em;

    public AuditQueries(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public Page<AuditEntry> accessesTo(String recordType, String recordId, PageRequest page) {
        long total = ((Number) em.createNativeQuery("select count(*) from audit_event where record_type = ?1"
                        + " and record_ids @> array[?2]::text[]")
                .setParameter(1, recordType).setParameter(2, recordId).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select occurred_at, actor, authority, agency, action, record_type,"
                        + " purpose, request_id, cardinality(record_ids) from audit_event where record_type = ?1"
                        + " and record_ids @> array[?2]::text[] order by occurred_at desc, id desc")
                .setParameter(1, recordType).setParameter(2, recordId)
                .setFirstResult(page.offset()).setMaxResults(page.size).getResultList();
        List<AuditEntry> entries = rows.stream().map(r -> new AuditEntry(toOffset(r[0]), (String) r[1], (String) r[2],
                (String) r[3], (String) r[4], (String) r[5], (String) r[6], (String) r[7],
                ((Number) r[8]).intValue())).toList();
        return new Page<>(entries, page.page, page.size, total);
    }

    private static OffsetDateTime toOffset(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt;
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(java.time.ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(java.time.ZoneOffset.UTC);
    }
}
