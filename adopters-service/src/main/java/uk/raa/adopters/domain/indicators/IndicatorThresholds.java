package uk.raa.adopters.domain.indicators;

import uk.raa.adopters.domain.DomainRuleViolation;
import uk.raa.adopters.domain.household.NeedLevel;

/**
 * Reference figures the indicators use; {@link #defaults()} gives the DfE / seed values.
 *
 * @param approvalWithinMonths          "approved within N months of registration" (6)
 * @param a12WaitMonths                 A12: matched after waiting at least N calendar months from approval (3)
 * @param waitingThresholdMonths                waiting more than N months since approval (3, seed 003 s1.12)
 * @param longWaitingThresholdMonths              waiting more than N months since approval (6, seed 003 s1.11)
 * @param narrowAgeRangeYears           an offer whose max age minus min age is below this is a narrow age range (2)
 * @param limitingNeedLevel             a need area accepted only at this level or below limits the match (NONE)
 */
public record IndicatorThresholds(
        int approvalWithinMonths,
        int a12WaitMonths,
        int waitingThresholdMonths,
        int longWaitingThresholdMonths,
        int narrowAgeRangeYears,
        NeedLevel limitingNeedLevel) {

    public IndicatorThresholds {
        positive(approvalWithinMonths, "approvalWithinMonths");
        positive(a12WaitMonths, "a12WaitMonths");
        positive(waitingThresholdMonths, "waitingThresholdMonths");
        positive(longWaitingThresholdMonths, "longWaitingThresholdMonths");
        positive(narrowAgeRangeYears, "narrowAgeRangeYears");
        DomainRuleViolation.require(limitingNeedLevel, "limitingNeedLevel");
    }

    public static IndicatorThresholds defaults() {
        return new IndicatorThresholds(6, 3, 3, 6, 2, NeedLevel.NONE);
    }

    private static void positive(int value, String field) {
        if (value <= 0) {
            throw new DomainRuleViolation(field, "POSITIVE", "must be greater than zero");
        }
    }
}
