package uk.raa.matching.domain.search;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import uk.raa.matching.domain.profile.ChildProfile;
import uk.raa.matching.domain.profile.HouseholdProfile;
import uk.raa.matching.domain.profile.NeedArea;

/**
 * Scores an eligible pairing on the soft criteria. Every criterion is its weight times an exact fraction in
 * [0, 1], rounded half up to two places once; the score is the sum of those rounded points, so an explanation
 * always adds up to its score. Formulas are in docs/matching.md.
 */
final class FitScoring {

    private static final int HIGHEST_MARGIN = 3;
    private static final int MONTHS_IN_HALF_YEAR = 6;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final RankingWeights weights;

    FitScoring(RankingWeights weights) {
        this.weights = weights;
    }

    /** Assumes the pairing passed {@link ConstraintCheck}. */
    List<CriterionScore> score(ChildGroup group, HouseholdProfile household, long householdWaitingDays) {
        return List.of(
                needsMargin(group, household),
                ageFit(group, household),
                capacityFit(group, household),
                childWaiting(group),
                householdWaiting(householdWaitingDays),
                earlyPermanence(group, household));
    }

    static BigDecimal total(List<CriterionScore> criteria) {
        BigDecimal sum = BigDecimal.ZERO.setScale(2);
        for (CriterionScore criterion : criteria) {
            sum = sum.add(criterion.points());
        }
        return sum;
    }

    private CriterionScore needsMargin(ChildGroup group, HouseholdProfile household) {
        long margin = 0;
        for (ChildProfile child : group.children()) {
            for (NeedArea area : NeedArea.values()) {
                margin += Math.max(0, household.acceptance(area).marginOver(child.need(area)));
            }
        }
        long possible = (long) HIGHEST_MARGIN * NeedArea.values().length * group.size();
        return new CriterionScore(ScoreCriterion.NEEDS_MARGIN, points(weights.needsMargin(), margin, possible),
                weights.needsMargin(),
                "the household's accepted need levels are " + margin + " of a possible " + possible
                        + " levels above the assessed needs");
    }

    private CriterionScore ageFit(ChildGroup group, HouseholdProfile household) {
        // The range in whole years covers up to the day before the (max + 1)th birthday, so measure in months.
        long halfWidth = (long) (household.maxAgeYears() + 1 - household.minAgeYears()) * MONTHS_IN_HALF_YEAR;
        long centre = (long) (household.minAgeYears() + household.maxAgeYears() + 1) * MONTHS_IN_HALF_YEAR;
        long closeness = 0;
        for (long months : group.ageMonths()) {
            closeness += Math.max(0, halfWidth - Math.abs(months - centre));
        }
        long possible = halfWidth * group.size();
        return new CriterionScore(ScoreCriterion.AGE_FIT, points(weights.ageFit(), closeness, possible),
                weights.ageFit(),
                (group.size() > 1 ? "the children's ages are " : "the child's age is ") + percent(closeness, possible)
                        + "% of the way from the edge to the centre of the household's age range");
    }

    private CriterionScore capacityFit(ChildGroup group, HouseholdProfile household) {
        int capacity = household.childrenCapacity();
        String reason = group.size() > 1
                ? "a sibling group of " + group.size() + " fills " + group.size() + " of the " + capacity
                        + " places the household offers, and the household takes sibling groups"
                : "one child fills 1 of the " + capacity + " places the household offers";
        return new CriterionScore(ScoreCriterion.CAPACITY_FIT, points(weights.capacityFit(), group.size(), capacity),
                weights.capacityFit(), reason);
    }

    private CriterionScore childWaiting(ChildGroup group) {
        long days = group.waitingDays();
        int half = weights.childWaitHalfPointDays();
        return new CriterionScore(ScoreCriterion.CHILD_WAITING, points(weights.childWaiting(), days, days + half),
                weights.childWaiting(),
                (group.size() > 1 ? "the longest-waiting child has waited " : "the child has waited ") + days
                        + " days since becoming available (half the points at " + half + " days)");
    }

    private CriterionScore householdWaiting(long days) {
        int half = weights.householdWaitHalfPointDays();
        return new CriterionScore(ScoreCriterion.HOUSEHOLD_WAITING,
                points(weights.householdWaiting(), days, days + half), weights.householdWaiting(),
                "the household has waited " + days + " days since approval (half the points at " + half + " days)");
    }

    private CriterionScore earlyPermanence(ChildGroup group, HouseholdProfile household) {
        boolean fits = !group.earlyPermanenceWanted() || household.earlyPermanenceWilling();
        String reason;
        if (!group.earlyPermanenceWanted()) {
            reason = "early permanence is not part of the plan";
        } else if (household.earlyPermanenceWilling()) {
            reason = "early permanence is wanted and the household is willing";
        } else {
            reason = "early permanence is wanted but the household is not willing";
        }
        return new CriterionScore(ScoreCriterion.EARLY_PERMANENCE,
                points(weights.earlyPermanence(), fits ? 1 : 0, 1), weights.earlyPermanence(), reason);
    }

    private static BigDecimal points(BigDecimal weight, long numerator, long denominator) {
        return weight.multiply(BigDecimal.valueOf(numerator))
                .divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
    }

    private static String percent(long numerator, long denominator) {
        return HUNDRED.multiply(BigDecimal.valueOf(numerator))
                .divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP).toPlainString();
    }
}
