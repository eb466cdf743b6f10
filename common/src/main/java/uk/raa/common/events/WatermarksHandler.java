package uk.raa.common.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.Session;

/**
 * Consumer side of reconciliation: stores what an owner's {@code events.watermarks-published.v1} says about the
 * aggregate types this service's handlers follow, in {@code owner_watermark}; the last page of a cycle marks the
 * cycle complete in {@code owner_watermark_cycle}. The inbox applies an owner's pages in order, so when the last page
 * is applied every earlier page of the cycle has been. {@link EventReconciler} compares them with the inbox.
 */
@ApplicationScoped
public class WatermarksHandler implements EventHandler {

    public static final String TYPE = "events.watermarks-published.v1";

    /** The payload: one page of the owner's aggregates, each with the latest sequence it has published. */
    public record WatermarksPublished(String source, Instant cycle, int page, boolean last,
            List<AggregateWatermark> aggregates) {
    }

    public record AggregateWatermark(String aggregateType, String subject, long sequence) {
    }

    private final EntityManager em;
    private final Instance<EventConsumer> consumer;
    private volatile Set<String> followed;

    public WatermarksHandler(EntityManager em, Instance<EventConsumer> consumer) {
        this.em = em;
        this.consumer = consumer;
    }

    @Override
    public Set<String> types() {
        return Set.of(TYPE);
    }

    @Override
    public String name() {
        return "watermarks";
    }

    @Override
    public void handle(EventEnvelope event) {
        WatermarksPublished page = event.dataAs(WatermarksPublished.class);
        if (page.source() == null || !page.source().equals(event.source())) {
            throw new ParkEvent("data.source must be the event's source");
        }
        if (page.cycle() == null || page.aggregates() == null) {
            throw new ParkEvent("cycle and aggregates are required");
        }
        Set<String> mine = followed();
        List<AggregateWatermark> kept = page.aggregates().stream()
                .filter(a -> a != null && mine.contains(a.aggregateType()) && a.subject() != null && a.sequence() > 0)
                .toList();
        Timestamp cycle = Timestamp.from(page.cycle());
        if (!kept.isEmpty()) {
            em.unwrap(Session.class).doWork(connection -> {
                // A later cycle's word replaces an earlier one's; a late page of an older cycle changes nothing.
                try (PreparedStatement upsert = connection.prepareStatement("insert into owner_watermark (source,"
                        + " aggregate_type, subject, last_sequence, cycle) values (?, ?, ?, ?, ?)"
                        + " on conflict (source, aggregate_type, subject) do update set last_sequence ="
                        + " excluded.last_sequence, cycle = excluded.cycle, received_at = now()"
                        + " where owner_watermark.cycle <= excluded.cycle")) {
                    for (AggregateWatermark a : kept) {
                        upsert.setString(1, page.source());
                        upsert.setString(2, a.aggregateType());
                        upsert.setString(3, a.subject());
                        upsert.setLong(4, a.sequence());
                        upsert.setTimestamp(5, cycle);
                        upsert.addBatch();
                    }
                    upsert.executeBatch();
                }
            });
        }
        if (page.last()) {
            em.createNativeQuery("insert into owner_watermark_cycle (source, cycle) values (?1, ?2)"
                            + " on conflict (source) do update set cycle = excluded.cycle, completed_at = now()"
                            + " where owner_watermark_cycle.cycle < excluded.cycle")
                    .setParameter(1, page.source()).setParameter(2, page.cycle())
                    .executeUpdate();
        }
    }

    /** The aggregate types this service's handlers follow (not the event machinery's own). */
    Set<String> followed() {
        Set<String> current = followed;
        if (current == null) {
            current = consumer.get().followers().stream().flatMap(f -> f.aggregateTypes().stream())
                    .filter(t -> !EventReconciler.MACHINERY.equals(t)).collect(Collectors.toUnmodifiableSet());
            followed = current;
        }
        return current;
    }
}
