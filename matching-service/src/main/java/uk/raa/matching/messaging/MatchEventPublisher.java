package uk.raa.matching.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.raa.common.events.EventEnvelope;
import uk.raa.common.events.Outbox;

/** Writes a match's catalogue event to the outbox in the caller's transaction (published only if it commits). */
@ApplicationScoped
public class MatchEventPublisher {

    private final Outbox outbox;

    public MatchEventPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public EventEnvelope publish(MatchEvents.MatchEvent event) {
        return outbox.publish(event.type(), MatchEvents.AGGREGATE, event.aggregateId(), event.authority(),
                event.agency(), event.data());
    }
}
