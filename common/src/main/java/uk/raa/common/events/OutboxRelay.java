package uk.raa.common.events;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Publishes outbox rows to the broker and marks them sent only after the broker confirmed them. Rows are claimed
 * with {@code FOR UPDATE SKIP LOCKED}, so several replicas share the work and never publish the same row at the same
 * time; a crash before the mark commits leaves the rows unsent and they go again (at least once; inboxes make it
 * exactly once in effect).
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final EntityManager em;
    private final BrokerChannel broker;
    private final EventsConfig config;
    private final MeterRegistry metrics;
    private final AtomicBoolean running;

    public OutboxRelay(EntityManager em, BrokerChannel broker, EventsConfig config, MeterRegistry metrics) {
        this.em = em;
        this.broker = broker;
        this.config = config;
        this.metrics = metrics;
        this.running = new AtomicBoolean(config.relay().enabled());
    }

    @Scheduled(identity = "raa-outbox-relay", every = "${raa.events.relay.every:1s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (!running.get()) {
            return;
        }
        try {
            relayNow();
        } catch (RuntimeException e) {
            LOG.warnf("outbox relay run failed (%s); unsent events stay in the outbox and go on the next run",
                    e.getClass().getSimpleName());
        }
    }

    /** Stops the scheduled relay (rows stay unsent, as after a crash). */
    public void stop() {
        running.set(false);
    }

    /** Starts the scheduled relay again. */
    public void start() {
        running.set(true);
    }

    public boolean isRunning() {
        return running.get();
    }

    /** Relays until nothing is left unsent; returns how many events were published. */
    public int relayNow() {
        int total = 0;
        int sent;
        do {
            sent = relayBatch(config.relay().batchSize());
            total += sent;
        } while (sent == config.relay().batchSize());
        return total;
    }

    /** Publishes at most {@code limit} unsent events, oldest first; returns how many. */
    public int relayBatch(int limit) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select id, type, event_id::text, envelope from outbox_event"
                            + " where sent_at is null order by id limit ?1 for update skip locked")
                    .setParameter(1, limit)
                    .getResultList();
            if (rows.isEmpty()) {
                return 0;
            }
            List<BrokerChannel.Outgoing> events = rows.stream()
                    .map(r -> new BrokerChannel.Outgoing((String) r[1], (String) r[2], (String) r[3]))
                    .toList();
            try {
                broker.publishConfirmed(events);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for publisher confirms", e);
            } catch (java.io.IOException | java.util.concurrent.TimeoutException e) {
                throw new IllegalStateException("the broker did not confirm the batch", e);
            }
            List<Long> ids = rows.stream().map(r -> ((Number) r[0]).longValue()).toList();
            em.createNativeQuery("update outbox_event set sent_at = now(), publish_count = publish_count + 1"
                            + " where id in (?1)")
                    .setParameter(1, ids)
                    .executeUpdate();
            metrics.counter("raa.events.published").increment(rows.size());
            return rows.size();
        });
    }
}
