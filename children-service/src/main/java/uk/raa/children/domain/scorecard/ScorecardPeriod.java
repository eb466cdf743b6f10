package uk.raa.children.domain.scorecard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A scorecard period: one financial year (1 April to 31 March) or three consecutive financial years
 * ending 31 March. {@code firstYear} is the calendar year in which the period starts, so
 * {@code oneYear(2014)} is 2014/15 and {@code threeYears(2012)} is 2012-15.
 */
public record ScorecardPeriod(int firstYear, int years) {

    public ScorecardPeriod {
        ScorecardRuleViolation.require(years == 1 || years == 3, "SCORECARD_PERIOD_LENGTH", "years",
                "a scorecard period is 1 or 3 financial years");
        ScorecardRuleViolation.require(firstYear >= 1900 && firstYear <= 9000, "SCORECARD_PERIOD_YEAR", "firstYear",
                "is outside the supported range");
    }

    /** The financial year starting 1 April {@code startYear}. */
    public static ScorecardPeriod oneYear(int startYear) {
        return new ScorecardPeriod(startYear, 1);
    }

    /** The three financial years starting 1 April {@code firstStartYear}. */
    public static ScorecardPeriod threeYears(int firstStartYear) {
        return new ScorecardPeriod(firstStartYear, 3);
    }

    /** The financial year a date falls in: 1 April starts a new year. */
    public static ScorecardPeriod financialYearOf(LocalDate date) {
        return oneYear(date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1);
    }

    public LocalDate startDate() {
        return LocalDate.of(firstYear, 4, 1);
    }

    /** Inclusive last day, 31 March. */
    public LocalDate endDate() {
        return LocalDate.of(firstYear + years, 3, 31);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(startDate()) && !date.isAfter(endDate());
    }

    public boolean isOneYear() {
        return years == 1;
    }

    /** The financial years that make up this period, oldest first. */
    public List<ScorecardPeriod> financialYears() {
        List<ScorecardPeriod> result = new ArrayList<>(years);
        for (int i = 0; i < years; i++) {
            result.add(oneYear(firstYear + i));
        }
        return List.copyOf(result);
    }

    /** The same-length period ending one year earlier (for the direction of travel). */
    public ScorecardPeriod previous() {
        return new ScorecardPeriod(firstYear - 1, years);
    }

    /** Thresholds are set per 3-year period; a 1-year figure is judged against the 3 years ending with it. */
    public ScorecardPeriod thresholdPeriod() {
        return threeYears(firstYear + years - 3);
    }

    /** "2014/15" for a financial year, "2012-15" for three years. */
    public String label() {
        int lastYear = firstYear + years;
        String lastTwoDigits = String.format("%02d", lastYear % 100);
        return isOneYear() ? firstYear + "/" + lastTwoDigits : firstYear + "-" + lastTwoDigits;
    }

    @Override
    public String toString() {
        return label();
    }
}
