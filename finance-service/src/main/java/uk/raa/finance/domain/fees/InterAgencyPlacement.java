package uk.raa.finance.domain.fees;

import java.time.LocalDate;

import uk.raa.finance.domain.partnership.AuthorityCode;
import uk.raa.finance.domain.rules.DomainRuleViolation;

/**
 * The facts about a placement that decide its inter-agency fee; no personal data.
 *
 * @param movedIn                   the fee date: the day the child moves in with the adopters
 * @param childAuthority            the local authority responsible for the child
 * @param childAgencyType           the type of agency placing the child when it is not a member's child
 *                                  (LOCAL_AUTHORITY or RAA); may be null for a member's child
 * @param householdApprovedByAgency whether this agency approved the adopters
 * @param householdAgencyType       the type of agency that approved the adopters otherwise; null if this agency did
 * @param siblingPosition           first child of the group, or second and later
 * @param london                    whether the London rate applies to the counterpart
 */
public record InterAgencyPlacement(LocalDate movedIn, AuthorityCode childAuthority, AgencyType childAgencyType,
                                   boolean householdApprovedByAgency, AgencyType householdAgencyType,
                                   SiblingPosition siblingPosition, boolean london) {

    public InterAgencyPlacement {
        DomainRuleViolation.required(movedIn, "movedIn");
        DomainRuleViolation.required(childAuthority, "childAuthority");
        DomainRuleViolation.required(siblingPosition, "siblingPosition");
        if (householdApprovedByAgency) {
            DomainRuleViolation.require(householdAgencyType == null, "household-agency-type-only-if-external",
                    "householdAgencyType", "an agency household has no external agency type");
        } else {
            DomainRuleViolation.required(householdAgencyType, "householdAgencyType");
        }
    }

    public static InterAgencyPlacement withAgencyHousehold(LocalDate movedIn, AuthorityCode childAuthority,
                                                           AgencyType childAgencyType, SiblingPosition position,
                                                           boolean london) {
        return new InterAgencyPlacement(movedIn, childAuthority, childAgencyType, true, null, position, london);
    }

    public static InterAgencyPlacement withExternalHousehold(LocalDate movedIn, AuthorityCode childAuthority,
                                                             AgencyType householdAgencyType,
                                                             SiblingPosition position, boolean london) {
        return new InterAgencyPlacement(movedIn, childAuthority, null, false, householdAgencyType, position, london);
    }
}
