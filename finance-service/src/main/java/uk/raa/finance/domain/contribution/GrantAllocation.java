package uk.raa.finance.domain.contribution;

import uk.raa.finance.domain.money.Money;
import uk.raa.finance.domain.partnership.AuthorityCode;
import uk.raa.finance.domain.partnership.FinancialYear;
import uk.raa.finance.domain.rules.DomainRuleViolation;

/**
 * How a grant or transitional funding for a joining is allocated in a year: a part to the joiner and a part to
 * the agency ({@code toJoiner + toAgency = total}). Of the agency's part, the Board may assign
 * {@code towardsShortfall} to cover the joiner's shortfall against the agency's expected cost; that amount
 * reduces the adverse impact on existing partners and is shown on the statement.
 */
public record GrantAllocation(FundingKind kind, FinancialYear year, AuthorityCode joiner, Money total,
                              Money toJoiner, Money toAgency, Money towardsShortfall) {

    public GrantAllocation {
        DomainRuleViolation.required(kind, "kind");
        DomainRuleViolation.required(year, "year");
        DomainRuleViolation.required(joiner, "joiner");
        DomainRuleViolation.required(total, "total");
        DomainRuleViolation.required(toJoiner, "toJoiner");
        DomainRuleViolation.required(toAgency, "toAgency");
        towardsShortfall = towardsShortfall == null ? Money.ZERO : towardsShortfall;
        DomainRuleViolation.require(!total.isNegative() && !toJoiner.isNegative() && !toAgency.isNegative()
                        && !towardsShortfall.isNegative(), "funding-not-negative", "total",
                "funding amounts must not be negative");
        DomainRuleViolation.require(toJoiner.plus(toAgency).equals(total), "funding-split-adds-up", "toAgency",
                "the joiner's and the agency's parts must add up to the total");
        DomainRuleViolation.require(towardsShortfall.compareTo(toAgency) <= 0, "shortfall-funding-within-agency-part",
                "towardsShortfall", "funding towards the shortfall must come from the agency's part");
    }
}
