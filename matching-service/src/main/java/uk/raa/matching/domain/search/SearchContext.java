package uk.raa.matching.domain.search;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import uk.raa.matching.domain.rules.Require;

/**
 * What a search is evaluated against: the as-at date (ages and waiting times are taken on it) and who is
 * already in an active match (a link, panel, decided match, introductions or placement still open).
 */
public record SearchContext(LocalDate asAt, Set<UUID> childrenInActiveMatch, Set<UUID> householdsInActiveMatch) {

    public SearchContext {
        Require.present(asAt, "asAt");
        childrenInActiveMatch = childrenInActiveMatch == null ? Set.of() : Set.copyOf(childrenInActiveMatch);
        householdsInActiveMatch = householdsInActiveMatch == null ? Set.of() : Set.copyOf(householdsInActiveMatch);
    }

    public static SearchContext asAt(LocalDate asAt) {
        return new SearchContext(asAt, Set.of(), Set.of());
    }
}
