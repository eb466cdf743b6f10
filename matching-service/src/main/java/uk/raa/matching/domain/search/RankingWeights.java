package uk.raa.matching.domain.search;

import java.math.BigDecimal;

import uk.raa.matching.domain.rules.DomainRuleViolation;
import uk.raa.matching.domain.rules.Require;

/**
 * Configurable weights of the soft ranking criteria. Each weight is the most points its criterion can give;
 * with {@link #defaults()} they add up to 100. See docs/matching.md for every formula.
 *
 * @param needsMargin              points for a household whose need acceptance sits above the child's needs
 * @param ageFit                   points for children's ages at the centre of the household's age range
 * @param capacityFit              points for using the places the household offers (siblings where wanted)
 * @param childWaiting             points for a long-waiting child (approached, never reached)
 * @param householdWaiting         points for a long-waiting household (approached, never reached)
 * @param earlyPermanence          points for early-permanence fit
 * @param childWaitHalfPointDays   days of child waiting that earn half of {@code childWaiting}
 * @param householdWaitHalfPointDays days of household waiting that earn half of {@code householdWaiting}
 */
public record RankingWeights(
        BigDecimal needsMargin,
        BigDecimal ageFit,
        BigDecimal capacityFit,
        BigDecimal childWaiting,
        BigDecimal householdWaiting,
        BigDecimal earlyPermanence,
        int childWaitHalfPointDays,
        int householdWaitHalfPointDays) {

    public RankingWeights {
        nonNegative(needsMargin, "needsMargin");
        nonNegative(ageFit, "ageFit");
        nonNegative(capacityFit, "capacityFit");
        nonNegative(childWaiting, "childWaiting");
        nonNegative(householdWaiting, "householdWaiting");
        nonNegative(earlyPermanence, "earlyPermanence");
        if (childWaitHalfPointDays < 1) {
            throw new DomainRuleViolation("OUT_OF_RANGE", "childWaitHalfPointDays",
                    "childWaitHalfPointDays must be at least 1");
        }
        if (householdWaitHalfPointDays < 1) {
            throw new DomainRuleViolation("OUT_OF_RANGE", "householdWaitHalfPointDays",
                    "householdWaitHalfPointDays must be at least 1");
        }
    }

    /**
     * The documented defaults. Waiting carries the most weight (40 of 100) because harder-to-place children
     * and long-approved adopters are the ones the agency's own monitoring says wait longest; the half-point
     * days follow the monitoring thresholds (adopters waiting more than 3 months; children 6 months).
     */
    public static RankingWeights defaults() {
        return new RankingWeights(
                new BigDecimal("20"),
                new BigDecimal("15"),
                new BigDecimal("10"),
                new BigDecimal("25"),
                new BigDecimal("15"),
                new BigDecimal("15"),
                180,
                90);
    }

    private static void nonNegative(BigDecimal weight, String field) {
        Require.present(weight, field);
        if (weight.signum() < 0) {
            throw new DomainRuleViolation("NEGATIVE_WEIGHT", field, field + " must not be negative");
        }
    }
}
