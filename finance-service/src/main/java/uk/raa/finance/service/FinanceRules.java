package uk.raa.finance.service;

import java.util.function.Supplier;
import uk.raa.common.problem.ProblemException;
import uk.raa.finance.domain.rules.DomainRuleViolation;

/** Runs domain rules and reports a broken one as a 422 problem naming the field and the rule. */
public final class FinanceRules {

    private FinanceRules() {
    }

    public static <T> T apply(Supplier<T> rule) {
        try {
            return rule.get();
        } catch (DomainRuleViolation v) {
            throw toProblem(v);
        }
    }

    public static ProblemException toProblem(DomainRuleViolation v) {
        return ProblemException.rule(v.field(), v.rule(), v.getMessage());
    }

    public static ProblemException lockedYear(int year) {
        return ProblemException.conflict("Financial year " + uk.raa.finance.domain.partnership.FinancialYear.of(year)
                .label() + " is closed; post a correction as an adjustment in the next open year.");
    }
}
