package uk.raa.adopters.domain.household;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import uk.raa.adopters.domain.DomainRuleViolation;

/**
 * What a household can offer a child or children, as stated at approval.
 *
 * @param numberOfChildren      how many children it could take at once, 1-4
 * @param minAgeYears           youngest age considered, in whole years (0-17)
 * @param maxAgeYears           oldest age considered, in whole years (0-17), not below {@code minAgeYears}
 * @param siblingGroupsAccepted whether it would take a sibling group; needs {@code numberOfChildren >= 2}
 * @param needAcceptance        level accepted for every {@link NeedArea}; all four must be stated
 * @param excludedAreas         authority codes it cannot be matched to (e.g. where birth family live)
 * @param earlyPermanence       willing to be considered for early permanence (fostering to adopt / concurrency)
 */
public record HouseholdOffer(
        int numberOfChildren,
        int minAgeYears,
        int maxAgeYears,
        boolean siblingGroupsAccepted,
        Map<NeedArea, NeedLevel> needAcceptance,
        Set<String> excludedAreas,
        boolean earlyPermanence) {

    public static final int MAX_CHILDREN = 4;
    public static final int MAX_AGE_YEARS = 17;

    public HouseholdOffer {
        if (numberOfChildren < 1 || numberOfChildren > MAX_CHILDREN) {
            throw new DomainRuleViolation("offer.numberOfChildren", "RANGE", "must be between 1 and " + MAX_CHILDREN);
        }
        if (minAgeYears < 0 || minAgeYears > MAX_AGE_YEARS) {
            throw new DomainRuleViolation("offer.minAgeYears", "RANGE", "must be between 0 and " + MAX_AGE_YEARS);
        }
        if (maxAgeYears < 0 || maxAgeYears > MAX_AGE_YEARS) {
            throw new DomainRuleViolation("offer.maxAgeYears", "RANGE", "must be between 0 and " + MAX_AGE_YEARS);
        }
        if (minAgeYears > maxAgeYears) {
            throw new DomainRuleViolation("offer.minAgeYears", "MIN_NOT_ABOVE_MAX", "must not be above offer.maxAgeYears");
        }
        if (siblingGroupsAccepted && numberOfChildren < 2) {
            throw new DomainRuleViolation("offer.siblingGroupsAccepted", "NEEDS_TWO_OR_MORE_CHILDREN",
                    "requires offer.numberOfChildren of at least 2");
        }
        DomainRuleViolation.require(needAcceptance, "offer.needAcceptance");
        EnumMap<NeedArea, NeedLevel> needs = new EnumMap<>(NeedArea.class);
        for (NeedArea area : NeedArea.values()) {
            NeedLevel level = needAcceptance.get(area);
            if (level == null) {
                throw new DomainRuleViolation("offer.needAcceptance." + area, "REQUIRED", "is required");
            }
            needs.put(area, level);
        }
        needAcceptance = Collections.unmodifiableMap(needs);
        DomainRuleViolation.require(excludedAreas, "offer.excludedAreas");
        Set<String> excluded = new TreeSet<>();
        for (String code : excludedAreas) {
            if (!AreaOfResidence.isAuthorityCode(code)) {
                throw new DomainRuleViolation("offer.excludedAreas", "AUTHORITY_CODE",
                        "must contain lower-case authority codes only");
            }
            excluded.add(code);
        }
        excludedAreas = Collections.unmodifiableSet(excluded);
    }

    public NeedLevel needLevel(NeedArea area) {
        return needAcceptance.get(area);
    }

    /** Width of the age range in years, e.g. 0-1 gives 1. */
    public int ageRangeYears() {
        return maxAgeYears - minAgeYears;
    }
}
