package uk.raa.children.domain.journey;

import java.time.LocalDate;

/** Authority to place the child for adoption, with the date it was given. */
public record CourtAuthority(CourtAuthorityType type, LocalDate date, FactSource source) implements JourneyFact {

    public CourtAuthority {
        DomainRuleViolation.required(type, "courtAuthority.type");
        DomainRuleViolation.required(date, "courtAuthority.date");
        DomainRuleViolation.required(source, "courtAuthority.source");
    }

    @Override
    public MilestoneType milestone() {
        return type.milestone();
    }
}
