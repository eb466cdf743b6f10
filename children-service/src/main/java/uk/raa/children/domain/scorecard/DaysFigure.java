package uk.raa.children.domain.scorecard;

import java.util.List;
import java.util.OptionalInt;

/**
 * A mean-days figure (A1, A10 or A2) for one scope and period.
 *
 * @param children              number of children counted (the mean's denominator)
 * @param totalDays             exact sum of the counted days (the mean's numerator)
 * @param meanDays              totalDays / children rounded to the nearest day, halves up; absent for no children
 * @param thresholdDays         the applicable threshold (A1's for A1 and A10), absent before the first threshold
 * @param distanceToThreshold   meanDays - thresholdDays; positive means over the threshold (worse)
 * @param changeFromPrevious    meanDays - previous period's meanDays; negative means faster
 * @param direction             against the same-length period one year earlier; lower is better
 * @param counted               drill-down: each counted child with its dates and days
 * @param excluded              drill-down: adopted children in the period this indicator leaves out, with reason
 */
public record DaysFigure(
        ScorecardIndicator indicator,
        ScorecardScope scope,
        ScorecardPeriod period,
        int children,
        long totalDays,
        OptionalInt meanDays,
        OptionalInt thresholdDays,
        OptionalInt distanceToThreshold,
        OptionalInt changeFromPrevious,
        Direction direction,
        List<ChildDays> counted,
        List<ChildExclusion> excluded) {

    public DaysFigure {
        counted = List.copyOf(counted);
        excluded = List.copyOf(excluded);
    }
}
