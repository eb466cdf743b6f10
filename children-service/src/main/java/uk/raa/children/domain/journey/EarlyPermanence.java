package uk.raa.children.domain.journey;

import java.time.LocalDate;

/**
 * The child started living with approved adopters as foster carers. {@code type} is null when the source does not
 * distinguish the scheme (903 U2/U5); {@code familyReference} is null when the family is not known.
 */
public record EarlyPermanence(EarlyPermanenceType type, LocalDate date, String familyReference, FactSource source)
        implements JourneyFact {

    public EarlyPermanence {
        DomainRuleViolation.required(date, "earlyPermanence.date");
        DomainRuleViolation.required(source, "earlyPermanence.source");
        if (familyReference != null && familyReference.isBlank()) {
            throw new DomainRuleViolation("required", "earlyPermanence.familyReference",
                    "earlyPermanence.familyReference must not be blank when given");
        }
    }

    @Override
    public MilestoneType milestone() {
        return MilestoneType.EARLY_PERMANENCE;
    }
}
