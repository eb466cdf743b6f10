package uk.raa.finance.domain.contribution;

import uk.raa.finance.domain.money.Money;
import uk.raa.finance.domain.partnership.AuthorityCode;
import uk.raa.finance.domain.partnership.FinancialYear;
import uk.raa.finance.domain.rules.DomainRuleViolation;

/**
 * The Board's recorded decision on a joiner's gap for a financial year. {@code amount} is the part of the
 * gap the joiner pays this year for CLOSE_IN_PART and PHASED, and null otherwise.
 */
public record BoardDecision(AuthorityCode joiner, FinancialYear year, BoardDecisionKind kind, Money amount) {

    public BoardDecision {
        DomainRuleViolation.required(joiner, "joiner");
        DomainRuleViolation.required(year, "year");
        DomainRuleViolation.required(kind, "kind");
        if (kind.needsAmount()) {
            DomainRuleViolation.required(amount, "amount");
            DomainRuleViolation.require(amount.signum() > 0, "decision-amount-positive", "amount",
                    "the amount of the gap to close must be positive");
        } else {
            DomainRuleViolation.require(amount == null, "decision-amount-only-for-part-or-phased", "amount",
                    "an amount is only recorded for CLOSE_IN_PART or PHASED");
        }
    }

    public static BoardDecision closeInFull(AuthorityCode joiner, FinancialYear year) {
        return new BoardDecision(joiner, year, BoardDecisionKind.CLOSE_IN_FULL, null);
    }

    public static BoardDecision closeInPart(AuthorityCode joiner, FinancialYear year, Money amount) {
        return new BoardDecision(joiner, year, BoardDecisionKind.CLOSE_IN_PART, amount);
    }

    public static BoardDecision phased(AuthorityCode joiner, FinancialYear year, Money amountThisYear) {
        return new BoardDecision(joiner, year, BoardDecisionKind.PHASED, amountThisYear);
    }

    public static BoardDecision waived(AuthorityCode joiner, FinancialYear year) {
        return new BoardDecision(joiner, year, BoardDecisionKind.WAIVED, null);
    }
}
