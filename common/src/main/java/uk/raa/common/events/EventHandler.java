package uk.raa.common.events;

import java.util.Set;

/**
 * A consumer of some event types. Implement as a CDI bean; the common consumer finds every handler, runs each event
 * through {@link Inbox} (once, in aggregate order, in the event's scope, in one transaction with the inbox row) and
 * calls {@link #handle}. Bind the types in the service's {@code mp.messaging.incoming.raa-events.routing-keys}.
 * Handlers that touch personal records audit with {@code AuditAction.CONSUME}.
 */
public interface EventHandler {

    /** The event types handled, e.g. {@code child.profile-changed.v1}. */
    Set<String> types();

    /**
     * A stable name, unique in the service: with the service name it keys the inbox
     * ({@code children.membership}). Renaming it makes every event look new to the handler.
     */
    String name();

    /** Applies one event. Throw {@link ParkEvent} for an event that breaks this consumer's rules. */
    void handle(EventEnvelope event);
}
