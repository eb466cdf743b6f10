package uk.raa.common.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import uk.raa.common.paging.Page;
import uk.raa.common.paging.PageRequest;

/**
 * What operators need to see: parked events, dead letters, open gaps, resend requests and reconciliation findings.
 * Metadata only.
 */
@ApplicationScoped
public class EventOperations {

    /** A valid event a consumer refused, with the consumer's reason. */
    public record ParkedEvent(long id, String consumer, String eventId, String type, String source, String subject,
            long sequence, String authority, String agency, String reason, Instant parkedAt) {
    }

    /** A message that was rejected to the dead-letter queue. */
    public record DeadLetter(long id, String channel, String routingKey, String messageId, String reason,
            int storedBytes, Instant receivedAt) {
    }

    /** An event waiting for an earlier one of its aggregate. */
    public record HeldEvent(String consumer, String eventId, String type, String source, String subject,
            long sequence, long lastApplied, Instant receivedAt, Instant reportedAt) {
    }

    /** A consumer's request to the owner to publish a range again. */
    public record ResendRequest(long id, String consumer, String source, String aggregateType, String subject,
            long fromSequence, long toSequence, Instant requestedAt, int attempts, String origin) {
    }

    /** A reconciliation run's counts (aggregates per consuming handler). */
    public record ReconciliationRun(long id, Instant startedAt, Instant finishedAt, int watermarksPublished,
            long aggregatesCompared, long behind, long ahead, long unknownToOwner, long unrepairable,
            long resendsRequested, String failure) {
    }

    /** One aggregate on which a consumer and its owner disagree, and what the run did about it. */
    public record ReconciliationFinding(long runId, String consumer, String source, String aggregateType,
            String subject, String kind, long consumerSequence, Long ownerSequence, String action) {
    }

    private final EntityManager em;

    public EventOperations(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public Page<ParkedEvent> parked(PageRequest page) {
        return page("select id, consumer, event_id::text, type, source, subject, sequence, authority, agency, reason,"
                + " parked_at from parked_event order by id desc", "select count(*) from parked_event", page,
                r -> new ParkedEvent(num(r[0]), (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                        (String) r[5], num(r[6]), (String) r[7], (String) r[8], (String) r[9], instant(r[10])));
    }

    @Transactional
    public Page<DeadLetter> deadLetters(PageRequest page) {
        return page("select id, channel, routing_key, message_id, reason, octet_length(payload), received_at"
                + " from dead_letter order by id desc", "select count(*) from dead_letter", page,
                r -> new DeadLetter(num(r[0]), (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                        (int) num(r[5]), instant(r[6])));
    }

    @Transactional
    public Page<HeldEvent> held(PageRequest page) {
        return page("select p.consumer, p.event_id::text, p.type, p.source, p.subject, p.sequence,"
                + " coalesce(q.last_sequence, 0), p.received_at, p.reported_at from inbox_pending p"
                + " left join inbox_position q on q.consumer = p.consumer and q.source = p.source"
                + " and q.aggregate_type = p.aggregate_type and q.subject = p.subject"
                + " order by p.received_at, p.sequence", "select count(*) from inbox_pending", page,
                r -> new HeldEvent((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                        num(r[5]), num(r[6]), instant(r[7]), instant(r[8])));
    }

    @Transactional
    public Page<ResendRequest> resendRequests(PageRequest page) {
        return page("select id, consumer, source, aggregate_type, subject, from_sequence, to_sequence, requested_at,"
                + " attempts, origin from resend_request order by id desc", "select count(*) from resend_request",
                page, r -> new ResendRequest(num(r[0]), (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                        num(r[5]), num(r[6]), instant(r[7]), (int) num(r[8]), (String) r[9]));
    }

    /** The last finished reconciliation run, if any. */
    @Transactional
    public Optional<ReconciliationRun> lastReconciliation() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, started_at, finished_at, watermarks_published,"
                + " aggregates_compared, behind, ahead, unknown_to_owner, unrepairable, resends_requested, failure"
                + " from reconciliation_run where finished_at is not null order by id desc limit 1").getResultList();
        return rows.stream().findFirst().map(r -> new ReconciliationRun(num(r[0]), instant(r[1]), instant(r[2]),
                (int) num(r[3]), num(r[4]), num(r[5]), num(r[6]), num(r[7]), num(r[8]), num(r[9]), (String) r[10]));
    }

    /** The last finished run's findings, by consumer, kind and aggregate. */
    @Transactional
    public Page<ReconciliationFinding> reconciliationFindings(PageRequest page) {
        String last = "(select max(id) from reconciliation_run where finished_at is not null)";
        return page("select run_id, consumer, source, aggregate_type, subject, kind, consumer_sequence,"
                + " owner_sequence, action from reconciliation_finding where run_id = " + last
                + " order by consumer, kind, source, aggregate_type, subject",
                "select count(*) from reconciliation_finding where run_id = " + last, page,
                r -> new ReconciliationFinding(num(r[0]), (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                        (String) r[5], num(r[6]), r[7] == null ? null : num(r[7]), (String) r[8]));
    }

    private <T> Page<T> page(String sql, String countSql, PageRequest page, Function<Object[], T> row) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).setFirstResult(page.offset()).setMaxResults(page.size)
                .getResultList();
        long total = num(em.createNativeQuery(countSql).getSingleResult());
        return new Page<>(rows.stream().map(row).toList(), page.page, page.size, total);
    }

    private static long num(Object value) {
        return ((Number) value).longValue();
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass().getName());
    }
}
