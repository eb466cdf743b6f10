package uk.raa.finance.domain.money;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact rational value (numerator ÷ positive denominator). Calculations stay exact in this form so that
 * the only rounding is the final half-up to the penny (DOMAIN.md §7): 275/366 of a baseline or an average
 * unit cost like 1,000,000/33 never loses a digit on the way.
 */
public record Fraction(BigDecimal numerator, BigDecimal denominator) implements Comparable<Fraction> {

    /** Precision for unrounded display values (34 significant digits). */
    public static final MathContext UNROUNDED = MathContext.DECIMAL128;

    public static final Fraction ZERO = new Fraction(BigDecimal.ZERO, BigDecimal.ONE);
    public static final Fraction ONE = new Fraction(BigDecimal.ONE, BigDecimal.ONE);

    public Fraction {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        if (denominator.signum() == 0) {
            throw new ArithmeticException("denominator must not be zero");
        }
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
    }

    public static Fraction of(BigDecimal value) {
        return new Fraction(value, BigDecimal.ONE);
    }

    public static Fraction of(long value) {
        return of(BigDecimal.valueOf(value));
    }

    public static Fraction ratio(BigDecimal numerator, BigDecimal denominator) {
        return new Fraction(numerator, denominator);
    }

    public static Fraction ratio(long numerator, long denominator) {
        return new Fraction(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
    }

    public Fraction plus(Fraction o) {
        if (denominator.compareTo(o.denominator) == 0) {
            return new Fraction(numerator.add(o.numerator), denominator);
        }
        return new Fraction(numerator.multiply(o.denominator).add(o.numerator.multiply(denominator)),
                denominator.multiply(o.denominator));
    }

    public Fraction minus(Fraction o) {
        return plus(o.negate());
    }

    public Fraction negate() {
        return new Fraction(numerator.negate(), denominator);
    }

    public Fraction times(Fraction o) {
        return new Fraction(numerator.multiply(o.numerator), denominator.multiply(o.denominator));
    }

    public Fraction times(BigDecimal factor) {
        return new Fraction(numerator.multiply(factor), denominator);
    }

    public Fraction dividedBy(Fraction o) {
        if (o.numerator.signum() == 0) {
            throw new ArithmeticException("division by zero");
        }
        return new Fraction(numerator.multiply(o.denominator), denominator.multiply(o.numerator));
    }

    public int signum() {
        return numerator.signum();
    }

    public Fraction max(Fraction o) {
        return compareTo(o) >= 0 ? this : o;
    }

    public Fraction min(Fraction o) {
        return compareTo(o) <= 0 ? this : o;
    }

    /** The value to 34 significant digits, for display of unrounded figures such as unit costs. */
    public BigDecimal value() {
        return numerator.divide(denominator, UNROUNDED).stripTrailingZeros();
    }

    /** Exact half-up rounding to the penny: BigDecimal rounds the true quotient, not an approximation. */
    public Money toMoney() {
        return new Money(numerator.divide(denominator, 2, RoundingMode.HALF_UP));
    }

    @Override
    public int compareTo(Fraction o) {
        // Denominators are positive, so cross-multiplication preserves order exactly.
        return numerator.multiply(o.denominator).compareTo(o.numerator.multiply(denominator));
    }

    /** Equal value regardless of representation (2/4 equals 1/2). */
    public boolean sameValueAs(Fraction o) {
        return compareTo(o) == 0;
    }

    @Override
    public String toString() {
        return numerator.toPlainString() + "/" + denominator.toPlainString();
    }
}
