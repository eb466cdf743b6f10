package uk.raa.common.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Owner side of a resend request: when a consumer reports a gap in this service's events, the outbox rows of that
 * range are marked unsent and the relay publishes them again (to every bound queue; other consumers' inboxes ignore
 * what they already have). Requests for other producers are recorded in the inbox and otherwise ignored.
 */
@ApplicationScoped
public class ResendRequestedHandler implements EventHandler {

    private static final Logger LOG = Logger.getLogger(ResendRequestedHandler.class);

    private final EntityManager em;
    private final EventsConfig config;

    public ResendRequestedHandler(EntityManager em, EventsConfig config) {
        this.em = em;
        this.config = config;
    }

    @Override
    public Set<String> types() {
        return Set.of(InboxGapMonitor.RESEND_TYPE);
    }

    @Override
    public String name() {
        return "resend";
    }

    @Override
    public void handle(EventEnvelope event) {
        InboxGapMonitor.ResendRequested request = event.dataAs(InboxGapMonitor.ResendRequested.class);
        if (!config.source().equals(request.source())) {
            return;
        }
        int marked = em.createNativeQuery("update outbox_event set sent_at = null where aggregate_type = ?1"
                        + " and aggregate_id = ?2 and sequence between ?3 and ?4 and sent_at is not null")
                .setParameter(1, request.aggregateType()).setParameter(2, request.subject())
                .setParameter(3, request.fromSequence()).setParameter(4, request.toSequence())
                .executeUpdate();
        LOG.infof("resend of %s %s sequences %d..%d requested by %s: %d events queued again", request.aggregateType(),
                request.subject(), request.fromSequence(), request.toSequence(), request.consumer(), marked);
    }
}
