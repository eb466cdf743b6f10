package uk.raa.children.domain.journey;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A journey as it stood at a date: facts dated after it are left out, and periods or placements that ended after it
 * are open. Lists and delay lists are computed on this view so that an as-at report is reproducible.
 */
public final class JourneyAsAt {

    private JourneyAsAt() {
    }

    public static ChildJourney truncate(ChildJourney journey, LocalDate asAt) {
        List<JourneyFact> kept = new ArrayList<>();
        for (JourneyFact fact : journey.allFacts()) {
            if (fact.date().isAfter(asAt)) {
                continue;
            }
            if (fact instanceof PeriodOfCare p && p.end() != null && p.end().isAfter(asAt)) {
                kept.add(new PeriodOfCare(p.start(), null, p.source()));
            } else if (fact instanceof Placement p && p.end() != null && p.end().isAfter(asAt)) {
                kept.add(new Placement(p.start(), null, p.placementType(), p.sameCarersAsPrevious(), p.source()));
            } else {
                kept.add(fact);
            }
        }
        return MilestoneValues.journey(kept, journey.adoptedByFosterCarers());
    }

    /** Where the child stands in the adoption journey (on a journey already truncated to the as-at date). */
    public static JourneyStatus status(ChildJourney journey) {
        if (journey.adoptionOrder() != null) {
            return JourneyStatus.ADOPTED;
        }
        if (journey.decisionReversed() != null) {
            return JourneyStatus.REVERSED;
        }
        if (journey.currentAdoptivePlacement().isPresent()) {
            return JourneyStatus.PLACED;
        }
        if (journey.shouldBePlacedDecision() == null && journey.firstPlacementOrder().isEmpty()) {
            return JourneyStatus.NO_ADOPTION_PLAN;
        }
        Optional<MatchDecision> latestMatch = journey.matchDecisions().stream().reduce((a, b) -> b);
        boolean matchStands = latestMatch.isPresent() && journey.disruptions().stream()
                .noneMatch(d -> d.familyReference().equals(latestMatch.get().familyReference())
                        && !d.date().isBefore(latestMatch.get().date()));
        return matchStands ? JourneyStatus.MATCHED : JourneyStatus.WAITING;
    }

    /**
     * Days waited since the plan for adoption (the should-be-placed decision, else the first placement order): to
     * the adoptive placement once placed, else to the as-at date. Empty without a plan, or once adopted or reversed.
     */
    public static Optional<Long> waitingDays(ChildJourney journey, LocalDate asAt) {
        JourneyStatus status = status(journey);
        if (status == JourneyStatus.ADOPTED || status == JourneyStatus.REVERSED
                || status == JourneyStatus.NO_ADOPTION_PLAN) {
            return Optional.empty();
        }
        LocalDate from = journey.shouldBePlacedDecision() != null ? journey.shouldBePlacedDecision().date()
                : journey.firstPlacementOrder().get().date();
        LocalDate to = journey.currentAdoptivePlacement().map(PlacedForAdoption::date).orElse(asAt);
        return Optional.of(Math.max(0, ChronoUnit.DAYS.between(from, to)));
    }
}
