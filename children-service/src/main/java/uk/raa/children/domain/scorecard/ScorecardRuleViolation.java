package uk.raa.children.domain.scorecard;

import java.util.Objects;

/**
 * A scorecard input broke a domain rule. The message names the rule and the field only, never a
 * child's reference or dates, so it can be logged and returned to a client as it is.
 */
public final class ScorecardRuleViolation extends RuntimeException {

    private final String rule;
    private final String field;

    public ScorecardRuleViolation(String rule, String field, String explanation) {
        super(rule + " (" + field + "): " + explanation);
        this.rule = Objects.requireNonNull(rule, "rule");
        this.field = Objects.requireNonNull(field, "field");
    }

    /** Stable rule code, e.g. {@code SCORECARD_PLACED_BEFORE_ENTERING_CARE}. */
    public String rule() {
        return rule;
    }

    /** Name of the offending input field, e.g. {@code placedForAdoptionDate}. */
    public String field() {
        return field;
    }

    static void require(boolean condition, String rule, String field, String explanation) {
        if (!condition) {
            throw new ScorecardRuleViolation(rule, field, explanation);
        }
    }

    static <T> T requirePresent(T value, String field) {
        require(value != null, "SCORECARD_REQUIRED_FIELD", field, "is required");
        return value;
    }

    static String requireText(String value, String field) {
        require(value != null && !value.isBlank(), "SCORECARD_REQUIRED_FIELD", field, "is required and must not be blank");
        return value;
    }
}
