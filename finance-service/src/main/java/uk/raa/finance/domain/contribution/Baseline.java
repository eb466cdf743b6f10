package uk.raa.finance.domain.contribution;

import uk.raa.finance.domain.money.Money;
import uk.raa.finance.domain.partnership.AuthorityCode;
import uk.raa.finance.domain.partnership.FinancialYear;
import uk.raa.finance.domain.rules.DomainRuleViolation;

/**
 * A member's spend on in-scope adoption services and its number of adoptions for one financial year,
 * calculated on the basis the host agreement sets (seed 002 §5.2).
 */
public record Baseline(AuthorityCode member, FinancialYear year, Money inScopeSpend, int adoptions) {

    public Baseline {
        DomainRuleViolation.required(member, "member");
        DomainRuleViolation.required(year, "year");
        DomainRuleViolation.required(inScopeSpend, "inScopeSpend");
        DomainRuleViolation.require(!inScopeSpend.isNegative(), "spend-not-negative", "inScopeSpend",
                "in-scope spend must not be negative");
        DomainRuleViolation.require(adoptions >= 0, "adoptions-not-negative", "adoptions",
                "adoptions must not be negative");
    }

    /** Fails with {@code unit-cost-requires-adoptions} when there were no adoptions. */
    public UnitCost unitCost() {
        return UnitCost.of(inScopeSpend, adoptions);
    }
}
