package uk.raa.children.messaging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.raa.common.testing.EventBroker.await;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.raa.common.events.EventReconciler;
import uk.raa.common.events.Outbox;
import uk.raa.common.events.OutboxRelay;
import uk.raa.common.events.WatermarksHandler;
import uk.raa.common.testing.EventContracts;
import uk.raa.common.testing.TestTokens;

/**
 * Reconciliation against the real RabbitMQ and PostgreSQL. children-service owns the probe events and also consumes
 * them (consumer {@code children.probe}), so one service plays both sides: its watermarks go out through the outbox
 * and the broker and come back to its own queue, and its resend requests come back to its own resend handler. Each
 * test uses its own subjects, so leftovers from earlier runs (and other tests) do not matter.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class ReconciliationTests {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String SOURCE = "/children-service";
    private static final String CONSUMER = "children.probe";

    @Inject
    Outbox outbox;
    @Inject
    OutboxRelay relay;
    @Inject
    EventReconciler reconciler;
    @Inject
    ProbeHandler probe;
    @Inject
    EntityManager em;
    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void relayRunsAgain() {
        relay.start();
    }

    private void publishProbe(String subject, String type, int n) {
        QuarkusTransaction.requiringNew().run(() -> outbox.publish(type, "probe", subject, "coventry", "ace",
                Map.of("n", n)));
    }

    private long count(String sql, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var q = em.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i]);
            }
            return ((Number) q.getSingleResult()).longValue();
        });
    }

    private void execute(String sql, Object... params) {
        QuarkusTransaction.requiringNew().run(() -> {
            var q = em.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i]);
            }
            q.executeUpdate();
        });
    }

    private long position(String subject) {
        return count("select coalesce(max(last_sequence), 0) from inbox_position where consumer = ?1 and source = ?2"
                + " and aggregate_type = 'probe' and subject = ?3", CONSUMER, SOURCE, subject);
    }

    /** Events 1..n of a subject, applied by the probe consumer. */
    private void applied(String subject, int n) {
        for (int i = 1; i <= n; i++) {
            publishProbe(subject, ProbeHandler.TYPE, i);
        }
        relay.relayNow();
        await(subject + " applied up to " + n, WAIT, () -> position(subject) == n);
    }

    /** An event the owner recorded as sent that never reached the broker. */
    private void lost(String subject, int n) {
        // Recorded and marked sent in one transaction, so no relay run can send it in between.
        QuarkusTransaction.requiringNew().run(() -> {
            outbox.publish(ProbeHandler.TYPE, "probe", subject, "coventry", "ace", Map.of("n", n));
            em.createNativeQuery("update outbox_event set sent_at = now() where aggregate_type = 'probe'"
                    + " and aggregate_id = ?1 and sequence = ?2").setParameter(1, subject).setParameter(2, n)
                    .executeUpdate();
        });
    }

    /** One run whose watermarks have come back: afterwards the service knows what it owned when the run began. */
    private EventReconciler.RunSummary completeCycle() {
        EventReconciler.RunSummary run = reconciler.runNow().orElseThrow();
        Instant cycle = run.startedAt();
        await("the watermark cycle came back", WAIT, () -> {
            relay.relayNow();
            return count("select count(*) from owner_watermark_cycle where source = ?1 and cycle >= ?2", SOURCE,
                    cycle) == 1;
        });
        return run;
    }

    private String finding(String subject) {
        List<?> kinds = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("select f.kind"
                        + " from reconciliation_finding f where f.run_id = (select max(id) from reconciliation_run"
                        + " where finished_at is not null) and f.consumer = ?1 and f.subject = ?2")
                .setParameter(1, CONSUMER).setParameter(2, subject).getResultList());
        return kinds.isEmpty() ? null : (String) kinds.get(0);
    }

    @Test
    void aProjectionThatLostItsLastEventIsFoundBehindAndRepairedWhileOneInStepIsLeftAlone() {
        String inStep = "rec-step-" + UUID.randomUUID();
        String behind = "rec-lost-" + UUID.randomUUID();
        applied(inStep, 2);
        applied(behind, 1);
        // Sequence 2 is lost and is the last one: no later event reveals a gap, so only reconciliation can find it.
        lost(behind, 2);
        completeCycle();
        assertEquals(1, count("select count(*) from owner_watermark where source = ?1 and aggregate_type = 'probe'"
                + " and subject = ?2 and last_sequence = 2", SOURCE, behind));

        EventReconciler.RunSummary run = reconciler.runNow().orElseThrow();
        assertEquals("behind", finding(behind));
        assertEquals(null, finding(inStep));
        assertTrue(run.behind() >= 1 && run.resendsRequested() >= 1, run.toString());
        assertEquals(1, count("select count(*) from resend_request where consumer = ?1 and subject = ?2"
                + " and from_sequence = 2 and to_sequence = 2 and origin = 'reconciliation'", CONSUMER, behind));
        given().auth().oauth2(TestTokens.manager())
                .get("/api/children/operations/events/reconciliation/findings?size=500")
                .then().statusCode(200).body("items.subject", hasItem(behind))
                .body("items.find { it.subject == '" + behind + "' }.kind", equalTo("behind"))
                .body("items.find { it.subject == '" + behind + "' }.consumerSequence", equalTo(1))
                .body("items.find { it.subject == '" + behind + "' }.ownerSequence", equalTo(2));
        given().auth().oauth2(TestTokens.manager()).get("/api/children/operations/events/reconciliation")
                .then().statusCode(200).body("id", equalTo((int) run.id()));

        // The resend request reaches the owner (this service), which sends sequence 2 again.
        await("the lost event applied", WAIT, () -> {
            relay.relayNow();
            return probe.applied(behind).equals(List.of(1L, 2L));
        });
        reconciler.runNow().orElseThrow();
        assertEquals(null, finding(behind));
        assertEquals(null, finding(inStep));
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("raa_events_reconcile_drift"))
                .body(containsString("raa_events_reconcile_resends_total"));
    }

    @Test
    void aConsumerThatLostAnAppliedEventIsRepairedFromTheOwner() {
        String subject = "rec-forgot-" + UUID.randomUUID();
        applied(subject, 3);
        completeCycle();
        // The consumer's database "forgets" events 2 and 3 (restored from an older backup).
        execute("delete from inbox_event where consumer = ?1 and subject = ?2 and sequence >= 2", CONSUMER, subject);
        execute("update inbox_position set last_sequence = 1 where consumer = ?1 and subject = ?2", CONSUMER, subject);

        reconciler.runNow().orElseThrow();
        assertEquals("behind", finding(subject));
        await("2 and 3 applied again", WAIT, () -> {
            relay.relayNow();
            return position(subject) == 3;
        });
        assertEquals(List.of(1L, 2L, 3L, 2L, 3L), probe.applied(subject));
    }

    @Test
    void aConsumerAheadOfItsOwnerOrHoldingWhatTheOwnerNeverListedIsReportedNotRepaired() {
        String ahead = "rec-ahead-" + UUID.randomUUID();
        String ghost = "rec-ghost-" + UUID.randomUUID();
        applied(ahead, 1);
        execute("update inbox_position set last_sequence = 5, updated_at = now() - interval '1 hour'"
                + " where consumer = ?1 and subject = ?2", CONSUMER, ahead);
        execute("insert into inbox_position (consumer, source, aggregate_type, subject, last_sequence, updated_at)"
                + " values (?1, ?2, 'probe', ?3, 3, now() - interval '1 hour')", CONSUMER, SOURCE, ghost);
        completeCycle();

        EventReconciler.RunSummary run = reconciler.runNow().orElseThrow();
        assertEquals("ahead", finding(ahead));
        assertEquals("unknown-to-owner", finding(ghost));
        assertTrue(run.ahead() >= 1 && run.unknownToOwner() >= 1, run.toString());
        assertEquals(0, count("select count(*) from resend_request where subject in (?1, ?2)", ahead, ghost));
        given().auth().oauth2(TestTokens.manager())
                .get("/api/children/operations/events/reconciliation/findings?size=500")
                .then().statusCode(200)
                .body("items.find { it.subject == '" + ghost + "' }.ownerSequence", equalTo(null));
    }

    @Test
    void aRangeTheOwnerNoLongerHasIsReportedUnrepairableAfterTheAttempts() {
        String subject = "rec-purged-" + UUID.randomUUID();
        applied(subject, 1);
        lost(subject, 2);
        // ...and the owner purged the row: a resend finds nothing to send.
        execute("delete from outbox_event where aggregate_type = 'probe' and aggregate_id = ?1 and sequence = 2",
                subject);
        completeCycle();
        for (int attempt = 1; attempt <= 3; attempt++) {
            reconciler.runNow().orElseThrow();
            assertEquals("behind", finding(subject), "attempt " + attempt);
        }
        assertEquals(3, count("select attempts from resend_request where consumer = ?1 and subject = ?2"
                + " and from_sequence = 2", CONSUMER, subject));
        EventReconciler.RunSummary run = reconciler.runNow().orElseThrow();
        assertEquals("unrepairable", finding(subject));
        assertTrue(run.unrepairable() >= 1, run.toString());
        assertEquals(3, count("select attempts from resend_request where consumer = ?1 and subject = ?2"
                + " and from_sequence = 2", CONSUMER, subject));
        assertEquals(1, position(subject));
    }

    @Test
    void whileAnotherInstanceRunsARunIsSkipped() throws Exception {
        long runsBefore = count("select count(*) from reconciliation_run");
        // Another replica: another database session holding the reconciliation's lock.
        try (Connection otherReplica = dataSource.getConnection()) {
            try (PreparedStatement lock = otherReplica.prepareStatement("select pg_advisory_lock(?)")) {
                lock.setLong(1, EventReconciler.LOCK_KEY);
                lock.executeQuery().close();
            }
            assertEquals(Optional.empty(), reconciler.runNow());
            given().auth().oauth2(TestTokens.manager()).post("/api/children/operations/events/reconciliation/runs")
                    .then().statusCode(409).contentType("application/problem+json");
            assertEquals(runsBefore, count("select count(*) from reconciliation_run"));
            try (PreparedStatement unlock = otherReplica.prepareStatement("select pg_advisory_unlock(?)")) {
                unlock.setLong(1, EventReconciler.LOCK_KEY);
                try (ResultSet rs = unlock.executeQuery()) {
                    assertTrue(rs.next() && rs.getBoolean(1));
                }
            }
        }
        assertTrue(reconciler.runNow().isPresent());
        given().auth().oauth2(TestTokens.manager()).post("/api/children/operations/events/reconciliation/runs")
                .then().statusCode(200).body("failure", equalTo(null));
        given().auth().oauth2(TestTokens.practitioner()).post("/api/children/operations/events/reconciliation/runs")
                .then().statusCode(403);
        assertEquals(runsBefore + 2, count("select count(*) from reconciliation_run"));
    }

    @Test
    void watermarksConformToTheirSchema() {
        completeCycle();
        String envelope = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select envelope from outbox_event where type = ?1 order by id desc limit 1")
                .setParameter(1, WatermarksHandler.TYPE).getSingleResult());
        EventContracts.assertConforms(envelope);
    }

    @Test
    void anEventOfATypeTheHandlerDoesNotTakeMovesItsPositionOnInsteadOfOpeningAGap() {
        String subject = "rec-pass-" + UUID.randomUUID();
        publishProbe(subject, ProbeHandler.TYPE, 1);
        publishProbe(subject, "probe.noted.v1", 2);
        publishProbe(subject, ProbeHandler.TYPE, 3);
        relay.relayNow();
        await("3 applied", WAIT, () -> position(subject) == 3);
        assertEquals(List.of(1L, 3L), probe.applied(subject));
        assertEquals(0, count("select count(*) from inbox_pending where subject = ?1", subject));
    }
}
