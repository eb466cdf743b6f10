package uk.raa.children.domain.journey;

import java.util.List;

/** The outcome of {@link JourneyRules#check}: hard violations and soft warnings. */
public record JourneyCheck(List<JourneyViolation> violations) {

    public JourneyCheck {
        violations = List.copyOf(violations);
    }

    public List<JourneyViolation> hard() {
        return violations.stream().filter(v -> v.kind() == JourneyViolation.Kind.HARD).toList();
    }

    public List<JourneyViolation> warnings() {
        return violations.stream().filter(v -> v.kind() == JourneyViolation.Kind.SOFT).toList();
    }

    public boolean isValid() {
        return hard().isEmpty();
    }

    /** Throws the first hard violation, for callers that must reject the whole journey. */
    public void throwIfInvalid() {
        hard().stream().findFirst().ifPresent(v -> {
            throw v.toException();
        });
    }
}
