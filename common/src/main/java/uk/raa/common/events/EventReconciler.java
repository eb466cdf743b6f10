package uk.raa.common.events;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Compares every projection of this service with its owner and repairs or reports drift (docs/events.md
 * "Reconciliation"). One run, every {@code raa.events.reconcile.every}:
 * <ol>
 * <li><b>Owner side</b>: pages through {@code outbox_sequence} and publishes each page as
 * {@code events.watermarks-published.v1} (the latest sequence per aggregate; the last page says so; the cycle's pages
 * are one aggregate, {@code events}/{@code watermarks/<cycle>}). Every service
 * receives them; {@link WatermarksHandler} keeps the aggregate types its handlers follow.</li>
 * <li><b>Consumer side</b>: for each handler and aggregate type it follows, pages through the owners' watermarks
 * against the handler's {@code inbox_position} ({@link Drift#classify}). Behind: a resend of the missing range is
 * requested ({@code events.resend-requested.v1}, as for a gap), up to {@code max-attempts} times per range, then the
 * range is reported unrepairable. Ahead of the owner, or unknown to it: reported.</li>
 * </ol>
 * Findings go to {@code reconciliation_finding} (listed under {@code /operations/events/reconciliation}), the gauges
 * {@code raa.events.reconcile.drift{kind}} and one log line of counts. A run holds a PostgreSQL session advisory lock,
 * so with several replicas one runs and the others skip.
 */
@ApplicationScoped
public class EventReconciler {

    /** The event machinery's own aggregate type (resend requests, watermarks): not reconciled. */
    public static final String MACHINERY = "events";
    /** The advisory lock key ("raa-rcnl"); advisory locks are per database, so per service. */
    public static final long LOCK_KEY = 0x7261612d72636e6cL;

    private static final Logger LOG = Logger.getLogger(EventReconciler.class);

    /** What one run did. Counts are of aggregates (per consuming handler). */
    public record RunSummary(long id, Instant startedAt, Instant finishedAt, int watermarksPublished,
            long aggregatesCompared, long behind, long ahead, long unknownToOwner, long unrepairable,
            long resendsRequested, String failure) {
    }

    private final EntityManager em;
    private final AgroalDataSource dataSource;
    private final Outbox outbox;
    private final EventConsumer consumer;
    private final EventsConfig config;
    private final MeterRegistry metrics;
    private final Clock clock;
    private final Map<String, AtomicLong> drift = new TreeMap<>();

    public EventReconciler(EntityManager em, AgroalDataSource dataSource, Outbox outbox, EventConsumer consumer,
            EventsConfig config, MeterRegistry metrics, Clock clock) {
        this.em = em;
        this.dataSource = dataSource;
        this.outbox = outbox;
        this.consumer = consumer;
        this.config = config;
        this.metrics = metrics;
        this.clock = clock;
        for (String kind : List.of("behind", "ahead", "unknown-to-owner", "unrepairable")) {
            AtomicLong value = new AtomicLong();
            drift.put(kind, value);
            metrics.gauge("raa.events.reconcile.drift", Tags.of("kind", kind), value);
        }
    }

    @Scheduled(identity = "raa-events-reconcile", every = "${raa.events.reconcile.every:1h}", delayed = "60s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (!config.reconcile().enabled()) {
            return;
        }
        try {
            runNow();
        } catch (RuntimeException e) {
            LOG.warnf("reconciliation run failed (%s); the next run starts afresh", e.getClass().getSimpleName());
        }
    }

    /**
     * Runs once now, unless another replica (another database session) is running: then returns empty at once.
     */
    public Optional<RunSummary> runNow() {
        try (Connection session = dataSource.getConnection()) {
            if (!advisory(session, "select pg_try_advisory_lock(?)")) {
                LOG.debug("reconciliation skipped: another instance is running");
                return Optional.empty();
            }
            try {
                return Optional.of(run());
            } finally {
                advisory(session, "select pg_advisory_unlock(?)");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take the reconciliation lock", e);
        }
    }

    private static boolean advisory(Connection session, String sql) throws SQLException {
        try (PreparedStatement statement = session.prepareStatement(sql)) {
            statement.setLong(1, LOCK_KEY);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private static final class Counts {
        long compared;
        long behind;
        long ahead;
        long unknown;
        long unrepairable;
        long resends;
    }

    private RunSummary run() {
        Instant cycle = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        long runId = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "insert into reconciliation_run (started_at) values (?1) returning id").setParameter(1, cycle)
                .getSingleResult()).longValue());
        Counts counts = new Counts();
        int published = 0;
        String failure = null;
        try {
            published = publishWatermarks(cycle);
            for (EventConsumer.Follower follower : consumer.followers()) {
                for (String aggregateType : follower.aggregateTypes()) {
                    if (!MACHINERY.equals(aggregateType)) {
                        compareListed(runId, follower.consumer(), aggregateType, counts);
                        compareUnlisted(runId, follower.consumer(), aggregateType, counts);
                    }
                }
            }
        } catch (RuntimeException e) {
            failure = e.getClass().getSimpleName();
            throw e;
        } finally {
            finish(runId, published, counts, failure);
        }
        drift.get("behind").set(counts.behind);
        drift.get("ahead").set(counts.ahead);
        drift.get("unknown-to-owner").set(counts.unknown);
        drift.get("unrepairable").set(counts.unrepairable);
        LOG.infof("reconciliation run %d: %d watermark pages published, %d aggregates compared; behind %d (resends"
                        + " requested %d), ahead of owner %d, unknown to owner %d, unrepairable %d", runId, published,
                counts.compared, counts.behind, counts.resends, counts.ahead, counts.unknown, counts.unrepairable);
        return new RunSummary(runId, cycle, clock.instant(), published, counts.compared, counts.behind, counts.ahead,
                counts.unknown, counts.unrepairable, counts.resends, null);
    }

    private void finish(long runId, int published, Counts counts, String failure) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("update reconciliation_run set finished_at = now(), watermarks_published = ?2,"
                            + " aggregates_compared = ?3, behind = ?4, ahead = ?5, unknown_to_owner = ?6,"
                            + " unrepairable = ?7, resends_requested = ?8, failure = nullif(?9, '') where id = ?1")
                    .setParameter(1, runId).setParameter(2, published).setParameter(3, counts.compared)
                    .setParameter(4, counts.behind).setParameter(5, counts.ahead).setParameter(6, counts.unknown)
                    .setParameter(7, counts.unrepairable).setParameter(8, counts.resends)
                    .setParameter(9, failure == null ? "" : failure)
                    .executeUpdate();
            if (failure == null) {
                // The listing shows the last run's findings; earlier ones are history the run rows keep as counts.
                em.createNativeQuery("delete from reconciliation_finding where run_id < ?1").setParameter(1, runId)
                        .executeUpdate();
            }
        });
        metrics.counter("raa.events.reconcile.runs", "outcome", failure == null ? "finished" : "failed").increment();
    }

    /**
     * Owner side: publishes this service's watermarks, one event per page; returns how many pages. Each cycle is its
     * own aggregate ({@code watermarks/<cycle>}), so its pages are applied in order and a page lost for good spoils
     * only its own cycle; sent pages older than a day are deleted (they are not worth resending).
     */
    public int publishWatermarks(Instant cycle) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from outbox_event where type = ?1"
                        + " and sent_at is not null and created_at < ?2")
                .setParameter(1, WatermarksHandler.TYPE).setParameter(2, cycle.minus(java.time.Duration.ofDays(1)))
                .executeUpdate());
        int size = config.reconcile().pageSize();
        String[] after = {"", ""};
        int page = 0;
        while (true) {
            int number = page;
            boolean last = QuarkusTransaction.requiringNew().call(() -> {
                @SuppressWarnings("unchecked")
                List<Object[]> rows = em.createNativeQuery("select aggregate_type, aggregate_id, last_sequence"
                                + " from outbox_sequence where aggregate_type <> ?1 and (aggregate_type, aggregate_id)"
                                + " > (?2, ?3) order by aggregate_type, aggregate_id limit ?4")
                        .setParameter(1, MACHINERY).setParameter(2, after[0]).setParameter(3, after[1])
                        .setParameter(4, size + 1)
                        .getResultList();
                boolean isLast = rows.size() <= size;
                List<WatermarksHandler.AggregateWatermark> marks = new ArrayList<>();
                for (Object[] r : rows.subList(0, Math.min(size, rows.size()))) {
                    marks.add(new WatermarksHandler.AggregateWatermark((String) r[0], (String) r[1],
                            ((Number) r[2]).longValue()));
                }
                if (!marks.isEmpty()) {
                    after[0] = marks.get(marks.size() - 1).aggregateType();
                    after[1] = marks.get(marks.size() - 1).subject();
                }
                outbox.publish(WatermarksHandler.TYPE, MACHINERY, "watermarks/" + cycle, null, null,
                        new WatermarksHandler.WatermarksPublished(config.source(), cycle, number, isLast, marks));
                return isLast;
            });
            page++;
            if (last) {
                return page;
            }
        }
    }

    /** Consumer side, part 1: every aggregate an owner listed, against the handler's position. */
    private void compareListed(long runId, String consumerName, String aggregateType, Counts counts) {
        int size = config.reconcile().pageSize();
        String[] after = {"", ""};
        boolean more = true;
        while (more) {
            more = QuarkusTransaction.requiringNew().call(() -> {
                @SuppressWarnings("unchecked")
                List<Object[]> rows = em.createNativeQuery("select w.source, w.subject, w.last_sequence, w.cycle,"
                                + " c.cycle, p.last_sequence, p.updated_at from owner_watermark w"
                                + " left join owner_watermark_cycle c on c.source = w.source"
                                + " left join inbox_position p on p.consumer = ?1 and p.source = w.source"
                                + " and p.aggregate_type = w.aggregate_type and p.subject = w.subject"
                                + " where w.aggregate_type = ?2 and (w.source, w.subject) > (?3, ?4)"
                                + " order by w.source, w.subject limit ?5")
                        .setParameter(1, consumerName).setParameter(2, aggregateType).setParameter(3, after[0])
                        .setParameter(4, after[1]).setParameter(5, size)
                        .getResultList();
                for (Object[] r : rows) {
                    Drift.Position position = r[5] == null ? Drift.Position.NONE
                            : new Drift.Position(((Number) r[5]).longValue(), EventOperations.instant(r[6]));
                    Drift.Watermark watermark = new Drift.Watermark(((Number) r[2]).longValue(),
                            EventOperations.instant(r[3]));
                    act(runId, consumerName, (String) r[0], aggregateType, (String) r[1], position, watermark,
                            EventOperations.instant(r[4]), counts);
                }
                if (!rows.isEmpty()) {
                    after[0] = (String) rows.get(rows.size() - 1)[0];
                    after[1] = (String) rows.get(rows.size() - 1)[1];
                }
                return rows.size() == size;
            });
        }
    }

    /** Consumer side, part 2: positions for aggregates no owner listed, from owners that completed a cycle. */
    private void compareUnlisted(long runId, String consumerName, String aggregateType, Counts counts) {
        int size = config.reconcile().pageSize();
        String[] after = {"", ""};
        boolean more = true;
        while (more) {
            more = QuarkusTransaction.requiringNew().call(() -> {
                @SuppressWarnings("unchecked")
                List<Object[]> rows = em.createNativeQuery("select p.source, p.subject, p.last_sequence,"
                                + " p.updated_at, c.cycle from inbox_position p"
                                + " join owner_watermark_cycle c on c.source = p.source"
                                + " where p.consumer = ?1 and p.aggregate_type = ?2 and (p.source, p.subject) > (?3, ?4)"
                                + " and not exists (select 1 from owner_watermark w where w.source = p.source"
                                + " and w.aggregate_type = p.aggregate_type and w.subject = p.subject)"
                                + " order by p.source, p.subject limit ?5")
                        .setParameter(1, consumerName).setParameter(2, aggregateType).setParameter(3, after[0])
                        .setParameter(4, after[1]).setParameter(5, size)
                        .getResultList();
                for (Object[] r : rows) {
                    Drift.Position position = new Drift.Position(((Number) r[2]).longValue(),
                            EventOperations.instant(r[3]));
                    act(runId, consumerName, (String) r[0], aggregateType, (String) r[1], position, null,
                            EventOperations.instant(r[4]), counts);
                }
                if (!rows.isEmpty()) {
                    after[0] = (String) rows.get(rows.size() - 1)[0];
                    after[1] = (String) rows.get(rows.size() - 1)[1];
                }
                return rows.size() == size;
            });
        }
    }

    private void act(long runId, String consumerName, String source, String aggregateType, String subject,
            Drift.Position position, Drift.Watermark watermark, Instant lastCompleteCycle, Counts counts) {
        counts.compared++;
        Drift.Kind kind = Drift.classify(position, watermark, lastCompleteCycle, config.reconcile().settleTime());
        Long ownerSequence = watermark == null ? null : watermark.sequence();
        switch (kind) {
            case IN_STEP -> {
            }
            case AHEAD -> {
                counts.ahead++;
                record(runId, consumerName, source, aggregateType, subject, "ahead", position.sequence(),
                        ownerSequence, "reported: the owner does not have these sequences");
            }
            case UNKNOWN_TO_OWNER -> {
                counts.unknown++;
                record(runId, consumerName, source, aggregateType, subject, "unknown-to-owner", position.sequence(),
                        ownerSequence, "reported: the owner did not list this aggregate");
            }
            case BEHIND -> repair(runId, consumerName, source, aggregateType, subject, position, watermark, counts);
        }
    }

    private void repair(long runId, String consumerName, String source, String aggregateType, String subject,
            Drift.Position position, Drift.Watermark watermark, Counts counts) {
        if (counts.resends >= config.reconcile().maxResendsPerRun()) {
            counts.behind++;
            record(runId, consumerName, source, aggregateType, subject, "behind", position.sequence(),
                    watermark.sequence(), "resend deferred to the next run (limit per run reached)");
            return;
        }
        InboxGapMonitor.ResendRequested request = new InboxGapMonitor.ResendRequested(consumerName, source,
                aggregateType, subject, position.sequence() + 1, watermark.sequence());
        @SuppressWarnings("unchecked")
        List<Number> attempts = em.createNativeQuery("insert into resend_request (consumer, source, aggregate_type,"
                        + " subject, from_sequence, to_sequence, origin) values (?1, ?2, ?3, ?4, ?5, ?6,"
                        + " 'reconciliation') on conflict (consumer, source, aggregate_type, subject, from_sequence)"
                        + " do update set to_sequence = greatest(resend_request.to_sequence, excluded.to_sequence),"
                        + " attempts = resend_request.attempts + 1, requested_at = now()"
                        + " where resend_request.attempts < ?7 returning attempts")
                .setParameter(1, consumerName).setParameter(2, source).setParameter(3, aggregateType)
                .setParameter(4, subject).setParameter(5, request.fromSequence())
                .setParameter(6, request.toSequence()).setParameter(7, config.reconcile().maxAttempts())
                .getResultList();
        if (attempts.isEmpty()) {
            counts.unrepairable++;
            record(runId, consumerName, source, aggregateType, subject, "unrepairable", position.sequence(),
                    watermark.sequence(), "reported: still missing after " + config.reconcile().maxAttempts()
                            + " resend requests (has the owner purged them?)");
            return;
        }
        outbox.publish(InboxGapMonitor.RESEND_TYPE, MACHINERY, consumerName, null, null, request);
        metrics.counter("raa.events.reconcile.resends", "consumer", consumerName).increment();
        counts.resends++;
        counts.behind++;
        record(runId, consumerName, source, aggregateType, subject, "behind", position.sequence(),
                watermark.sequence(), "resend of " + request.fromSequence() + ".." + request.toSequence()
                        + " requested (attempt " + attempts.get(0).intValue() + ")");
    }

    private void record(long runId, String consumerName, String source, String aggregateType, String subject,
            String kind, long consumerSequence, Long ownerSequence, String action) {
        // An owner sequence is absent for an aggregate the owner did not list (no typed null binding needed).
        em.createNativeQuery("insert into reconciliation_finding (run_id, consumer, source, aggregate_type, subject,"
                        + " kind, consumer_sequence, action, owner_sequence) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, "
                        + (ownerSequence == null ? "null" : String.valueOf(ownerSequence.longValue()))
                        + ") on conflict do nothing")
                .setParameter(1, runId).setParameter(2, consumerName).setParameter(3, source)
                .setParameter(4, aggregateType).setParameter(5, subject).setParameter(6, kind)
                .setParameter(7, consumerSequence).setParameter(8, action)
                .executeUpdate();
    }
}
