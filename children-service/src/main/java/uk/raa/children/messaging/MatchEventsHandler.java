package uk.raa.children.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import uk.raa.children.domain.journey.MilestoneType;
import uk.raa.children.service.JourneyService;
import uk.raa.common.events.EventEnvelope;
import uk.raa.common.events.EventHandler;
import uk.raa.common.events.ParkEvent;
import uk.raa.common.problem.ProblemException;

/**
 * Match decisions and placements recorded in matching-service, stored on each child's journey with source SYSTEM
 * ("Who owns a date": from then on the system's date is the truth). The household id is the family reference.
 * {@code match.disrupted.v1} carries no child or household, so it is not consumed here yet.
 */
@ApplicationScoped
public class MatchEventsHandler implements EventHandler {

    static final String DECISION = "match.decision-recorded.v1";
    static final String PLACEMENT = "match.placement-started.v1";

    record DecisionRecorded(UUID matchId, List<UUID> childIds, UUID householdId, LocalDate decisionDate) {
    }

    record PlacementStarted(UUID matchId, List<UUID> childIds, UUID householdId, LocalDate date) {
    }

    private final JourneyService journeys;

    public MatchEventsHandler(JourneyService journeys) {
        this.journeys = journeys;
    }

    @Override
    public Set<String> types() {
        return Set.of(DECISION, PLACEMENT);
    }

    @Override
    public String name() {
        return "match-journey";
    }

    @Override
    public void handle(EventEnvelope event) {
        if (DECISION.equals(event.type())) {
            DecisionRecorded data = event.dataAs(DecisionRecorded.class);
            apply(event, data.childIds(), MilestoneType.MATCH_DECISION, data.householdId(), data.decisionDate());
        } else {
            PlacementStarted data = event.dataAs(PlacementStarted.class);
            apply(event, data.childIds(), MilestoneType.PLACED_FOR_ADOPTION, data.householdId(), data.date());
        }
    }

    private void apply(EventEnvelope event, List<UUID> childIds, MilestoneType type, UUID household, LocalDate date) {
        if (childIds == null || childIds.isEmpty() || household == null || date == null) {
            throw new ParkEvent("required: childIds, householdId and the date");
        }
        for (UUID childId : childIds) {
            try {
                if (!journeys.applyFromMatching(childId, type, household.toString(), date, event.id().toString())) {
                    throw new ParkEvent("unknown-child: a child named by the match is not known in its scope");
                }
            } catch (ProblemException e) {
                throw new ParkEvent("journey-rule: " + e.getMessage());
            }
        }
    }
}
