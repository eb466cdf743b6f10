package uk.raa.children.domain.scorecard;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScorecardPeriodTest {

    @Test
    void financialYearRunsFromFirstAprilToThirtyFirstMarch() {
        ScorecardPeriod year = ScorecardPeriod.oneYear(2014);
        assertEquals(LocalDate.of(2014, 4, 1), year.startDate());
        assertEquals(LocalDate.of(2015, 3, 31), year.endDate());
        assertEquals("2014/15", year.label());
    }

    @Test
    void anOrderOnFirstAprilBelongsToTheNextYear() {
        assertEquals(ScorecardPeriod.oneYear(2015), ScorecardPeriod.financialYearOf(LocalDate.of(2015, 4, 1)));
        assertEquals(ScorecardPeriod.oneYear(2014), ScorecardPeriod.financialYearOf(LocalDate.of(2015, 3, 31)));
        assertFalse(ScorecardPeriod.oneYear(2014).contains(LocalDate.of(2015, 4, 1)));
        assertTrue(ScorecardPeriod.oneYear(2015).contains(LocalDate.of(2015, 4, 1)));
    }

    @Test
    void threeYearPeriodIsThreeFinancialYearsEndingThirtyFirstMarch() {
        ScorecardPeriod period = ScorecardPeriod.threeYears(2012);
        assertEquals("2012-15", period.label());
        assertEquals(LocalDate.of(2012, 4, 1), period.startDate());
        assertEquals(LocalDate.of(2015, 3, 31), period.endDate());
        assertEquals(List.of(ScorecardPeriod.oneYear(2012), ScorecardPeriod.oneYear(2013), ScorecardPeriod.oneYear(2014)),
                period.financialYears());
        assertEquals(ScorecardPeriod.threeYears(2011), period.previous());
    }

    @Test
    void oneYearIsJudgedAgainstTheThreeYearsEndingWithIt() {
        // 2014/15 ends 31 March 2015, as does 2012-15.
        assertEquals(ScorecardPeriod.threeYears(2012), ScorecardPeriod.oneYear(2014).thresholdPeriod());
        assertEquals(ScorecardPeriod.threeYears(2012), ScorecardPeriod.threeYears(2012).thresholdPeriod());
    }

    @Test
    void onlyOneOrThreeYearPeriodsExist() {
        ScorecardRuleViolation violation = assertThrows(ScorecardRuleViolation.class, () -> new ScorecardPeriod(2014, 2));
        assertEquals("SCORECARD_PERIOD_LENGTH", violation.rule());
        assertEquals("years", violation.field());
    }
}
