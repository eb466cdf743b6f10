package uk.raa.adopters.domain;

import java.util.Objects;

/**
 * A broken domain rule. The REST layer maps it to a 4xx problem, so the message names the
 * field and the rule and never carries a submitted value (values may be personal data).
 */
public class DomainRuleViolation extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String rule;
    private final String field;

    public DomainRuleViolation(String field, String rule, String explanation) {
        super(field + ": " + explanation + " (rule " + rule + ")");
        this.field = Objects.requireNonNull(field, "field");
        this.rule = Objects.requireNonNull(rule, "rule");
    }

    /** Stable machine-readable code such as {@code RANGE} or {@code INVALID_TRANSITION}. */
    public String rule() {
        return rule;
    }

    /** Name of the offending field, e.g. {@code offer.maxAge}. */
    public String field() {
        return field;
    }

    /** Throws when {@code value} is null; returns it otherwise. */
    public static <T> T require(T value, String field) {
        if (value == null) {
            throw new DomainRuleViolation(field, "REQUIRED", "is required");
        }
        return value;
    }
}
