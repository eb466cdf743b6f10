package uk.raa.children.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import uk.raa.common.audit.AuditAction;
import uk.raa.common.audit.AuditTrail;
import uk.raa.common.audit.Purpose;
import uk.raa.common.events.EventEnvelope;
import uk.raa.common.events.EventHandler;
import uk.raa.common.events.ParkEvent;

/**
 * A test-only consumer of {@code probe.recorded.v1}: audits each event like a real consumer (in the
 * event's scope), remembers the sequences it applied per subject, and refuses events whose data says {@code "park": true}.
 */
@ApplicationScoped
public class ProbeHandler implements EventHandler {

    public static final String TYPE = "probe.recorded.v1";

    private final AuditTrail audit;
    private final Map<String, List<Long>> applied = new ConcurrentHashMap<>();

    public ProbeHandler(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public Set<String> types() {
        return Set.of(TYPE);
    }

    @Override
    public String name() {
        return "probe";
    }

    @Override
    public void handle(EventEnvelope event) {
        // Audit first: a refusal must roll this back with the rest of the handler's work.
        audit.record(AuditAction.CONSUME, "probe", event.subject(), Purpose.EVENT_PROCESSING);
        if (event.data().path("park").asBoolean(false)) {
            throw new ParkEvent("probe refuses events marked park");
        }
        applied.computeIfAbsent(event.subject(), s -> new CopyOnWriteArrayList<>()).add(event.sequence());
    }

    public List<Long> applied(String subject) {
        return List.copyOf(applied.getOrDefault(subject, List.of()));
    }
}
