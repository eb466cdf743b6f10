package uk.raa.children.domain.scorecard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A3 for one scope and period: how many children moved in with their adoptive family less than
 * {@code thresholdMonths} calendar months after entering care. Unsuppressed; see
 * {@link DisclosureControl} before publishing.
 *
 * @param children            children counted (placed for adoption and adopted in the period): the denominator
 * @param withinThreshold     the numerator
 * @param percentage          100 * withinThreshold / children, one decimal place, halves up; absent for no children
 * @param changeFromPrevious  percentage points against the previous period; absent when not comparable
 */
public record WithinThresholdFigure(
        ScorecardScope scope,
        ScorecardPeriod period,
        int thresholdMonths,
        int children,
        int withinThreshold,
        Optional<BigDecimal> percentage,
        Optional<BigDecimal> changeFromPrevious,
        Direction direction,
        List<ChildWait> counted,
        List<ChildExclusion> excluded) {

    public WithinThresholdFigure {
        counted = List.copyOf(counted);
        excluded = List.copyOf(excluded);
    }

    public ScorecardIndicator indicator() {
        return ScorecardIndicator.A3;
    }
}
