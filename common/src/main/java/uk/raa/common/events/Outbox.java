package uk.raa.common.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.UUID;
import jakarta.transaction.Transactional;

/**
 * Producer side: writes an event to {@code outbox_event} in the caller's transaction, so it is published if and only
 * if the state change commits. {@link OutboxRelay} sends it to the broker afterwards.
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager em;
    private final EventsConfig config;
    private final Clock clock;

    public Outbox(EntityManager em, EventsConfig config, Clock clock) {
        this.em = em;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Records an event for publication with the aggregate's next sequence number.
     *
     * @param type          versioned type whose first segment is {@code aggregateType}, e.g. {@code child.profile-changed.v1}
     * @param aggregateType e.g. {@code child}
     * @param aggregateId   the aggregate's opaque id (the envelope's {@code subject})
     * @param authority     the authority the record belongs to, or {@code null}
     * @param agency        the agency the record belongs to, or {@code null}
     * @param data          the payload (a record serialised by Jackson); must match {@code events/schemas/<type>.json}
     * @return the envelope as it will be published
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public EventEnvelope publish(String type, String aggregateType, String aggregateId, String authority, String agency,
            Object data) {
        if (type == null || !EventJson.TYPE.matcher(type).matches()) {
            throw new IllegalArgumentException("event type must look like <aggregate>.<event>.v<n>");
        }
        if (!type.startsWith(aggregateType + ".")) {
            throw new IllegalArgumentException("event type " + type + " must start with its aggregate type "
                    + aggregateType + ".");
        }
        if (aggregateId == null || aggregateId.isBlank()) {
            throw new IllegalArgumentException("aggregateId is required");
        }
        // The upsert locks the aggregate's sequence row until this transaction ends: gap-free, in commit order.
        long sequence = ((Number) em.createNativeQuery("insert into outbox_sequence (aggregate_type, aggregate_id,"
                        + " last_sequence) values (?1, ?2, 1) on conflict (aggregate_type, aggregate_id)"
                        + " do update set last_sequence = outbox_sequence.last_sequence + 1 returning last_sequence")
                .setParameter(1, aggregateType)
                .setParameter(2, aggregateId)
                .getSingleResult()).longValue();
        EventEnvelope envelope = new EventEnvelope(EventEnvelope.SPEC_VERSION, UUID.randomUUID(), config.source(), type,
                clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS), aggregateId, EventEnvelope.DATA_CONTENT_TYPE, authority, agency, sequence,
                EventJson.toTree(data));
        em.createNativeQuery("insert into outbox_event (event_id, type, aggregate_type, aggregate_id, sequence,"
                        + " authority, agency, envelope) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
                .setParameter(1, envelope.id())
                .setParameter(2, type)
                .setParameter(3, aggregateType)
                .setParameter(4, aggregateId)
                .setParameter(5, sequence)
                .setParameter(6, authority)
                .setParameter(7, agency)
                .setParameter(8, EventJson.write(envelope))
                .executeUpdate();
        return envelope;
    }
}
