package uk.raa.adopters.domain.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;

import uk.raa.adopters.domain.DomainRuleViolation;

/**
 * A count out of a total, with its percentage to one decimal place rounded half up.
 * {@code percent} is null when {@code denominator} is 0: no cohort is not the same as 0%.
 */
public record Proportion(int numerator, int denominator, BigDecimal percent) {

    public Proportion {
        if (denominator < 0 || numerator < 0 || numerator > denominator) {
            throw new DomainRuleViolation("proportion", "RANGE", "needs 0 <= numerator <= denominator");
        }
    }

    public static Proportion of(int numerator, int denominator) {
        BigDecimal percent = denominator == 0 ? null
                : BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100))
                        .divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
        return new Proportion(numerator, denominator, percent);
    }
}
