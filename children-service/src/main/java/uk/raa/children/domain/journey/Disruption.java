package uk.raa.children.domain.journey;

import java.time.LocalDate;

/** The adoptive placement with a family ended before an adoption order was made. */
public record Disruption(LocalDate date, String familyReference, FactSource source) implements JourneyFact {

    public Disruption {
        DomainRuleViolation.required(date, "disruption.date");
        DomainRuleViolation.requiredText(familyReference, "disruption.familyReference");
        DomainRuleViolation.required(source, "disruption.source");
    }

    @Override
    public MilestoneType milestone() {
        return MilestoneType.DISRUPTION;
    }
}
