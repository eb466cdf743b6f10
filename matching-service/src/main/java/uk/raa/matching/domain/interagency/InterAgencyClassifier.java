package uk.raa.matching.domain.interagency;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import uk.raa.matching.domain.lifecycle.Match;
import uk.raa.matching.domain.profile.AgencyType;
import uk.raa.matching.domain.profile.ChildProfile;
import uk.raa.matching.domain.profile.HouseholdProfile;
import uk.raa.matching.domain.rules.DomainRuleViolation;
import uk.raa.matching.domain.rules.Require;

/**
 * Classes a placed match as within the agency, payable or receivable, using membership on the placement date
 * (the date the child moves in is the fee date), and gives each child its sibling position.
 */
public final class InterAgencyClassifier {

    private InterAgencyClassifier() {
    }

    public static InterAgencyAssessment classify(Match match, Collection<ChildProfile> children,
            HouseholdProfile household, AgencyMembership membership) {
        Require.present(match, "match");
        Require.present(household, "household");
        Require.present(membership, "membership");
        if (!match.householdId().equals(household.householdId())) {
            throw new DomainRuleViolation("HOUSEHOLD_NOT_IN_MATCH", "household",
                    "household must be the household of the match");
        }
        LocalDate feeDate = match.placementDate().orElseThrow(() -> new DomainRuleViolation(
                "PLACEMENT_DATE_REQUIRED", "match", "match must be placed before it can be classed"));
        Map<UUID, ChildProfile> byId = new HashMap<>();
        for (ChildProfile child : Require.present(children, "children")) {
            byId.put(child.childId(), child);
        }
        if (!byId.keySet().equals(new HashSet<>(match.childIds()))) {
            throw new DomainRuleViolation("CHILDREN_NOT_MATCH", "children",
                    "children must be exactly the children of the match");
        }
        boolean householdInside = membership.isInsideOn(household.recruitingAgency(), feeDate);
        List<ChildPlacementCharge> charges = new ArrayList<>();
        for (int i = 0; i < match.childIds().size(); i++) {
            ChildProfile child = byId.get(match.childIds().get(i));
            boolean childInside = membership.isMemberOn(child.authorityCode(), feeDate);
            InterAgencyClass interAgencyClass;
            AgencyType feeAgencyType;
            if (childInside && householdInside) {
                interAgencyClass = InterAgencyClass.WITHIN_AGENCY;
                feeAgencyType = null;
            } else if (childInside) {
                interAgencyClass = InterAgencyClass.PAYABLE;
                feeAgencyType = household.recruitingAgencyType();
            } else if (householdInside) {
                // The agency provides the family, so its own type sets the rate it charges.
                interAgencyClass = InterAgencyClass.RECEIVABLE;
                feeAgencyType = membership.agencyType();
            } else {
                throw new DomainRuleViolation("OUTSIDE_AGENCY", "match",
                        "match must involve a child or a household of the agency on the placement date");
            }
            charges.add(new ChildPlacementCharge(child.childId(), interAgencyClass, feeAgencyType,
                    i == 0 ? SiblingPosition.FIRST : SiblingPosition.SECOND_OR_LATER));
        }
        return new InterAgencyAssessment(match.matchId(), feeDate, charges);
    }
}
