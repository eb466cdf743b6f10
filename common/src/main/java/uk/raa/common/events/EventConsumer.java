package uk.raa.common.events;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.rabbitmq.IncomingRabbitMQMessage;
import io.smallrye.reactive.messaging.rabbitmq.IncomingRabbitMQMetadata;
import io.smallrye.reactive.messaging.rabbitmq.RabbitMQRejectMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

/**
 * The service's one incoming channel ({@value #CHANNEL}): a durable queue bound to the event exchange for the types
 * the service's handlers take, with a dead-letter queue. Each event goes through {@link Inbox} to every
 * {@link EventHandler} for its type; the other handlers of the same aggregate type see it pass (their position moves
 * on, nothing else happens), so a service binds whole aggregates ({@code match.#}). A message that cannot be read as
 * an event, or whose aggregate type no handler takes, is rejected to the dead-letter queue and recorded with the
 * reason. Other failures (the database is down) requeue the message once; a second failure dead-letters it, so a
 * broken message cannot loop forever.
 */
@ApplicationScoped
public class EventConsumer {

    public static final String CHANNEL = "raa-events";

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);
    private static final java.util.function.Consumer<EventEnvelope> PASS = event -> {
    };

    private final Inbox inbox;
    private final DeadLetters deadLetters;
    private final String service;
    private final Map<String, List<EventHandler>> handlers = new HashMap<>();
    private final Map<String, List<EventHandler>> byAggregate = new HashMap<>();

    public EventConsumer(Inbox inbox, DeadLetters deadLetters, Instance<EventHandler> all,
            @ConfigProperty(name = "raa.service") String service) {
        this.inbox = inbox;
        this.deadLetters = deadLetters;
        this.service = service;
        for (EventHandler handler : all) {
            for (String type : handler.types()) {
                handlers.computeIfAbsent(type, t -> new ArrayList<>()).add(handler);
                List<EventHandler> sameAggregate = byAggregate.computeIfAbsent(aggregateType(type),
                        t -> new ArrayList<>());
                if (!sameAggregate.contains(handler)) {
                    sameAggregate.add(handler);
                }
            }
        }
    }

    /** A handler of this service as reconciliation sees it: its inbox name and the aggregate types it follows. */
    public record Follower(String consumer, Set<String> aggregateTypes) {
    }

    /** Every handler with the aggregate types whose events it sees (all their types, see {@link #receive}). */
    public List<Follower> followers() {
        Map<String, Set<String>> types = new TreeMap<>();
        byAggregate.forEach((aggregate, takers) -> takers.forEach(h ->
                types.computeIfAbsent(consumerName(h), c -> new TreeSet<>()).add(aggregate)));
        return types.entrySet().stream().map(e -> new Follower(e.getKey(), Set.copyOf(e.getValue()))).toList();
    }

    private static String aggregateType(String type) {
        int dot = type.indexOf('.');
        return dot < 0 ? type : type.substring(0, dot);
    }

    /** The inbox consumer name of a handler in this service, e.g. {@code children.membership}. */
    public String consumerName(EventHandler handler) {
        return service + "." + handler.name();
    }

    @Incoming(CHANNEL)
    @Blocking(ordered = true)
    public CompletionStage<Void> receive(Message<?> message) {
        Optional<IncomingRabbitMQMetadata> meta = message.getMetadata(IncomingRabbitMQMetadata.class);
        String routingKey = meta.map(IncomingRabbitMQMetadata::getRoutingKey).orElse(null);
        String messageId = meta.flatMap(IncomingRabbitMQMetadata::getMessageId).orElse(null);
        boolean redelivered = meta.map(IncomingRabbitMQMetadata::isRedeliver).orElse(false);
        byte[] body = body(message);
        EventEnvelope event;
        try {
            event = EventJson.parse(body);
            List<EventHandler> takers = handlers.getOrDefault(event.type(), List.of());
            // The machinery's own events (resend requests, watermarks) go to the handlers of their type only.
            List<EventHandler> followers = EventReconciler.MACHINERY.equals(event.aggregateType()) ? takers
                    : byAggregate.getOrDefault(event.aggregateType(), List.of());
            if (followers.isEmpty()) {
                throw new MalformedEvent("no handler in this service for type " + event.type());
            }
            if (routingKey != null && !routingKey.equals(event.type())) {
                throw new MalformedEvent("routing key " + routingKey + " differs from the event type");
            }
            // Sequences count every event of an aggregate, whatever its type, so a handler sees them all: those of
            // its types are handled, the others only move its position on (otherwise it would wait forever for a
            // sequence of a type it does not take).
            for (EventHandler handler : followers) {
                inbox.apply(event, consumerName(handler), takers.contains(handler) ? handler::handle : PASS);
            }
        } catch (MalformedEvent unreadable) {
            return deadLetter(message, routingKey, messageId, unreadable.getMessage(), body);
        } catch (RuntimeException failure) {
            String reason = "consumer failed: " + failure.getClass().getName();
            if (!redelivered) {
                LOG.warnf("message %s (routing key %s) failed (%s); requeued once", messageId, routingKey,
                        failure.getClass().getName());
                return message.nack(failure, Metadata.of(new RabbitMQRejectMetadata(true)));
            }
            return deadLetter(message, routingKey, messageId, reason + " (twice)", body);
        }
        return message.ack();
    }

    private CompletionStage<Void> deadLetter(Message<?> message, String routingKey, String messageId, String reason,
            byte[] body) {
        deadLetters.record(CHANNEL, routingKey, messageId, reason, body);
        return message.nack(new MalformedEvent(reason), Metadata.of(new RabbitMQRejectMetadata(false)));
    }

    /** The raw body, whatever content type the sender claimed (a broken JSON body must still reach the DLQ). */
    private static byte[] body(Message<?> message) {
        if (message instanceof IncomingRabbitMQMessage<?> incoming) {
            return incoming.message.body().getBytes();
        }
        Object payload;
        try {
            payload = message.getPayload();
        } catch (RuntimeException unreadable) {
            return new byte[0];
        }
        if (payload instanceof byte[] bytes) {
            return bytes;
        }
        if (payload instanceof io.vertx.core.buffer.Buffer buffer) {
            return buffer.getBytes();
        }
        return payload == null ? new byte[0] : payload.toString().getBytes(StandardCharsets.UTF_8);
    }
}
