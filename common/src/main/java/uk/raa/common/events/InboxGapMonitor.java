package uk.raa.common.events;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Reports gaps that stay open: when an event has waited in {@code inbox_pending} longer than
 * {@code raa.events.inbox.gap-timeout}, the missing range is counted ({@code raa.events.gaps}), recorded in
 * {@code resend_request} and published as {@code events.resend-requested.v1}. The owner's {@link ResendRequestedHandler}
 * marks those outbox rows unsent and its relay sends them again; this inbox then applies them and the held events.
 */
@ApplicationScoped
public class InboxGapMonitor {

    public static final String RESEND_TYPE = "events.resend-requested.v1";

    private static final Logger LOG = Logger.getLogger(InboxGapMonitor.class);

    /** The payload of {@code events.resend-requested.v1}. */
    public record ResendRequested(String consumer, String source, String aggregateType, String subject,
            long fromSequence, long toSequence) {
    }

    private final EntityManager em;
    private final Outbox outbox;
    private final EventsConfig config;
    private final MeterRegistry metrics;
    private final Clock clock;

    public InboxGapMonitor(EntityManager em, Outbox outbox, EventsConfig config, MeterRegistry metrics, Clock clock) {
        this.em = em;
        this.outbox = outbox;
        this.config = config;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Scheduled(identity = "raa-inbox-gap-monitor", every = "${raa.events.inbox.gap-check-every:30s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            checkNow();
        } catch (RuntimeException e) {
            LOG.warnf("inbox gap check failed (%s)", e.getClass().getSimpleName());
        }
    }

    /** Reports every gap older than the bound that has not been reported yet; returns how many were reported. */
    public int checkNow() {
        return checkNow(config.inbox().gapTimeout());
    }

    /** As {@link #checkNow()}, with another bound (operators, tests). */
    public int checkNow(java.time.Duration olderThan) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant cutoff = clock.instant().minus(olderThan);
            // For each aggregate with an unreported held event past the bound: the missing range runs from the one
            // after the last applied to the one before the earliest held.
            @SuppressWarnings("unchecked")
            List<Object[]> gaps = em.createNativeQuery("select p.consumer, p.source, p.aggregate_type, p.subject,"
                            + " q.last_sequence + 1, min(p.sequence) - 1 from inbox_pending p join inbox_position q"
                            + " on q.consumer = p.consumer and q.source = p.source and q.aggregate_type = p.aggregate_type"
                            + " and q.subject = p.subject where p.reported_at is null and p.received_at < ?1"
                            + " group by p.consumer, p.source, p.aggregate_type, p.subject, q.last_sequence")
                    .setParameter(1, cutoff)
                    .getResultList();
            int reported = 0;
            for (Object[] g : gaps) {
                ResendRequested request = new ResendRequested((String) g[0], (String) g[1], (String) g[2],
                        (String) g[3], ((Number) g[4]).longValue(), ((Number) g[5]).longValue());
                if (request.toSequence() < request.fromSequence()) {
                    continue; // the gap closed meanwhile; the next delivery drains it
                }
                int inserted = em.createNativeQuery("insert into resend_request (consumer, source, aggregate_type,"
                                + " subject, from_sequence, to_sequence) values (?1, ?2, ?3, ?4, ?5, ?6)"
                                + " on conflict do nothing")
                        .setParameter(1, request.consumer()).setParameter(2, request.source())
                        .setParameter(3, request.aggregateType()).setParameter(4, request.subject())
                        .setParameter(5, request.fromSequence()).setParameter(6, request.toSequence())
                        .executeUpdate();
                em.createNativeQuery("update inbox_pending set reported_at = now() where consumer = ?1 and source = ?2"
                                + " and aggregate_type = ?3 and subject = ?4 and reported_at is null")
                        .setParameter(1, request.consumer()).setParameter(2, request.source())
                        .setParameter(3, request.aggregateType()).setParameter(4, request.subject())
                        .executeUpdate();
                if (inserted == 1) {
                    outbox.publish(RESEND_TYPE, "events", request.consumer(), null, null, request);
                    metrics.counter("raa.events.gaps", "consumer", request.consumer()).increment();
                    LOG.warnf("gap for %s: %s %s %s sequences %d..%d missing; resend requested", request.consumer(),
                            request.source(), request.aggregateType(), request.subject(), request.fromSequence(),
                            request.toSequence());
                    reported++;
                }
            }
            return reported;
        });
    }
}
