package uk.raa.children.domain.journey;

/**
 * One broken rule. {@code field} is a path into {@link ChildJourney} (e.g. {@code placedForAdoption[0].date});
 * the message names the field and the rule and never contains a date or any other personal data.
 */
public record JourneyViolation(String rule, String field, Kind kind, String message) {

    /** HARD violations are rejected (4xx); SOFT ones are out of the usual order and shown as warnings. */
    public enum Kind {
        HARD,
        SOFT
    }

    public JourneyViolation {
        DomainRuleViolation.requiredText(rule, "violation.rule");
        DomainRuleViolation.requiredText(field, "violation.field");
        DomainRuleViolation.required(kind, "violation.kind");
        DomainRuleViolation.requiredText(message, "violation.message");
    }

    public DomainRuleViolation toException() {
        return new DomainRuleViolation(rule, field, message);
    }
}
