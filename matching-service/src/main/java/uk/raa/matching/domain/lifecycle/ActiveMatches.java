package uk.raa.matching.domain.lifecycle;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import uk.raa.matching.domain.rules.DomainRuleViolation;
import uk.raa.matching.domain.rules.Require;

/** Checks over existing matches: each child is in at most one active match. */
public final class ActiveMatches {

    private ActiveMatches() {
    }

    /** Children held by an active match; feed into a search so they are not offered again. */
    public static Set<UUID> childIdsInActiveMatches(Collection<Match> matches) {
        Set<UUID> ids = new HashSet<>();
        for (Match match : Require.present(matches, "matches")) {
            if (match.active()) {
                ids.addAll(match.childIds());
            }
        }
        return Set.copyOf(ids);
    }

    /** Households held by an active match. */
    public static Set<UUID> householdIdsInActiveMatches(Collection<Match> matches) {
        Set<UUID> ids = new HashSet<>();
        for (Match match : Require.present(matches, "matches")) {
            if (match.active()) {
                ids.add(match.householdId());
            }
        }
        return Set.copyOf(ids);
    }

    /** Throws when any of {@code childIds} is already in an active match; names the match, not the child. */
    public static void requireNoActiveMatch(Collection<UUID> childIds, Collection<Match> existingMatches) {
        Require.present(childIds, "childIds");
        for (Match match : Require.present(existingMatches, "existingMatches")) {
            if (match.active() && match.childIds().stream().anyMatch(childIds::contains)) {
                throw new DomainRuleViolation("CHILD_HAS_ACTIVE_MATCH", "childIds",
                        "childIds includes a child already in active match " + match.matchId() + " at stage "
                                + match.stage());
            }
        }
    }
}
