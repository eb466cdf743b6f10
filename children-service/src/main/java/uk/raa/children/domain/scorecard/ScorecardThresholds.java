package uk.raa.children.domain.scorecard;

import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

import static uk.raa.children.domain.scorecard.ScorecardRuleViolation.require;

/**
 * Reference table of thresholds keyed by 3-year period. A period with no entry of its own uses the
 * latest entry that starts before it, so the last row applies "onwards"; a period before the first
 * row has no threshold.
 */
public final class ScorecardThresholds {

    private final NavigableMap<Integer, ScorecardThreshold> byFirstYear;

    public ScorecardThresholds(Map<ScorecardPeriod, ScorecardThreshold> table) {
        require(table != null && !table.isEmpty(), "SCORECARD_THRESHOLDS_EMPTY", "thresholds",
                "at least one 3-year period is needed");
        NavigableMap<Integer, ScorecardThreshold> sorted = new TreeMap<>();
        table.forEach((period, threshold) -> {
            require(period != null && !period.isOneYear(), "SCORECARD_THRESHOLD_PERIOD", "thresholds",
                    "thresholds are keyed by 3-year periods");
            require(threshold != null, "SCORECARD_REQUIRED_FIELD", "thresholds", "a threshold is required");
            sorted.put(period.firstYear(), threshold);
        });
        this.byFirstYear = Collections.unmodifiableNavigableMap(sorted);
    }

    /** The thresholds a figure for {@code period} is judged against (a 1-year period uses the 3 years ending with it). */
    public Optional<ScorecardThreshold> applicableTo(ScorecardPeriod period) {
        Map.Entry<Integer, ScorecardThreshold> entry = byFirstYear.floorEntry(period.thresholdPeriod().firstYear());
        return entry == null ? Optional.empty() : Optional.of(entry.getValue());
    }

    /** The table as given, keyed by 3-year period, oldest first. */
    public NavigableMap<ScorecardPeriod, ScorecardThreshold> table() {
        NavigableMap<ScorecardPeriod, ScorecardThreshold> copy =
                new TreeMap<>((a, b) -> Integer.compare(a.firstYear(), b.firstYear()));
        byFirstYear.forEach((year, threshold) -> copy.put(ScorecardPeriod.threeYears(year), threshold));
        return Collections.unmodifiableNavigableMap(copy);
    }
}
