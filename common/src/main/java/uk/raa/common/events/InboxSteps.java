package uk.raa.common.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import uk.raa.common.tenancy.TenantScoped;

/**
 * The inbox's transactions. Each runs in its own transaction with the event's scope handed to PostgreSQL
 * ({@link TenantScoped}), so a handler's reads and writes are under row-level security like any request's.
 */
@ApplicationScoped
class InboxSteps {

    /** What became of one delivery. */
    enum Outcome { APPLIED, DUPLICATE, IGNORED, HELD, PARKED }

    private final EntityManager em;

    InboxSteps(EntityManager em) {
        this.em = em;
    }

    /**
     * Records the event and applies it if it is the aggregate's next one; holds it if earlier ones are missing;
     * ignores it if it is not newer than what was applied. With {@code fromPending} the event was held earlier and
     * already has its inbox row.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @TenantScoped
    Outcome step(EventEnvelope e, String consumer, Consumer<EventEnvelope> handler, boolean fromPending) {
        if (fromPending) {
            int removed = em.createNativeQuery("delete from inbox_pending where consumer = ?1 and event_id = ?2")
                    .setParameter(1, consumer).setParameter(2, e.id()).executeUpdate();
            if (removed == 0) {
                return Outcome.DUPLICATE; // another replica applied it meanwhile
            }
        } else if (!claim(e, consumer, "applied")) {
            return Outcome.DUPLICATE;
        }
        long last = lockPosition(e, consumer);
        if (e.sequence() <= last) {
            setStatus(e, consumer, "ignored");
            return Outcome.IGNORED;
        }
        if (e.sequence() > last + 1) {
            em.createNativeQuery("insert into inbox_pending (consumer, event_id, source, aggregate_type, subject,"
                            + " sequence, type, envelope) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
                            + " on conflict do nothing")
                    .setParameter(1, consumer).setParameter(2, e.id()).setParameter(3, e.source())
                    .setParameter(4, e.aggregateType()).setParameter(5, e.subject()).setParameter(6, e.sequence())
                    .setParameter(7, e.type()).setParameter(8, EventJson.write(e))
                    .executeUpdate();
            setStatus(e, consumer, "held");
            return Outcome.HELD;
        }
        handler.accept(e);
        advance(e, consumer);
        setStatus(e, consumer, "applied");
        return Outcome.APPLIED;
    }

    /**
     * Parks an event whose handler refused it (the handler's own changes were rolled back with its transaction) and
     * moves the aggregate's position past it, so later events are not held behind it.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void park(EventEnvelope e, String consumer, String reason, boolean fromPending) {
        if (fromPending) {
            em.createNativeQuery("delete from inbox_pending where consumer = ?1 and event_id = ?2")
                    .setParameter(1, consumer).setParameter(2, e.id()).executeUpdate();
        }
        claim(e, consumer, "parked");
        setStatus(e, consumer, "parked");
        lockPosition(e, consumer);
        advance(e, consumer);
        em.createNativeQuery("insert into parked_event (consumer, event_id, type, source, subject, sequence, authority,"
                        + " agency, reason, envelope) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"
                        + " on conflict do nothing")
                .setParameter(1, consumer).setParameter(2, e.id()).setParameter(3, e.type())
                .setParameter(4, e.source()).setParameter(5, e.subject()).setParameter(6, e.sequence())
                .setParameter(7, e.authority()).setParameter(8, e.agency()).setParameter(9, reason)
                .setParameter(10, EventJson.write(e))
                .executeUpdate();
    }

    /** The held event that comes next for the aggregate, if it has arrived. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    Optional<EventEnvelope> nextPending(String consumer, String source, String aggregateType, String subject) {
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery("select p.envelope from inbox_pending p join inbox_position q"
                        + " on q.consumer = p.consumer and q.source = p.source and q.aggregate_type = p.aggregate_type"
                        + " and q.subject = p.subject where p.consumer = ?1 and p.source = ?2 and p.aggregate_type = ?3"
                        + " and p.subject = ?4 and p.sequence <= q.last_sequence + 1 order by p.sequence limit 1")
                .setParameter(1, consumer).setParameter(2, source).setParameter(3, aggregateType)
                .setParameter(4, subject)
                .getResultList();
        return rows.stream().findFirst().map(EventJson::parse);
    }

    private boolean claim(EventEnvelope e, String consumer, String status) {
        return em.createNativeQuery("insert into inbox_event (consumer, event_id, type, source, subject, sequence,"
                        + " status) values (?1, ?2, ?3, ?4, ?5, ?6, ?7) on conflict do nothing")
                .setParameter(1, consumer).setParameter(2, e.id()).setParameter(3, e.type())
                .setParameter(4, e.source()).setParameter(5, e.subject()).setParameter(6, e.sequence())
                .setParameter(7, status)
                .executeUpdate() == 1;
    }

    private void setStatus(EventEnvelope e, String consumer, String status) {
        em.createNativeQuery("update inbox_event set status = ?3, decided_at = now() where consumer = ?1"
                        + " and event_id = ?2")
                .setParameter(1, consumer).setParameter(2, e.id()).setParameter(3, status).executeUpdate();
    }

    /** Locks the aggregate's position row (creating it at 0) so one delivery at a time decides for an aggregate. */
    private long lockPosition(EventEnvelope e, String consumer) {
        em.createNativeQuery("insert into inbox_position (consumer, source, aggregate_type, subject, last_sequence)"
                        + " values (?1, ?2, ?3, ?4, 0) on conflict do nothing")
                .setParameter(1, consumer).setParameter(2, e.source()).setParameter(3, e.aggregateType())
                .setParameter(4, e.subject()).executeUpdate();
        return ((Number) em.createNativeQuery("select last_sequence from inbox_position where consumer = ?1"
                        + " and source = ?2 and aggregate_type = ?3 and subject = ?4 for update")
                .setParameter(1, consumer).setParameter(2, e.source()).setParameter(3, e.aggregateType())
                .setParameter(4, e.subject()).getSingleResult()).longValue();
    }

    private void advance(EventEnvelope e, String consumer) {
        em.createNativeQuery("update inbox_position set last_sequence = greatest(last_sequence, ?5), updated_at = now()"
                        + " where consumer = ?1 and source = ?2 and aggregate_type = ?3 and subject = ?4")
                .setParameter(1, consumer).setParameter(2, e.source()).setParameter(3, e.aggregateType())
                .setParameter(4, e.subject()).setParameter(5, e.sequence()).executeUpdate();
    }
}
