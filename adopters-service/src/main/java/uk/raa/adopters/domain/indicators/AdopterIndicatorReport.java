package uk.raa.adopters.domain.indicators;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** Agency-wide and per-area indicators as at one date; {@code byArea} is keyed by area-of-residence code. */
public record AdopterIndicatorReport(
        LocalDate asAt,
        FinancialYear firstYear,
        AdopterIndicators agency,
        Map<String, AdopterIndicators> byArea) {

    public AdopterIndicatorReport {
        byArea = Collections.unmodifiableMap(new TreeMap<>(byArea));
    }
}
