package uk.raa.matching.domain.search;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import uk.raa.matching.domain.profile.ChildProfile;
import uk.raa.matching.domain.rules.DomainRuleViolation;
import uk.raa.matching.domain.rules.Require;

/**
 * A child, or a sibling group searched for as one unit, with the facts a search needs taken once at the as-at
 * date: ages and the group's waiting time (that of its longest-waiting child).
 */
record ChildGroup(
        UUID unitId,
        List<ChildProfile> children,
        int[] ageYears,
        long[] ageMonths,
        long waitingDays,
        boolean earlyPermanenceWanted) {

    static ChildGroup of(List<ChildProfile> children, LocalDate asAt) {
        Require.notEmpty(children, "children");
        Set<UUID> ids = new HashSet<>();
        UUID groupId = children.get(0).siblingGroupId();
        int[] years = new int[children.size()];
        long[] months = new long[children.size()];
        long waiting = 0;
        boolean earlyPermanence = false;
        for (int i = 0; i < children.size(); i++) {
            ChildProfile child = Require.present(children.get(i), "children");
            if (!ids.add(child.childId())) {
                throw new DomainRuleViolation("DUPLICATE_CHILD", "children", "children must not repeat a child");
            }
            if (children.size() > 1 && (groupId == null || !Objects.equals(groupId, child.siblingGroupId()))) {
                throw new DomainRuleViolation("NOT_ONE_SIBLING_GROUP", "children",
                        "children searched together must all belong to the same sibling group");
            }
            if (child.dateOfBirth().isAfter(asAt)) {
                throw new DomainRuleViolation("BORN_AFTER_AS_AT", "asAt",
                        "asAt must not be before a child's date of birth");
            }
            Period age = Period.between(child.dateOfBirth(), asAt);
            years[i] = age.getYears();
            months[i] = age.toTotalMonths();
            waiting = Math.max(waiting, daysWaited(child.availableSince(), asAt));
            earlyPermanence |= child.earlyPermanenceWanted();
        }
        UUID unitId = children.size() > 1 ? groupId : children.get(0).childId();
        return new ChildGroup(unitId, List.copyOf(children), years, months, waiting, earlyPermanence);
    }

    /** Whole days from {@code since} to {@code asAt}; nobody has waited a negative time. */
    static long daysWaited(LocalDate since, LocalDate asAt) {
        return Math.max(0, ChronoUnit.DAYS.between(since, asAt));
    }

    int size() {
        return children.size();
    }

    List<UUID> childIds() {
        return children.stream().map(ChildProfile::childId).toList();
    }
}
