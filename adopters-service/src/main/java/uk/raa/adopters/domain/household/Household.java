package uk.raa.adopters.domain.household;

import java.util.List;

import uk.raa.adopters.domain.DomainRuleViolation;

/**
 * A prospective adoptive household: one or two adopters and what they can offer.
 * The adopters' personal details are a separate type so that every non-restricted view
 * (API listings, indicators, matching explanations) can be built without them.
 */
public record Household(
        HouseholdReference reference,
        List<AdopterPersonalDetails> adopters,
        AreaOfResidence areaOfResidence,
        RecruitingAgency recruitingAgency,
        HouseholdOffer offer,
        FastTrackRoute fastTrackRoute) {

    public Household {
        DomainRuleViolation.require(reference, "reference");
        DomainRuleViolation.require(adopters, "adopters");
        if (adopters.isEmpty() || adopters.size() > 2) {
            throw new DomainRuleViolation("adopters", "ONE_OR_TWO_ADOPTERS", "must list one or two adopters");
        }
        for (int i = 0; i < adopters.size(); i++) {
            DomainRuleViolation.require(adopters.get(i), "adopters[" + i + "]");
        }
        adopters = List.copyOf(adopters);
        DomainRuleViolation.require(areaOfResidence, "areaOfResidence");
        DomainRuleViolation.require(recruitingAgency, "recruitingAgency");
        DomainRuleViolation.require(offer, "offer");
        DomainRuleViolation.require(fastTrackRoute, "fastTrackRoute");
    }

    @Override
    public String toString() {
        // Never print the adopters' details; the reference is enough to find the case.
        return "Household[" + reference + ", area=" + areaOfResidence.code() + "]";
    }
}
