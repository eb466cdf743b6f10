package uk.raa.matching.domain.search;

import java.time.LocalDate;
import java.util.List;

/** Households ranked for one child or sibling group; a suggestion for people to decide on, never a match. */
public record HouseholdRanking(LocalDate asAt, List<RankedHousehold> ranked, List<ExcludedHousehold> excluded) {

    public HouseholdRanking {
        ranked = List.copyOf(ranked);
        excluded = List.copyOf(excluded);
    }
}
