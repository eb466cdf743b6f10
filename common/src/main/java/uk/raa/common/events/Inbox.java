package uk.raa.common.events;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jboss.logging.Logger;
import uk.raa.common.tenancy.MembershipDirectory;
import uk.raa.common.tenancy.ScopeContext;
import uk.raa.common.tenancy.TenantScope;

/**
 * Consumer side: applies each event once per consumer, in aggregate order, in the scope the event gives it.
 * <ul>
 * <li>The event id is recorded in {@code inbox_event} in the same transaction as the handler's changes: a redelivery
 * changes nothing.</li>
 * <li>An event not newer than the aggregate's last applied sequence is recorded as ignored.</li>
 * <li>An event after a gap is held in {@code inbox_pending} and applied when the missing one arrives
 * ({@link InboxGapMonitor} reports gaps that stay open and asks the owner to resend).</li>
 * <li>A handler that throws {@link ParkEvent} has its changes rolled back and the event parked with the reason.</li>
 * </ul>
 * The handler runs under {@code ScopeContext.runAs} with a system scope for the event's authority (or every authority
 * that is or was a member of its agency), so row-level security applies and audit rows name the consumer.
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);

    /** What became of one delivery. */
    public enum Outcome { APPLIED, DUPLICATE, IGNORED, HELD, PARKED }

    private final InboxSteps steps;
    private final ScopeContext scopes;
    private final MembershipDirectory membership;
    private final MeterRegistry metrics;

    public Inbox(InboxSteps steps, ScopeContext scopes, MembershipDirectory membership, MeterRegistry metrics) {
        this.steps = steps;
        this.scopes = scopes;
        this.membership = membership;
        this.metrics = metrics;
    }

    /**
     * Applies the event for the named consumer (e.g. {@code matching.children}), then any held events it unblocks.
     * Exceptions other than {@link ParkEvent} propagate with nothing recorded, so the message can be redelivered.
     */
    public Outcome apply(EventEnvelope event, String consumer, Consumer<EventEnvelope> handler) {
        Outcome outcome = applyOne(event, consumer, handler, false);
        if (outcome != Outcome.HELD) {
            // Also after a duplicate: a redelivery after a failed drain resumes it.
            drain(event, consumer, handler);
        }
        return outcome;
    }

    /** The scope a consumer works in for this event. */
    public TenantScope scopeFor(EventEnvelope event, String consumer) {
        Set<String> authorities;
        if (event.authority() != null) {
            authorities = Set.of(event.authority());
        } else if (event.agency() != null) {
            authorities = membership.authoritiesEverIn(event.agency());
        } else {
            authorities = Set.of();
        }
        return TenantScope.system("consumer " + consumer, event.authority(), event.agency(), authorities);
    }

    private Outcome applyOne(EventEnvelope event, String consumer, Consumer<EventEnvelope> handler,
            boolean fromPending) {
        try {
            InboxSteps.Outcome step = scopes.runAs(scopeFor(event, consumer),
                    () -> steps.step(event, consumer, handler, fromPending));
            return Outcome.valueOf(step.name());
        } catch (ParkEvent refused) {
            steps.park(event, consumer, refused.getMessage(), fromPending);
            metrics.counter("raa.events.parked", "consumer", consumer, "type", event.type()).increment();
            LOG.warnf("event %s (%s #%d) parked by %s: %s", event.id(), event.type(), event.sequence(), consumer,
                    refused.getMessage());
            return Outcome.PARKED;
        }
    }

    /** Applies held events of the aggregate for as long as the next one is there. */
    private void drain(EventEnvelope applied, String consumer, Consumer<EventEnvelope> handler) {
        while (true) {
            Optional<EventEnvelope> next = steps.nextPending(consumer, applied.source(), applied.aggregateType(),
                    applied.subject());
            if (next.isEmpty()) {
                return;
            }
            applyOne(next.get(), consumer, handler, true);
        }
    }
}
