package uk.raa.finance.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.raa.common.events.EventEnvelope;
import uk.raa.common.events.Outbox;
import uk.raa.common.events.membership.MembershipChangedHandler;

/**
 * Publishes {@code partnership.membership-changed.v1} through the shared outbox, in the transaction that makes the
 * membership effective, so the event exists if and only if the change does. The aggregate is the membership of one
 * authority in one agency ({@code <agency>/<authority>}), so its events are sequenced together.
 * <p>
 * Finance also applies the event to its own membership projection (common's {@code membership} table, which every
 * request's scope is computed from) in the same transaction: the owner need not wait for its own event to come back
 * from the broker before the new member's principals can see their statements. The copy that does come back later is
 * an idempotent upsert.
 */
@ApplicationScoped
public class MembershipEvents {

    public static final String AGGREGATE = "partnership";

    private final Outbox outbox;
    private final MembershipChangedHandler projection;

    public MembershipEvents(Outbox outbox, MembershipChangedHandler projection) {
        this.outbox = outbox;
        this.projection = projection;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public EventEnvelope membershipChanged(MembershipChanged change) {
        EventEnvelope envelope = outbox.publish(MembershipChanged.TYPE, AGGREGATE, aggregateId(change),
                change.authority(), change.agency(), change);
        projection.handle(envelope);
        return envelope;
    }

    static String aggregateId(MembershipChanged change) {
        return change.agency() + "/" + change.authority();
    }
}
