package uk.raa.finance.domain.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import uk.raa.finance.domain.rules.DomainRuleViolation;

/**
 * Splits a total in pennies in proportion to weights so that the parts add up to the total exactly
 * (DOMAIN.md §7, rounding). Each part gets the whole pennies of its exact share; the pennies left over go,
 * one each, to the parts with the largest remainders. Ties go to the larger weight, then the earlier position,
 * so the result is deterministic.
 */
public final class LargestRemainder {

    private LargestRemainder() {
    }

    public static List<Money> split(Money total, List<BigDecimal> weights) {
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(weights, "weights");
        DomainRuleViolation.require(!weights.isEmpty(), "split-requires-weights", "weights",
                "weights must not be empty");
        BigDecimal weightSum = BigDecimal.ZERO;
        for (BigDecimal w : weights) {
            DomainRuleViolation.require(w != null && w.signum() >= 0, "split-weights-not-negative", "weights",
                    "weights must be present and not negative");
            weightSum = weightSum.add(w);
        }
        if (total.isZero()) {
            return weights.stream().map(w -> Money.ZERO).toList();
        }
        DomainRuleViolation.require(weightSum.signum() > 0, "split-requires-positive-weights", "weights",
                "at least one weight must be positive to split a non-zero total");

        // A negative total is split as its magnitude and negated, so rounding is symmetric.
        int sign = total.signum();
        BigInteger pennies = BigInteger.valueOf(Math.abs(total.pennies()));
        // Scale weights to integers so every step below is exact integer arithmetic.
        int scale = Math.max(0, weights.stream().mapToInt(BigDecimal::scale).max().orElse(0));
        BigInteger denominator = weightSum.movePointRight(scale).toBigIntegerExact();

        int n = weights.size();
        long[] parts = new long[n];
        BigInteger[] remainders = new BigInteger[n];
        BigInteger allocated = BigInteger.ZERO;
        for (int i = 0; i < n; i++) {
            BigInteger w = weights.get(i).movePointRight(scale).toBigIntegerExact();
            BigInteger[] qr = pennies.multiply(w).divideAndRemainder(denominator);
            parts[i] = qr[0].longValueExact();
            remainders[i] = qr[1];
            allocated = allocated.add(qr[0]);
        }
        int leftOver = pennies.subtract(allocated).intValueExact();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer, BigInteger>comparing(i -> remainders[i]).reversed()
                .thenComparing(Comparator.<Integer, BigDecimal>comparing(weights::get).reversed())
                .thenComparing(Comparator.naturalOrder()));
        for (int k = 0; k < leftOver; k++) {
            parts[order.get(k)]++;
        }
        List<Money> result = new ArrayList<>(n);
        for (long p : parts) {
            result.add(Money.ofPennies(sign * p));
        }
        return List.copyOf(result);
    }
}
