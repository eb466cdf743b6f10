package uk.raa.matching.domain.search;

import java.time.LocalDate;
import java.util.List;

/** Children (sibling groups as units) ranked for one household; a suggestion, never a match. */
public record ChildRanking(LocalDate asAt, List<RankedChildren> ranked, List<ExcludedChildren> excluded) {

    public ChildRanking {
        ranked = List.copyOf(ranked);
        excluded = List.copyOf(excluded);
    }
}
