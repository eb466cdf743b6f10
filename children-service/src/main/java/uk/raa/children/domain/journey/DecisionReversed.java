package uk.raa.children.domain.journey;

import java.time.LocalDate;

/** The should-be-placed decision was reversed. */
public record DecisionReversed(LocalDate date, ReversalReason reason, FactSource source) implements JourneyFact {

    public DecisionReversed {
        DomainRuleViolation.required(date, "decisionReversed.date");
        DomainRuleViolation.required(reason, "decisionReversed.reason");
        DomainRuleViolation.required(source, "decisionReversed.source");
    }

    @Override
    public MilestoneType milestone() {
        return MilestoneType.DECISION_REVERSED;
    }
}
