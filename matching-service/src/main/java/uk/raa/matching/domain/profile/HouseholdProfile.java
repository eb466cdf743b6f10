package uk.raa.matching.domain.profile;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import uk.raa.matching.domain.rules.DomainRuleViolation;
import uk.raa.matching.domain.rules.Require;

/**
 * Matching's projection of an approved adoptive household (adopters-service owns it): what it can offer.
 *
 * @param householdId             the household's id in adopters-service
 * @param reference               the agency's case reference (not a name)
 * @param areaOfResidence         authority code the household lives in, or {@link #OUTSIDE_AGENCY}
 * @param recruitingAgency        code of the agency that approved the household (the RAA itself, a partner
 *                                authority, or another agency)
 * @param recruitingAgencyType    that agency's type; sets the inter-agency fee when the household is external
 * @param childrenCapacity        how many children the household can take at once
 * @param minAgeYears             youngest age accepted, whole years
 * @param maxAgeYears             oldest age accepted, whole years (a child aged {@code max} years and 11 months
 *                                is still inside)
 * @param siblingGroupsAccepted   whether the household will take a sibling group
 * @param needAcceptance          highest need level accepted in every {@link NeedArea}
 * @param excludedAreas           authority codes whose children the household cannot take (e.g. it lives too
 *                                near them)
 * @param earlyPermanenceWilling  whether the household will foster for adoption or take concurrent planning
 * @param approvalDate            ADM approval date; household waiting starts here
 * @param status                  where the household stands
 */
public record HouseholdProfile(
        UUID householdId,
        String reference,
        String areaOfResidence,
        String recruitingAgency,
        AgencyType recruitingAgencyType,
        int childrenCapacity,
        int minAgeYears,
        int maxAgeYears,
        boolean siblingGroupsAccepted,
        Map<NeedArea, NeedLevel> needAcceptance,
        Set<String> excludedAreas,
        boolean earlyPermanenceWilling,
        LocalDate approvalDate,
        HouseholdStatus status) {

    /** Area of residence for a household living outside every authority the agency serves. */
    public static final String OUTSIDE_AGENCY = "OUTSIDE_AGENCY";

    /** Adoption ends at 18; ages above 17 cannot be offered. */
    private static final int OLDEST_ADOPTABLE_AGE = 17;

    public HouseholdProfile {
        Require.present(householdId, "householdId");
        Require.notBlank(reference, "reference");
        Require.notBlank(areaOfResidence, "areaOfResidence");
        Require.notBlank(recruitingAgency, "recruitingAgency");
        Require.present(recruitingAgencyType, "recruitingAgencyType");
        if (childrenCapacity < 1) {
            throw new DomainRuleViolation("OUT_OF_RANGE", "childrenCapacity", "childrenCapacity must be at least 1");
        }
        Require.between(minAgeYears, 0, OLDEST_ADOPTABLE_AGE, "minAgeYears");
        Require.between(maxAgeYears, 0, OLDEST_ADOPTABLE_AGE, "maxAgeYears");
        if (maxAgeYears < minAgeYears) {
            throw new DomainRuleViolation("AGE_RANGE_INVERTED", "maxAgeYears",
                    "maxAgeYears must not be below minAgeYears");
        }
        if (siblingGroupsAccepted && childrenCapacity < 2) {
            throw new DomainRuleViolation("SIBLINGS_NEED_CAPACITY", "siblingGroupsAccepted",
                    "siblingGroupsAccepted requires childrenCapacity of at least 2");
        }
        needAcceptance = NeedProfile.complete(needAcceptance, "needAcceptance");
        excludedAreas = excludedAreas == null ? Set.of() : Set.copyOf(excludedAreas);
        Require.present(approvalDate, "approvalDate");
        Require.present(status, "status");
    }

    public NeedLevel acceptance(NeedArea area) {
        return needAcceptance.get(area);
    }

    public boolean livesOutsideAgency() {
        return OUTSIDE_AGENCY.equals(areaOfResidence);
    }
}
