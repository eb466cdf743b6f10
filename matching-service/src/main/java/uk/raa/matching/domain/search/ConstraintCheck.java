package uk.raa.matching.domain.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import uk.raa.matching.domain.profile.ChildProfile;
import uk.raa.matching.domain.profile.HouseholdProfile;
import uk.raa.matching.domain.profile.NeedArea;
import uk.raa.matching.domain.profile.NeedLevel;

/** Evaluates every hard constraint for one pairing and lists each failure; an empty list means it is eligible. */
final class ConstraintCheck {

    private ConstraintCheck() {
    }

    static List<FailedConstraint> failures(ChildGroup group, HouseholdProfile household, SearchContext context) {
        List<FailedConstraint> failed = new ArrayList<>(0);
        if (!household.status().availableForMatching()) {
            failed.add(new FailedConstraint(HardConstraint.HOUSEHOLD_NOT_AVAILABLE, null, null,
                    "APPROVED_WAITING", household.status().name(),
                    "the household is not approved and waiting for a match"));
        }
        List<ChildProfile> children = group.children();
        for (int i = 0; i < children.size(); i++) {
            if (context.childrenInActiveMatch().contains(children.get(i).childId())) {
                failed.add(new FailedConstraint(HardConstraint.CHILD_IN_ACTIVE_MATCH, i + 1, null,
                        "no active match", "active match in progress",
                        "child " + (i + 1) + " is already in an active match"));
            }
        }
        if (context.householdsInActiveMatch().contains(household.householdId())) {
            failed.add(new FailedConstraint(HardConstraint.HOUSEHOLD_IN_ACTIVE_MATCH, null, null,
                    "no active match", "active match in progress",
                    "the household is already in an active match"));
        }
        if (group.size() > household.childrenCapacity()) {
            failed.add(new FailedConstraint(HardConstraint.CAPACITY, null, null,
                    "at most " + household.childrenCapacity() + " children", group.size() + " children",
                    "a group of " + group.size() + " children is more than the " + household.childrenCapacity()
                            + " the household can take"));
        }
        if (group.size() > 1 && !household.siblingGroupsAccepted()) {
            failed.add(new FailedConstraint(HardConstraint.SIBLING_GROUP_NOT_ACCEPTED, null, null,
                    "sibling groups accepted", "sibling groups not accepted",
                    "the household does not take sibling groups"));
        }
        for (int i = 0; i < children.size(); i++) {
            int age = group.ageYears()[i];
            if (age < household.minAgeYears() || age > household.maxAgeYears()) {
                failed.add(new FailedConstraint(HardConstraint.AGE_RANGE, i + 1, null,
                        household.minAgeYears() + "-" + household.maxAgeYears() + " years", age + " years",
                        "child " + (i + 1) + " is outside the household's age range"));
            }
        }
        for (int i = 0; i < children.size(); i++) {
            ChildProfile child = children.get(i);
            for (NeedArea area : NeedArea.values()) {
                NeedLevel accepted = household.acceptance(area);
                NeedLevel need = child.need(area);
                if (!accepted.covers(need)) {
                    failed.add(new FailedConstraint(HardConstraint.NEED_LEVEL, i + 1, area,
                            "at most " + accepted, need.name(),
                            "child " + (i + 1) + "'s " + area.name().toLowerCase()
                                    + " need is above the level the household accepts"));
                }
            }
        }
        for (int i = 0; i < children.size(); i++) {
            if (children.get(i).excludedAreas().contains(household.areaOfResidence())) {
                failed.add(new FailedConstraint(HardConstraint.CHILD_EXCLUDES_AREA, i + 1, null,
                        "household not in an area excluded for the child",
                        "household lives in " + household.areaOfResidence(),
                        "child " + (i + 1) + " must not be placed in the area where the household lives"));
            }
        }
        Set<String> reported = new HashSet<>();
        for (int i = 0; i < children.size(); i++) {
            String authority = children.get(i).authorityCode();
            if (household.excludedAreas().contains(authority) && reported.add(authority)) {
                failed.add(new FailedConstraint(HardConstraint.HOUSEHOLD_EXCLUDES_AREA, i + 1, null,
                        "child's authority not excluded by the household", "child's authority is " + authority,
                        "the household has excluded children from " + authority));
            }
        }
        return failed;
    }
}
