package uk.raa.matching.domain.rules;

import java.util.Objects;

/**
 * A broken domain rule. The REST layer maps it to a 4xx problem; {@link #rule()} and {@link #field()} are stable
 * codes for clients. Messages name the field and the rule and never carry personal data.
 */
public class DomainRuleViolation extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String rule;
    private final String field;

    public DomainRuleViolation(String rule, String field, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.rule = Objects.requireNonNull(rule, "rule");
        this.field = Objects.requireNonNull(field, "field");
    }

    public String rule() {
        return rule;
    }

    public String field() {
        return field;
    }
}
