package uk.raa.common.events;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import org.jboss.logging.Logger;

/** Records a message that goes to the dead-letter queue, with the reason, so operators can list it. */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);
    /** Enough to diagnose a message; the broker's DLQ keeps the whole body. */
    private static final int MAX_STORED_BYTES = 65_536;

    private final EntityManager em;
    private final MeterRegistry metrics;

    public DeadLetters(EntityManager em, MeterRegistry metrics) {
        this.em = em;
        this.metrics = metrics;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(String channel, String routingKey, String messageId, String reason, byte[] body) {
        byte[] kept = body.length > MAX_STORED_BYTES ? java.util.Arrays.copyOf(body, MAX_STORED_BYTES) : body;
        em.createNativeQuery("insert into dead_letter (channel, routing_key, message_id, reason, payload)"
                        + " values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, channel).setParameter(2, routingKey).setParameter(3, messageId)
                .setParameter(4, reason)
                .setParameter(5, new String(kept, StandardCharsets.UTF_8).replace("\u0000", ""))
                .executeUpdate();
        metrics.counter("raa.events.dead_lettered", "channel", channel).increment();
        LOG.warnf("message %s (routing key %s) dead-lettered: %s", messageId, routingKey, reason);
    }
}
