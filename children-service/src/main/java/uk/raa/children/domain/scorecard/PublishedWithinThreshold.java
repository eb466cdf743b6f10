package uk.raa.children.domain.scorecard;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One A3 cell as it may be published. The number of children (the denominator) is always shown, as
 * the number of adoptions is public; the count, percentage and direction only when {@code status} is
 * {@code SHOWN}.
 */
public record PublishedWithinThreshold(
        ScorecardScope scope,
        ScorecardPeriod period,
        int thresholdMonths,
        int children,
        DisclosureStatus status,
        OptionalInt withinThreshold,
        Optional<BigDecimal> percentage,
        Direction direction) {
}
