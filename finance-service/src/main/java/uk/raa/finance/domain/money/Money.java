package uk.raa.finance.domain.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

import uk.raa.finance.domain.rules.DomainRuleViolation;

/**
 * A published amount in pounds, always exactly to the penny. Unrounded intermediate values are
 * {@link Fraction}s; they become Money once, via {@link Fraction#toMoney()} (half up).
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

    public static final Money ZERO = new Money(BigDecimal.ZERO);

    public Money {
        Objects.requireNonNull(amount, "amount");
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new DomainRuleViolation("money-is-whole-pennies", "amount",
                    "amount must be a whole number of pennies");
        }
        amount = amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    public static Money of(String pounds) {
        return new Money(new BigDecimal(pounds));
    }

    public static Money of(long pounds) {
        return new Money(BigDecimal.valueOf(pounds));
    }

    public static Money of(BigDecimal pounds) {
        return new Money(pounds);
    }

    public static Money ofPennies(long pennies) {
        return new Money(BigDecimal.valueOf(pennies, 2));
    }

    /** Rounds an exact value half up to the penny: the one rounding step for a published amount. */
    public static Money roundedHalfUp(BigDecimal exact) {
        return new Money(exact.setScale(2, RoundingMode.HALF_UP));
    }

    public long pennies() {
        return amount.movePointRight(2).longValueExact();
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    public Fraction exact() {
        return Fraction.of(amount);
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public int signum() {
        return amount.signum();
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public static Money sum(Iterable<Money> amounts) {
        Money total = ZERO;
        for (Money m : amounts) {
            total = total.plus(m);
        }
        return total;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public String toString() {
        return amount.toPlainString();
    }
}
