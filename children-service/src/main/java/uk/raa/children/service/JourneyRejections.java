package uk.raa.children.service;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import uk.raa.children.domain.journey.DomainRuleViolation;
import uk.raa.children.domain.journey.JourneyCheck;
import uk.raa.children.domain.journey.JourneyViolation;
import uk.raa.common.problem.Problem;
import uk.raa.common.problem.ProblemException;

/** Turns the journey domain's rule breaks into problems: 400 for a value, 422 naming each broken journey rule. */
final class JourneyRejections {

    private JourneyRejections() {
    }

    static ProblemException invalidValue(DomainRuleViolation violation) {
        return ProblemException.validation(violation.field(), violation.rule(), violation.getMessage());
    }

    /**
     * Rejects the change when it adds hard violations to the journey. A journey that already broke a rule (an
     * older record) does not block an unrelated change; only what the change newly breaks is reported.
     */
    static void rejectNewHardViolations(JourneyCheck before, JourneyCheck after) {
        if (after.hard().size() <= before.hard().size()) {
            return;
        }
        Set<String> existing = before.hard().stream().map(v -> v.rule() + " " + v.field()).collect(Collectors.toSet());
        List<JourneyViolation> added = after.hard().stream()
                .filter(v -> !existing.contains(v.rule() + " " + v.field())).toList();
        List<JourneyViolation> reported = added.isEmpty() ? after.hard() : added;
        List<Problem.Violation> violations = reported.stream()
                .map(v -> new Problem.Violation(v.field(), v.rule(), v.message())).toList();
        String detail = reported.stream().map(v -> v.message()).collect(Collectors.joining("; "));
        throw new ProblemException(422, "journey-rule", "A journey rule is broken", detail, violations, Map.of());
    }
}
