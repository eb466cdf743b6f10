package uk.raa.children.domain.scorecard;

import static uk.raa.children.domain.scorecard.ScorecardRuleViolation.require;

/**
 * The DfE thresholds for one 3-year period: A1 (and A10) in days, A2 in days, and the A3 wait in
 * calendar months.
 */
public record ScorecardThreshold(int a1Days, int a2Days, int a3Months) {

    public ScorecardThreshold {
        require(a1Days > 0, "SCORECARD_THRESHOLD_POSITIVE", "a1Days", "must be positive");
        require(a2Days > 0, "SCORECARD_THRESHOLD_POSITIVE", "a2Days", "must be positive");
        require(a3Months > 0, "SCORECARD_THRESHOLD_POSITIVE", "a3Months", "must be positive");
    }
}
