package uk.raa.finance.domain.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

class LargestRemainderProperties {

    @Provide
    Arbitrary<List<BigDecimal>> weights() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("10000000")).ofScale(2)
                .list().ofMinSize(1).ofMaxSize(8)
                .filter(ws -> ws.stream().anyMatch(w -> w.signum() > 0));
    }

    @Property(tries = 2000)
    void partsAddUpToTheTotalExactly(@ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long pennies,
                                     @ForAll("weights") List<BigDecimal> weights) {
        Money total = Money.ofPennies(pennies);
        List<Money> parts = LargestRemainder.split(total, weights);
        assertEquals(weights.size(), parts.size());
        assertEquals(total, Money.sum(parts));
    }

    @Property(tries = 2000)
    void eachPartIsWithinAPennyOfItsExactShare(@ForAll @LongRange(min = 0, max = 1_000_000_000_000L) long pennies,
                                               @ForAll("weights") List<BigDecimal> weights) {
        Money total = Money.ofPennies(pennies);
        List<Money> parts = LargestRemainder.split(total, weights);
        BigDecimal weightSum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal onePennyTimesSum = new BigDecimal("0.01").multiply(weightSum);
        for (int i = 0; i < parts.size(); i++) {
            // |part − total × w / Σw| < 0.01, multiplied through by Σw so the check is exact
            BigDecimal difference = parts.get(i).amount().multiply(weightSum)
                    .subtract(total.amount().multiply(weights.get(i))).abs();
            assertTrue(difference.compareTo(onePennyTimesSum) < 0,
                    "part " + i + " strays a penny or more from its exact share");
        }
    }
}
