package uk.raa.children.domain.journey;

import java.time.LocalDate;

/** A recorded fact in a child's journey: it has its own date and says who recorded it. */
public sealed interface JourneyFact
        permits PeriodOfCare, Placement, ShouldBePlacedDecision, CourtAuthority, EarlyPermanence, MatchDecision,
        PlacedForAdoption, AdoptionOrder, DecisionReversed, Disruption {

    LocalDate date();

    FactSource source();

    MilestoneType milestone();
}
