package uk.raa.children.domain.scorecard;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScorecardThresholdsTest {

    private final ScorecardThresholds defaults = DefaultScorecardThresholds.fromDomainBrief();

    @Test
    void defaultsAreTheDomainBriefTable() {
        assertEquals(new ScorecardThreshold(639, 213, 21), defaults.applicableTo(ScorecardPeriod.threeYears(2009)).orElseThrow());
        assertEquals(new ScorecardThreshold(608, 182, 20), defaults.applicableTo(ScorecardPeriod.threeYears(2010)).orElseThrow());
        assertEquals(new ScorecardThreshold(547, 152, 20), defaults.applicableTo(ScorecardPeriod.threeYears(2011)).orElseThrow());
        assertEquals(new ScorecardThreshold(487, 121, 18), defaults.applicableTo(ScorecardPeriod.threeYears(2012)).orElseThrow());
        assertEquals(new ScorecardThreshold(426, 121, 14), defaults.applicableTo(ScorecardPeriod.threeYears(2013)).orElseThrow());
        assertEquals(6, defaults.table().size());
    }

    @Test
    void oneYearUsesTheThreeYearPeriodEndingWithIt() {
        // 2014/15 -> 2012-15: 487 / 121 / 18 months ("changed to 18 months in 2014/15").
        assertEquals(new ScorecardThreshold(487, 121, 18), defaults.applicableTo(ScorecardPeriod.oneYear(2014)).orElseThrow());
        // 2013/14 -> 2011-14: 547 / 152 / 20.
        assertEquals(new ScorecardThreshold(547, 152, 20), defaults.applicableTo(ScorecardPeriod.oneYear(2013)).orElseThrow());
    }

    @Test
    void lastRowAppliesOnwardsAndNothingBeforeTheFirst() {
        assertEquals(new ScorecardThreshold(426, 121, 14), defaults.applicableTo(ScorecardPeriod.threeYears(2020)).orElseThrow());
        assertEquals(new ScorecardThreshold(426, 121, 14), defaults.applicableTo(ScorecardPeriod.oneYear(2024)).orElseThrow());
        // 2010/11 -> 2008-11, before the first row (2009-12).
        assertTrue(defaults.applicableTo(ScorecardPeriod.oneYear(2010)).isEmpty());
    }

    @Test
    void tableIsKeyedByThreeYearPeriodsOnly() {
        ScorecardRuleViolation violation = assertThrows(ScorecardRuleViolation.class, () -> new ScorecardThresholds(
                Map.of(ScorecardPeriod.oneYear(2014), new ScorecardThreshold(487, 121, 18))));
        assertEquals("SCORECARD_THRESHOLD_PERIOD", violation.rule());
    }
}
