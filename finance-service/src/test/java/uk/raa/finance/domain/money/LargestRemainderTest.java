package uk.raa.finance.domain.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.raa.finance.domain.rules.DomainRuleViolation;

class LargestRemainderTest {

    private static List<BigDecimal> weights(String... w) {
        return java.util.Arrays.stream(w).map(BigDecimal::new).toList();
    }

    @Test
    void equalThirdsGiveTheSparePennyToTheFirst() {
        // 10,000p / 3 = 3,333.33p each; one penny left, ties broken by position
        assertEquals(List.of(Money.of("33.34"), Money.of("33.33"), Money.of("33.33")),
                LargestRemainder.split(Money.of("100.00"), weights("1", "1", "1")));
    }

    @Test
    void sparePenniesGoToTheLargestRemainders() {
        // 2,868,852p by 12:6:9:8 (of 35): 983,606.4 / 491,803.2 / 737,704.8 / 655,737.6
        // floors sum to 2,868,850; the 2 spare pennies go to .8 and .6
        assertEquals(List.of(Money.of("9836.06"), Money.of("4918.03"), Money.of("7377.05"), Money.of("6557.38")),
                LargestRemainder.split(Money.of("28688.52"),
                        weights("1200000.00", "600000.00", "900000.00", "800000.00")));
    }

    @Test
    void negativeTotalsSplitSymmetrically() {
        assertEquals(List.of(Money.of("-33.34"), Money.of("-33.33"), Money.of("-33.33")),
                LargestRemainder.split(Money.of("-100.00"), weights("1", "1", "1")));
    }

    @Test
    void zeroWeightsGetNothing() {
        // 1p by 0:3:1 → exact 0, 0.75, 0.25 → the penny goes to 0.75
        assertEquals(List.of(Money.ZERO, Money.of("0.01"), Money.ZERO),
                LargestRemainder.split(Money.of("0.01"), weights("0", "3", "1")));
    }

    @Test
    void zeroTotalNeedsNoPositiveWeight() {
        assertEquals(List.of(Money.ZERO, Money.ZERO), LargestRemainder.split(Money.ZERO, weights("0", "0")));
    }

    @Test
    void nonZeroTotalWithNoPositiveWeightIsARuleViolation() {
        DomainRuleViolation v = assertThrows(DomainRuleViolation.class,
                () -> LargestRemainder.split(Money.of("1.00"), weights("0", "0")));
        assertEquals("split-requires-positive-weights", v.rule());
        assertThrows(DomainRuleViolation.class, () -> LargestRemainder.split(Money.of("1.00"), weights("-1", "2")));
    }
}
