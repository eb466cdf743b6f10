package uk.raa.children.domain.journey;

/**
 * A broken domain rule. Carries the rule code and the field so the REST layer can map it to a 4xx problem;
 * the message names only the field and the rule, never a child's data.
 */
public class DomainRuleViolation extends RuntimeException {

    private final String rule;
    private final String field;

    public DomainRuleViolation(String rule, String field, String message) {
        super(message);
        this.rule = rule;
        this.field = field;
    }

    public String rule() {
        return rule;
    }

    public String field() {
        return field;
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw new DomainRuleViolation("required", field, field + " is required");
        }
        return value;
    }

    static String requiredText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new DomainRuleViolation("required", field, field + " is required and must not be blank");
        }
        return value;
    }
}
