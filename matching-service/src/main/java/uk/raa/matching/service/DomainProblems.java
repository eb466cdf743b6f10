package uk.raa.matching.service;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import uk.raa.common.problem.Problem;
import uk.raa.common.problem.ProblemException;
import uk.raa.matching.domain.lifecycle.InvalidMatchTransition;
import uk.raa.matching.domain.rules.DomainRuleViolation;

/**
 * Turns the domain's broken rules into problems: a stage the match cannot move to, or a child already in an active
 * match, is a 409; a missing or out-of-range value is a 400; any other broken rule is a 422. Domain messages name the
 * field and the rule and never carry personal data, so they are safe to return.
 */
public final class DomainProblems {

    private static final Set<String> VALIDATION_RULES = Set.of("REQUIRED", "OUT_OF_RANGE", "NEED_AREA_MISSING");
    private static final Set<String> CONFLICT_RULES = Set.of("CHILD_HAS_ACTIVE_MATCH");

    private DomainProblems() {
    }

    public static ProblemException of(DomainRuleViolation e) {
        List<Problem.Violation> violations = List.of(new Problem.Violation(e.field(), e.rule(), e.getMessage()));
        String detail = e.field() + ": " + e.getMessage() + " (rule: " + e.rule() + ")";
        if (e instanceof InvalidMatchTransition || CONFLICT_RULES.contains(e.rule())) {
            return new ProblemException(409, "conflict", "Conflict", detail, violations, Map.of());
        }
        if (VALIDATION_RULES.contains(e.rule())) {
            return new ProblemException(400, "validation", "Request is not valid", detail, violations, Map.of());
        }
        return new ProblemException(422, "rule-violation", "A domain rule is broken", detail, violations, Map.of());
    }

    /** Runs domain work, reporting a broken rule as its problem. */
    public static <T> T translate(Supplier<T> work) {
        try {
            return work.get();
        } catch (DomainRuleViolation e) {
            throw of(e);
        }
    }
}
