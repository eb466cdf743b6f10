package uk.raa.matching.domain.rules;

import java.util.Collection;

/** Small constructor-validation helpers so every value type reports broken rules the same way. */
public final class Require {

    private Require() {
    }

    public static <T> T present(T value, String field) {
        if (value == null) {
            throw new DomainRuleViolation("REQUIRED", field, field + " is required");
        }
        return value;
    }

    public static String notBlank(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new DomainRuleViolation("REQUIRED", field, field + " is required and must not be blank");
        }
        return value;
    }

    public static <C extends Collection<?>> C notEmpty(C value, String field) {
        if (value == null || value.isEmpty()) {
            throw new DomainRuleViolation("REQUIRED", field, field + " must contain at least one entry");
        }
        return value;
    }

    public static int between(int value, int min, int max, String field) {
        if (value < min || value > max) {
            throw new DomainRuleViolation("OUT_OF_RANGE", field,
                    field + " must be between " + min + " and " + max + " but was " + value);
        }
        return value;
    }
}
