package uk.raa.children.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import uk.raa.children.domain.JourneyChange;
import uk.raa.children.domain.JourneyMilestone;
import uk.raa.children.domain.journey.ChildJourney;
import uk.raa.children.domain.journey.CourtAuthority;
import uk.raa.children.domain.journey.FactSource;
import uk.raa.children.domain.journey.JourneyAsAt;
import uk.raa.children.domain.journey.JourneyViolation;
import uk.raa.children.domain.journey.MatchDecision;
import uk.raa.children.domain.journey.MilestoneType;
import uk.raa.children.domain.journey.MilestoneValues;
import uk.raa.children.domain.journey.PlacedForAdoption;
import uk.raa.children.service.JourneyService;
import uk.raa.common.problem.ProblemException;

/** Between the journey API's DTOs and the domain. */
final class JourneyMapper {

    private static final ObjectMapper TREES = new ObjectMapper();

    private JourneyMapper() {
    }

    static MilestoneValues values(MilestoneRequest r) {
        rejectPlacement(r.type());
        return new MilestoneValues(r.type(), r.date(), r.end(), r.code(), r.familyReference(), false,
                FactSource.SYSTEM);
    }

    static MilestoneValues values(MilestoneCorrection r) {
        rejectPlacement(r.type());
        return new MilestoneValues(r.type(), r.date(), r.end(), r.code(), r.familyReference(), false,
                FactSource.SYSTEM);
    }

    static MilestoneValues values(PlacementRequest r) {
        return new MilestoneValues(MilestoneType.PLACEMENT, r.start(), r.end(), r.placementType(), null,
                Boolean.TRUE.equals(r.sameCarersAsPrevious()), FactSource.SYSTEM);
    }

    static MilestoneValues values(PlacementCorrection r) {
        return new MilestoneValues(MilestoneType.PLACEMENT, r.start(), r.end(), r.placementType(), null,
                Boolean.TRUE.equals(r.sameCarersAsPrevious()), FactSource.SYSTEM);
    }

    private static void rejectPlacement(MilestoneType type) {
        if (type == MilestoneType.PLACEMENT) {
            throw ProblemException.validation("type", "use-placements", "PLACEMENT is recorded with /placements");
        }
    }

    static JourneyResponses.MilestoneResponse toResponse(JourneyMilestone fact) {
        MilestoneValues v = fact.values();
        return new JourneyResponses.MilestoneResponse(fact.id(), v.type().name(), v.date(), v.end(), v.code(),
                v.familyReference(), v.sameCarersAsPrevious(), v.source().name(), fact.version(), fact.recordedAt(),
                fact.updatedAt());
    }

    static List<JourneyResponses.Warning> warnings(List<JourneyViolation> violations) {
        return violations.stream().map(v -> new JourneyResponses.Warning(v.rule(), v.field(), v.message())).toList();
    }

    static JourneyResponses.Recorded toResponse(JourneyService.Recorded recorded) {
        return new JourneyResponses.Recorded(toResponse(recorded.fact()), warnings(recorded.warnings()));
    }

    static JourneyResponses.Journey toResponse(JourneyService.JourneyState state, LocalDate today) {
        ChildJourney j = state.journey();
        JourneyResponses.Derived derived = new JourneyResponses.Derived(
                j.enteredCare().orElse(null),
                j.shouldBePlacedDecision() == null ? null : j.shouldBePlacedDecision().date(),
                j.firstPlacementOrder().map(CourtAuthority::date).orElse(null),
                j.matchDecisions().stream().reduce((a, b) -> b).map(MatchDecision::date).orElse(null),
                j.keyAdoptivePlacement().map(PlacedForAdoption::date).orElse(null),
                j.movedInWithAdoptiveFamily().orElse(null),
                j.adoptionOrder() == null ? null : j.adoptionOrder().date(),
                j.decisionReversed() == null ? null : j.decisionReversed().date(),
                j.isFosterCarerAdoption(),
                JourneyAsAt.status(j),
                JourneyAsAt.waitingDays(j, today).orElse(null));
        return new JourneyResponses.Journey(state.child().id(),
                state.facts().stream().map(JourneyMapper::toResponse).toList(),
                warnings(state.check().warnings()), derived);
    }

    static JourneyResponses.HistoryEntry toResponse(JourneyChange change) {
        return new JourneyResponses.HistoryEntry(change.id(), change.factId(), change.factType(),
                change.change().name(), change.actor(), change.occurredAt(), change.reason(), tree(change.oldValue()),
                tree(change.newValue()));
    }

    private static JsonNode tree(String json) {
        if (json == null) {
            return null;
        }
        try {
            return TREES.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored history is not JSON", e);
        }
    }
}
