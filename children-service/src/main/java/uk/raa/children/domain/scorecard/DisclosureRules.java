package uk.raa.children.domain.scorecard;

import static uk.raa.children.domain.scorecard.ScorecardRuleViolation.require;

/**
 * Primary suppression thresholds: a percentage (and its count) is withheld when its numerator is at
 * most {@code maxSuppressedNumerator} or its denominator at most {@code maxSuppressedDenominator}.
 */
public record DisclosureRules(int maxSuppressedNumerator, int maxSuppressedDenominator) {

    public DisclosureRules {
        require(maxSuppressedNumerator >= 0, "SCORECARD_DISCLOSURE_RULE", "maxSuppressedNumerator",
                "must not be negative");
        require(maxSuppressedDenominator >= 0, "SCORECARD_DISCLOSURE_RULE", "maxSuppressedDenominator",
                "must not be negative");
    }

    /** The 2012 performance tables' rule: numerator 5 or fewer, or denominator 10 or fewer. */
    public static DisclosureRules performanceTables2012() {
        return new DisclosureRules(5, 10);
    }

    public boolean primarySuppressed(int numerator, int denominator) {
        return numerator <= maxSuppressedNumerator || denominator <= maxSuppressedDenominator;
    }
}
