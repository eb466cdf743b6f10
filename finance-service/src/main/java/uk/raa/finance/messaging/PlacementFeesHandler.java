package uk.raa.finance.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import uk.raa.common.events.EventEnvelope;
import uk.raa.common.events.EventHandler;
import uk.raa.common.events.ParkEvent;
import uk.raa.common.problem.ProblemException;
import uk.raa.finance.domain.fees.AgencyType;
import uk.raa.finance.domain.fees.SiblingPosition;
import uk.raa.finance.service.FeeService;

/**
 * Builds the inter-agency fee ledger from {@code match.placement-started.v1}. The shared Inbox calls it once per
 * event, in the event's scope and in one transaction with the inbox row; the ledger's unique (event, child) key is
 * a second guard against a replay.
 */
@ApplicationScoped
public class PlacementFeesHandler implements EventHandler {

    public static final String TYPE = "match.placement-started.v1";

    /** The event's data as matching-service publishes it; unknown members are ignored. */
    public record Data(UUID matchId, List<UUID> childIds, UUID householdId, LocalDate date, String interAgencyClass,
            String otherAgencyType, List<Child> children) {
    }

    /** Matching's per-child detail, when present. */
    public record Child(UUID childId, String authority, String interAgencyClass, String feeAgencyType,
            String siblingPosition) {
    }

    private final FeeService fees;

    public PlacementFeesHandler(FeeService fees) {
        this.fees = fees;
    }

    @Override
    public Set<String> types() {
        return Set.of(TYPE);
    }

    @Override
    public String name() {
        return "placement-fees";
    }

    @Override
    public void handle(EventEnvelope event) {
        try {
            fees.recordPlacement(toPlacement(event));
        } catch (ProblemException e) {
            // A valid event that breaks finance's rules (no fee configured, a child outside the agency) is parked.
            if (e.status() == 422 || e.status() == 403) {
                throw new ParkEvent(e.getMessage());
            }
            throw e;
        }
    }

    /** The event as finance's command; a malformed event is parked with the reason, never dropped. */
    public static PlacementStarted toPlacement(EventEnvelope event) {
        Data data = event.dataAs(Data.class);
        if (data.matchId() == null || data.date() == null || data.interAgencyClass() == null) {
            throw new ParkEvent("matchId, date and interAgencyClass are required");
        }
        if (event.agency() == null) {
            throw new ParkEvent("the envelope names no agency");
        }
        boolean external = "PAYABLE".equals(data.interAgencyClass());
        List<PlacementStarted.PlacedChild> children = new ArrayList<>();
        if (data.children() != null && !data.children().isEmpty()) {
            for (Child c : data.children()) {
                children.add(new PlacementStarted.PlacedChild(c.childId(), c.authority(), position(c.siblingPosition(),
                        children.isEmpty())));
            }
        } else if (data.childIds() != null && event.authority() != null) {
            for (UUID id : data.childIds()) {
                children.add(new PlacementStarted.PlacedChild(id, event.authority(),
                        children.isEmpty() ? SiblingPosition.FIRST_CHILD : SiblingPosition.SECOND_OR_LATER));
            }
        }
        if (children.isEmpty() || children.stream().anyMatch(c -> c.childId() == null || c.authority() == null)) {
            throw new ParkEvent("every child needs an id and an authority");
        }
        return new PlacementStarted(event.id().toString(), event.agency(), data.matchId(), data.date(), !external,
                agencyType(data.otherAgencyType()), false, children);
    }

    /** Matching names agency types in full; the fee schedule uses the short names. */
    static AgencyType agencyType(String published) {
        if (published == null) {
            return null;
        }
        return switch (published) {
            case "LOCAL_AUTHORITY" -> AgencyType.LOCAL_AUTHORITY;
            case "REGIONAL_ADOPTION_AGENCY", "RAA" -> AgencyType.RAA;
            case "VOLUNTARY_ADOPTION_AGENCY", "VOLUNTARY_AGENCY" -> AgencyType.VOLUNTARY_AGENCY;
            default -> throw new ParkEvent("unknown agency type " + published);
        };
    }

    private static SiblingPosition position(String published, boolean first) {
        if (published == null) {
            return first ? SiblingPosition.FIRST_CHILD : SiblingPosition.SECOND_OR_LATER;
        }
        return published.startsWith("FIRST") ? SiblingPosition.FIRST_CHILD : SiblingPosition.SECOND_OR_LATER;
    }
}
