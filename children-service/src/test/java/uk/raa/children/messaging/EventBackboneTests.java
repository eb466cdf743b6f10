package uk.raa.children.messaging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.raa.common.testing.EventBroker.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.raa.common.events.EventEnvelope;
import uk.raa.common.events.EventJson;
import uk.raa.common.events.InboxGapMonitor;
import uk.raa.common.events.Outbox;
import uk.raa.common.events.OutboxRelay;
import uk.raa.common.events.membership.MembershipChangedHandler;
import uk.raa.common.events.membership.MembershipChangedHandler.MembershipChanged;
import uk.raa.common.tenancy.MembershipDirectory;
import uk.raa.common.testing.EventBroker;
import uk.raa.common.testing.EventContracts;
import uk.raa.common.testing.TestTokens;

/**
 * The event backbone against the real RabbitMQ and PostgreSQL: outbox, relay with publisher confirms, the service's
 * queue, inbox. Each test uses its own aggregate ids, so leftovers from earlier runs do not matter.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class EventBackboneTests {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String SOURCE = "/children-service";

    @Inject
    Outbox outbox;
    @Inject
    OutboxRelay relay;
    @Inject
    InboxGapMonitor gaps;
    @Inject
    ProbeHandler probe;
    @Inject
    EntityManager em;
    @Inject
    MembershipDirectory membership;
    @ConfigProperty(name = "raa.events.exchange")
    String exchange;

    @AfterEach
    void relayRunsAgain() {
        relay.start();
    }

    private String publishProbe(String subject, Map<String, Object> data) {
        return QuarkusTransaction.requiringNew().call(() ->
                outbox.publish(ProbeHandler.TYPE, "probe", subject, "coventry", "ace", data).id().toString());
    }

    private static EventEnvelope probeEnvelope(String subject, long sequence) {
        return new EventEnvelope("1.0", UUID.randomUUID(), "/probe-producer", ProbeHandler.TYPE, Instant.now(), subject,
                "application/json", "coventry", "ace", sequence, EventJson.toTree(Map.of("n", sequence)));
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

    @Test
    void anEventDeliveredTwiceIsAppliedOnce() {
        String subject = "dup-" + UUID.randomUUID();
        String first = publishProbe(subject, Map.of("n", 1));
        relay.relayNow();
        await("the first event applied", WAIT, () -> probe.applied(subject).equals(List.of(1L)));

        // The same message again, twice: once as the relay would after losing its "sent" mark, once as raw bytes.
        execute("update outbox_event set sent_at = null where event_id = cast(?1 as uuid)", first);
        relay.relayNow();
        String envelope = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select envelope from outbox_event where event_id = cast(?1 as uuid)").setParameter(1, first)
                .getSingleResult());
        try (EventBroker broker = new EventBroker()) {
            broker.publish(exchange, ProbeHandler.TYPE, "application/cloudevents+json", envelope);
        }
        // One consumer takes the queue in order, so once the next event is applied the duplicates were handled.
        publishProbe(subject, Map.of("n", 2));
        relay.relayNow();
        await("the second event applied", WAIT, () -> probe.applied(subject).size() >= 2);

        assertEquals(List.of(1L, 2L), probe.applied(subject));
        assertEquals(2, count("select count(*) from inbox_event where consumer = 'children.probe' and subject = ?1",
                subject));
        assertEquals(2, count("select publish_count from outbox_event where event_id = cast(?1 as uuid)", first));
        // The handler ran in the event's scope and audited as the consumer.
        assertEquals(2, count("select count(*) from audit_event where action = 'CONSUME' and ?1 = any(record_ids)"
                + " and actor = 'system consumer children.probe' and authority = 'coventry'", subject));
    }

    @Test
    void aRelayStoppedMidStreamLosesNothingAndRepublishesWhatItHadNotMarked() {
        String subject = "restart-" + UUID.randomUUID();
        relay.stop();
        for (int n = 1; n <= 6; n++) {
            publishProbe(subject, Map.of("n", n));
        }
        // Part of the stream goes, then the relay "dies": the rest stays unsent in the table.
        int sent = 0;
        while (count("select count(*) from outbox_event where aggregate_id = ?1 and sent_at is not null", subject) < 2) {
            sent += relay.relayBatch(1);
        }
        assertTrue(sent >= 2);
        assertEquals(4, count("select count(*) from outbox_event where aggregate_id = ?1 and sent_at is null", subject));
        // A crash after the broker confirmed sequence 2 but before its mark committed: it will go again.
        execute("update outbox_event set sent_at = null where aggregate_id = ?1 and sequence = 2", subject);

        relay.start();
        relay.relayNow();
        await("all six applied", WAIT, () -> probe.applied(subject).size() >= 6);
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L), probe.applied(subject));
        assertEquals(0, count("select count(*) from outbox_event where aggregate_id = ?1 and sent_at is null", subject));
    }

    @Test
    void relaysRunningConcurrentlyNeverPublishTheSameRowTwice() throws Exception {
        String subject = "replicas-" + UUID.randomUUID();
        relay.stop();
        for (int n = 1; n <= 20; n++) {
            publishProbe(subject, Map.of("n", n));
        }
        ExecutorService replicas = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(replicas.submit(() -> relay.relayBatch(5)));
            }
            for (Future<Integer> run : runs) {
                run.get();
            }
        } finally {
            replicas.shutdown();
        }
        relay.relayNow();
        assertEquals(20, count("select count(*) from outbox_event where aggregate_id = ?1 and publish_count = 1",
                subject));
        await("all twenty applied", WAIT, () -> probe.applied(subject).size() >= 20);
        assertEquals(20, probe.applied(subject).size());
        assertEquals(List.copyOf(new java.util.TreeSet<>(probe.applied(subject))), probe.applied(subject));
    }

    @Test
    void eventsArrivingOutOfOrderAreAppliedInOrderAndStaleOnesIgnored() {
        String subject = "order-" + UUID.randomUUID();
        EventEnvelope one = probeEnvelope(subject, 1);
        try (EventBroker broker = new EventBroker()) {
            broker.publish(exchange, ProbeHandler.TYPE, "application/cloudevents+json",
                    EventJson.write(probeEnvelope(subject, 3)));
            broker.publish(exchange, ProbeHandler.TYPE, "application/cloudevents+json",
                    EventJson.write(probeEnvelope(subject, 2)));
            await("3 and 2 held", WAIT, () -> count("select count(*) from inbox_pending where subject = ?1",
                    subject) == 2);
            assertEquals(List.of(), probe.applied(subject));
            broker.publish(exchange, ProbeHandler.TYPE, "application/cloudevents+json", EventJson.write(one));
            await("all three applied", WAIT, () -> probe.applied(subject).size() >= 3);
            // A different event claiming an already applied sequence is recorded and ignored.
            broker.publish(exchange, ProbeHandler.TYPE, "application/cloudevents+json",
                    EventJson.write(probeEnvelope(subject, 2)));
            await("the stale one recorded", WAIT, () -> count("select count(*) from inbox_event where subject = ?1"
                    + " and status = 'ignored'", subject) == 1);
        }
        assertEquals(List.of(1L, 2L, 3L), probe.applied(subject));
        assertEquals(0, count("select count(*) from inbox_pending where subject = ?1", subject));
    }

    @Test
    void aGapThatStaysOpenIsReportedAndTheOwnerResendsTheMissingEvent() {
        String subject = "gap-" + UUID.randomUUID();
        relay.stop();
        publishProbe(subject, Map.of("n", 1));
        publishProbe(subject, Map.of("n", 2));
        // Sequence 1 is "lost": marked sent without reaching the broker.
        execute("update outbox_event set sent_at = now() where aggregate_id = ?1 and sequence = 1", subject);
        relay.relayNow();
        await("2 held", WAIT, () -> count("select count(*) from inbox_pending where subject = ?1", subject) == 1);

        assertTrue(gaps.checkNow(Duration.ZERO) >= 1);
        assertEquals(1, count("select count(*) from resend_request where subject = ?1 and from_sequence = 1"
                + " and to_sequence = 1 and source = ?2", subject, SOURCE));
        given().auth().oauth2(TestTokens.manager()).get("/api/children/operations/events/resend-requests?size=500")
                .then().statusCode(200).body("items.subject", hasItem(subject));
        // The request goes out as events.resend-requested.v1; this service owns the probe events, so its resend
        // handler marks sequence 1 unsent and the relay sends it again.
        relay.start();
        await("1 resent and both applied", WAIT, () -> {
            relay.relayNow();
            return probe.applied(subject).size() >= 2;
        });
        assertEquals(List.of(1L, 2L), probe.applied(subject));
    }

    @Test
    void aValidEventTheConsumerRefusesIsParkedAndTheAggregateCarriesOn() {
        String subject = "park-" + UUID.randomUUID();
        publishProbe(subject, Map.of("park", true));
        publishProbe(subject, Map.of("n", 2));
        relay.relayNow();
        await("2 applied", WAIT, () -> probe.applied(subject).size() >= 1);
        assertEquals(List.of(2L), probe.applied(subject));
        assertEquals(1, count("select count(*) from parked_event where subject = ?1 and sequence = 1"
                + " and reason = 'probe refuses events marked park'", subject));
        // The refused event's audit row was rolled back with its handler's transaction: only event 2's remains.
        assertEquals(1, count("select count(*) from audit_event where ?1 = any(record_ids) and action = 'CONSUME'",
                subject));
        assertEquals(1, count("select count(*) from inbox_event where subject = ?1 and status = 'parked'", subject));
        given().auth().oauth2(TestTokens.manager()).get("/api/children/operations/events/parked?size=500")
                .then().statusCode(200).body("items.subject", hasItem(subject));
        given().auth().oauth2(TestTokens.practitioner()).get("/api/children/operations/events/parked").then().statusCode(403);
        given().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("raa_events_parked_total"));
    }

    @Test
    void poisonMessagesAreDeadLetteredWithTheirReason() {
        String marker = UUID.randomUUID().toString();
        try (EventBroker broker = new EventBroker()) {
            broker.purge("children.events.test.dlq");
            broker.publish(exchange, ProbeHandler.TYPE, "application/json", "{\"not an event\": \"" + marker);
            String noSequence = EventJson.write(probeEnvelope("poison-" + marker, 1)).replace("\"sequence\":1,", "");
            broker.publish(exchange, ProbeHandler.TYPE, "application/cloudevents+json", noSequence);
            broker.publish(exchange, "stray.unknown.v1", "application/cloudevents+json",
                    EventJson.write(probeEnvelope("poison-" + marker, 1)).replace(ProbeHandler.TYPE, "stray.unknown.v1"));
            List<String> inDlq = new ArrayList<>();
            await("three messages in the DLQ", WAIT, () -> {
                String next = broker.take("children.events.test.dlq");
                if (next != null) {
                    inDlq.add(next);
                }
                return inDlq.size() >= 3;
            });
            assertTrue(inDlq.get(0).contains(marker));
        }
        await("three dead letters recorded", WAIT, () -> count("select count(*) from dead_letter where payload like ?1",
                "%" + marker + "%") == 3);
        assertEquals(1, count("select count(*) from dead_letter where payload like ?1 and reason = ?2",
                "%" + marker + "%", "body is not valid JSON"));
        assertEquals(1, count("select count(*) from dead_letter where payload like ?1 and reason = ?2",
                "%" + marker + "%", "sequence is required and must be a whole number of 1 or more"));
        assertEquals(1, count("select count(*) from dead_letter where payload like ?1 and reason = ?2",
                "%" + marker + "%", "no handler in this service for type stray.unknown.v1"));
        given().auth().oauth2(TestTokens.manager()).get("/api/children/operations/events/dead-letters")
                .then().statusCode(200).body("items.reason", hasItem("body is not valid JSON"));
        given().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("raa_events_dead_lettered_total"));
    }

    @Test
    void membershipComesFromTheProjectionAndFollowsMembershipEvents() {
        // Founders are seeded; Herefordshire is not (it joins through finance's workflow).
        assertTrue(membership.authoritiesEverIn("ace").containsAll(List.of("coventry", "solihull", "warwickshire",
                "worcestershire")));
        assertEquals("ace", membership.agencyOf("coventry").orElseThrow());

        String agency = "test-" + UUID.randomUUID().toString().substring(0, 8);
        String authority = "shire-" + UUID.randomUUID().toString().substring(0, 8);
        assertTrue(membership.authoritiesEverIn(agency).isEmpty());
        EventEnvelope published = QuarkusTransaction.requiringNew().call(() -> outbox.publish(
                MembershipChangedHandler.TYPE, "partnership", agency + ":" + authority, authority, agency,
                new MembershipChanged(agency, authority, LocalDate.of(2019, 7, 1), null)));
        // The producer's side of the contract.
        EventContracts.assertConforms(EventJson.write(published));
        relay.relayNow();
        await("the new member is seen", WAIT, () -> membership.authoritiesEverIn(agency).contains(authority));
        assertEquals(agency, membership.agencyOf(authority).orElseThrow());
    }

    @Test
    void readinessIncludesTheBrokerThroughTheMessagingChannels() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'SmallRye Reactive Messaging - readiness check' }.status",
                        equalTo("UP"))
                .body("checks.find { it.name == 'SmallRye Reactive Messaging - readiness check' }.data.raa-events",
                        equalTo("[OK]"));
    }
}
