package uk.raa.finance.domain.contribution;

import java.math.BigDecimal;
import java.util.Collection;

import uk.raa.finance.domain.money.Fraction;
import uk.raa.finance.domain.money.Money;
import uk.raa.finance.domain.rules.DomainRuleViolation;

/**
 * Pounds per adoption: spend ÷ adoptions. Held as the two exact figures so that comparisons and gaps are exact;
 * {@link #value()} is the unrounded quotient and {@link #forDisplay()} the only rounded form.
 */
public record UnitCost(Money spend, long adoptions) implements Comparable<UnitCost> {

    public UnitCost {
        DomainRuleViolation.required(spend, "spend");
        DomainRuleViolation.require(adoptions > 0, "unit-cost-requires-adoptions", "adoptions",
                "a unit cost needs at least one adoption; the contribution rule cannot be applied");
        DomainRuleViolation.require(!spend.isNegative(), "spend-not-negative", "spend",
                "in-scope spend must not be negative");
    }

    public static UnitCost of(Money spend, long adoptions) {
        return new UnitCost(spend, adoptions);
    }

    /**
     * The agency average: total spend ÷ total adoptions, so larger members weigh more
     * (not the mean of the members' unit costs).
     */
    public static UnitCost weightedAverage(Collection<Baseline> baselines) {
        DomainRuleViolation.require(!baselines.isEmpty(), "average-requires-baselines", "baselines",
                "the average unit cost needs the existing members' baselines");
        Money spend = Money.ZERO;
        long adoptions = 0;
        for (Baseline b : baselines) {
            spend = spend.plus(b.inScopeSpend());
            adoptions += b.adoptions();
        }
        return new UnitCost(spend, adoptions);
    }

    public Fraction exact() {
        return Fraction.ratio(spend.amount(), BigDecimal.valueOf(adoptions));
    }

    /** Unrounded, 34 significant digits. */
    public BigDecimal value() {
        return exact().value();
    }

    public Money forDisplay() {
        return exact().toMoney();
    }

    @Override
    public int compareTo(UnitCost o) {
        return exact().compareTo(o.exact());
    }

    public boolean isBelow(UnitCost o) {
        return compareTo(o) < 0;
    }
}
