package uk.raa.children.domain.journey;

import java.time.LocalDate;

/** The agency decision maker's decision to match the child with an adoptive household. */
public record MatchDecision(LocalDate date, String familyReference, FactSource source) implements JourneyFact {

    public MatchDecision {
        DomainRuleViolation.required(date, "matchDecision.date");
        DomainRuleViolation.requiredText(familyReference, "matchDecision.familyReference");
        DomainRuleViolation.required(source, "matchDecision.source");
    }

    @Override
    public MilestoneType milestone() {
        return MilestoneType.MATCH_DECISION;
    }
}
