package uk.raa.children.domain.journey;

import java.time.LocalDate;

/** The agency decision maker's decision that the child should be placed for adoption. */
public record ShouldBePlacedDecision(LocalDate date, FactSource source) implements JourneyFact {

    public ShouldBePlacedDecision {
        DomainRuleViolation.required(date, "shouldBePlacedDecision.date");
        DomainRuleViolation.required(source, "shouldBePlacedDecision.source");
    }

    @Override
    public MilestoneType milestone() {
        return MilestoneType.SHOULD_BE_PLACED_DECISION;
    }
}
