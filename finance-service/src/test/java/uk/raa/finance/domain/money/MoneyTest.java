package uk.raa.finance.domain.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import uk.raa.finance.domain.rules.DomainRuleViolation;

class MoneyTest {

    @Test
    void moneyIsWholePennies() {
        assertEquals(new BigDecimal("12.50"), Money.of("12.5").amount());
        assertEquals(1250L, Money.of("12.5").pennies());
        DomainRuleViolation v = assertThrows(DomainRuleViolation.class, () -> Money.of("0.005"));
        assertEquals("money-is-whole-pennies", v.rule());
    }

    @Test
    void roundingIsHalfUpToThePenny() {
        assertEquals(Money.of("0.01"), Money.roundedHalfUp(new BigDecimal("0.005")));
        assertEquals(Money.of("0.00"), Money.roundedHalfUp(new BigDecimal("0.00499999")));
        assertEquals(Money.of("2.68"), Money.roundedHalfUp(new BigDecimal("2.675")));
    }

    @Test
    void fractionRoundsTheExactQuotientOnce() {
        // 280,000 × 275 / 366 = 77,000,000 / 366 = 210,382.513661... → 210,382.51
        assertEquals(Money.of("210382.51"), Fraction.ratio(77_000_000, 366).toMoney());
        // 1/8 = 0.125 exactly → half up to 0.13
        assertEquals(Money.of("0.13"), Fraction.ratio(1, 8).toMoney());
        // 1/3 + 1/6 = 1/2, compared exactly across different denominators
        assertTrue(Fraction.ratio(1, 3).plus(Fraction.ratio(1, 6)).sameValueAs(Fraction.ratio(1, 2)));
    }

    @Test
    void fractionKeepsUnroundedValuesForDisplay() {
        // 3,500,000 / 110 = 31,818.1818... to 34 significant digits
        assertEquals(new BigDecimal("31818.18181818181818181818181818182"), Fraction.ratio(3_500_000, 110).value());
    }
}
