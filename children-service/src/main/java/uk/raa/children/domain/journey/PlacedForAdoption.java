package uk.raa.children.domain.journey;

import java.time.LocalDate;

/**
 * The child was placed for adoption with a family (for foster-carer adoptions: the day the placement changed to an
 * adoptive one). {@code placementType} (A3-A6) is null when the route is not known.
 */
public record PlacedForAdoption(LocalDate date, String familyReference, AdoptivePlacementType placementType,
                                FactSource source) implements JourneyFact {

    public PlacedForAdoption {
        DomainRuleViolation.required(date, "placedForAdoption.date");
        DomainRuleViolation.requiredText(familyReference, "placedForAdoption.familyReference");
        DomainRuleViolation.required(source, "placedForAdoption.source");
    }

    @Override
    public MilestoneType milestone() {
        return MilestoneType.PLACED_FOR_ADOPTION;
    }
}
