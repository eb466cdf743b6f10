package uk.raa.children.domain.journey;

import java.time.LocalDate;

/** The adoption order: the end of the journey the scorecard measures. */
public record AdoptionOrder(LocalDate date, AdoptionOrderType type, FactSource source) implements JourneyFact {

    public AdoptionOrder {
        DomainRuleViolation.required(date, "adoptionOrder.date");
        DomainRuleViolation.required(type, "adoptionOrder.type");
        DomainRuleViolation.required(source, "adoptionOrder.source");
    }

    @Override
    public MilestoneType milestone() {
        return MilestoneType.ADOPTION_ORDER;
    }
}
