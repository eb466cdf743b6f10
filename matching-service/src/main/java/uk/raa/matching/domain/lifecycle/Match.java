package uk.raa.matching.domain.lifecycle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import uk.raa.matching.domain.profile.ChildProfile;
import uk.raa.matching.domain.rules.DomainRuleViolation;
import uk.raa.matching.domain.rules.Require;

/**
 * A match between a household and one or more children, from link to its outcome. Immutable: each step
 * returns a new match with the step appended to its history. People make every step; nothing here advances
 * on its own.
 *
 * @param matchId                  the match
 * @param householdId              the household
 * @param childIds                 the children, in the order recorded (their sibling positions for fees)
 * @param siblingsApart            siblings of these children deliberately not in this match
 * @param siblingSeparationReason  why, when {@code siblingsApart} is not empty; otherwise null
 * @param history                  every stage entered, oldest first; the last is the current stage
 */
public record Match(
        UUID matchId,
        UUID householdId,
        List<UUID> childIds,
        List<UUID> siblingsApart,
        String siblingSeparationReason,
        List<StageEntry> history) {

    public Match {
        Require.present(matchId, "matchId");
        Require.present(householdId, "householdId");
        childIds = List.copyOf(Require.notEmpty(childIds, "childIds"));
        if (new HashSet<>(childIds).size() != childIds.size()) {
            throw new DomainRuleViolation("DUPLICATE_CHILD", "childIds", "childIds must not repeat a child");
        }
        siblingsApart = siblingsApart == null ? List.of() : List.copyOf(siblingsApart);
        if (!siblingsApart.isEmpty()) {
            Require.notBlank(siblingSeparationReason, "siblingSeparationReason");
        } else if (siblingSeparationReason != null) {
            throw new DomainRuleViolation("REASON_NOT_EXPECTED", "siblingSeparationReason",
                    "siblingSeparationReason is only recorded when siblings are matched apart");
        }
        history = List.copyOf(Require.notEmpty(history, "history"));
        if (history.get(0).stage() != MatchStage.LINK) {
            throw new DomainRuleViolation("MATCH_STARTS_AS_LINK", "history", "history must start with LINK");
        }
        for (int i = 1; i < history.size(); i++) {
            StageEntry previous = history.get(i - 1);
            StageEntry entry = history.get(i);
            if (!previous.stage().canMoveTo(entry.stage())) {
                throw new InvalidMatchTransition(previous.stage(), entry.stage());
            }
            requireNotBefore(entry.date(), previous);
        }
    }

    /**
     * Opens a link. Each child may be in only one active match, and a sibling group is matched together unless
     * the request records which siblings stay apart and why.
     */
    public static Match link(LinkRequest request, Collection<Match> existingMatches, LocalDate today) {
        Require.present(request, "request");
        Require.present(today, "today");
        requireNotFuture(request.linkDate(), today);
        List<UUID> childIds = request.children().stream().map(ChildProfile::childId).toList();
        ActiveMatches.requireNoActiveMatch(childIds, existingMatches);
        List<UUID> apart = siblingsLeftOut(request.children(), request.knownSiblings());
        if (!apart.isEmpty() && (request.separationReason() == null || request.separationReason().isBlank())) {
            throw new DomainRuleViolation("SIBLINGS_MATCHED_TOGETHER", "separationReason",
                    "separationReason is required when " + apart.size()
                            + " sibling(s) of the group are not in the match");
        }
        return new Match(request.matchId(), request.householdId(), childIds, apart,
                apart.isEmpty() ? null : request.separationReason(),
                List.of(new StageEntry(MatchStage.LINK, request.linkDate(), null)));
    }

    public MatchStage stage() {
        return history.get(history.size() - 1).stage();
    }

    public boolean active() {
        return stage().active();
    }

    /** The ADM match decision date (SSDA903 DATE_MATCH), once decided. */
    public Optional<LocalDate> matchDate() {
        return dateOf(MatchStage.MATCH_DECIDED);
    }

    /** The date the children moved in as an adoptive placement, once placed. */
    public Optional<LocalDate> placementDate() {
        return dateOf(MatchStage.PLACED);
    }

    public Optional<LocalDate> dateOf(MatchStage stage) {
        return history.stream().filter(e -> e.stage() == stage).map(StageEntry::date).findFirst();
    }

    public Match recommendAtPanel(LocalDate panelDate, LocalDate today) {
        return advance(MatchStage.PANEL_RECOMMENDED, panelDate, null, today);
    }

    public Match decide(LocalDate admDecisionDate, LocalDate today) {
        return advance(MatchStage.MATCH_DECIDED, admDecisionDate, null, today);
    }

    public Match startIntroductions(LocalDate introductionsDate, LocalDate today) {
        return advance(MatchStage.INTRODUCTIONS, introductionsDate, null, today);
    }

    public Match place(LocalDate placementDate, LocalDate today) {
        return advance(MatchStage.PLACED, placementDate, null, today);
    }

    /** Records the adoption order reported by children-service. */
    public Match recordAdoptionOrder(LocalDate orderDate, LocalDate today) {
        return advance(MatchStage.ADOPTED, orderDate, null, today);
    }

    public Match disrupt(LocalDate disruptionDate, String reason, LocalDate today) {
        return advance(MatchStage.DISRUPTED, disruptionDate, reason, today);
    }

    public Match withdraw(LocalDate withdrawalDate, String reason, LocalDate today) {
        return advance(MatchStage.WITHDRAWN, withdrawalDate, reason, today);
    }

    /** Moves to {@code target} on {@code date}: allowed from the current stage, not before it, not in the future. */
    public Match advance(MatchStage target, LocalDate date, String reason, LocalDate today) {
        Require.present(target, "stage");
        Require.present(date, "date");
        Require.present(today, "today");
        if (!stage().canMoveTo(target)) {
            throw new InvalidMatchTransition(stage(), target);
        }
        requireNotFuture(date, today);
        requireNotBefore(date, history.get(history.size() - 1));
        List<StageEntry> next = new ArrayList<>(history);
        next.add(new StageEntry(target, date, reason));
        return new Match(matchId, householdId, childIds, siblingsApart, siblingSeparationReason, next);
    }

    private static List<UUID> siblingsLeftOut(List<ChildProfile> children, Collection<ChildProfile> knownSiblings) {
        Set<UUID> groups = new HashSet<>();
        Set<UUID> included = new HashSet<>();
        for (ChildProfile child : children) {
            included.add(child.childId());
            if (child.siblingGroupId() != null) {
                groups.add(child.siblingGroupId());
            }
        }
        return knownSiblings.stream()
                .filter(s -> s.siblingGroupId() != null && groups.contains(s.siblingGroupId()))
                .map(ChildProfile::childId)
                .filter(id -> !included.contains(id))
                .distinct()
                .sorted((a, b) -> a.toString().compareTo(b.toString()))
                .toList();
    }

    private static void requireNotFuture(LocalDate date, LocalDate today) {
        if (date.isAfter(today)) {
            throw new DomainRuleViolation("DATE_IN_FUTURE", "date", "date must not be in the future");
        }
    }

    private static void requireNotBefore(LocalDate date, StageEntry previous) {
        if (date.isBefore(previous.date())) {
            throw new DomainRuleViolation("DATE_BEFORE_PREVIOUS_STAGE", "date",
                    "date must not be before the " + previous.stage() + " date");
        }
    }
}
