package uk.raa.finance.domain.rules;

import java.util.Objects;

/**
 * A finance rule cannot be applied to the data given. The REST layer maps it to a 422 problem.
 * Messages name the field and the rule only: never amounts tied to people, never personal data.
 */
public final class DomainRuleViolation extends RuntimeException {

    private final String rule;
    private final String field;

    public DomainRuleViolation(String rule, String field, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.rule = Objects.requireNonNull(rule, "rule");
        this.field = Objects.requireNonNull(field, "field");
    }

    /** Stable, machine-readable rule code, e.g. {@code unit-cost-requires-adoptions}. */
    public String rule() {
        return rule;
    }

    /** The input field the rule is about, e.g. {@code adoptions}. */
    public String field() {
        return field;
    }

    /** Fails with a violation unless {@code condition} holds. */
    public static void require(boolean condition, String rule, String field, String message) {
        if (!condition) {
            throw new DomainRuleViolation(rule, field, message);
        }
    }

    /** Null check that reports a rule violation rather than a bare NullPointerException. */
    public static <T> T required(T value, String field) {
        if (value == null) {
            throw new DomainRuleViolation("required", field, field + " is required");
        }
        return value;
    }
}
