package uk.raa.adopters.messaging;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import uk.raa.adopters.domain.entity.HouseholdEntity;
import uk.raa.adopters.domain.household.AgencyType;
import uk.raa.adopters.domain.household.HouseholdOffer;
import uk.raa.adopters.domain.household.NeedArea;
import uk.raa.adopters.domain.household.NeedLevel;
import uk.raa.adopters.domain.process.ProcessState;

/**
 * Builds {@code household.profile-changed.v1} (schema: common's {@code events/schemas/}): the match profile
 * matching-service keeps for approved households. Never the adopters' names, contact details or address: they are
 * not part of the household's profile and are not read here. A household enters matching's pool at ADM approval, so
 * nothing is published before it (the schema requires the approval date).
 */
public final class HouseholdEvents {

    public static final String PROFILE_CHANGED = "household.profile-changed.v1";
    public static final String AGGREGATE = "household";

    private HouseholdEvents() {
    }

    /** The event's {@code data}; the agency travels in the envelope. */
    public record ProfileChanged(
            UUID householdId,
            String reference,
            int numberOfAdopters,
            String areaOfResidence,
            String recruitingAgency,
            String recruitingAgencyType,
            int childrenCapacity,
            int minAgeYears,
            int maxAgeYears,
            boolean siblingGroupsAccepted,
            Map<NeedArea, NeedLevel> needAcceptance,
            Set<String> excludedAreas,
            boolean earlyPermanenceWilling,
            LocalDate approvalDate,
            String status) {
    }

    /** The published profile of an approved household; empty before approval. */
    public static Optional<ProfileChanged> profileOf(HouseholdEntity household) {
        if (household.approvedOn() == null) {
            return Optional.empty();
        }
        HouseholdOffer offer = household.offer();
        return Optional.of(new ProfileChanged(household.id(), household.reference().value(),
                household.numberOfAdopters(), household.areaOfResidence().code(), household.recruitingAgency().code(),
                agencyType(household.recruitingAgency().type()), offer.numberOfChildren(), offer.minAgeYears(),
                offer.maxAgeYears(), offer.siblingGroupsAccepted(), Map.copyOf(offer.needAcceptance()),
                Set.copyOf(offer.excludedAreas()), offer.earlyPermanence(), household.approvedOn(),
                status(household.processState())));
    }

    /**
     * The event to publish after a change: empty when nothing matching cares about changed (only the adopters'
     * contact details, a REVIEW step, a step before approval).
     */
    public static Optional<ProfileChanged> change(Optional<ProfileChanged> before, Optional<ProfileChanged> after) {
        return after.equals(before) ? Optional.empty() : after;
    }

    /**
     * Matching's status for an approved household. An adoption order ends the household's availability like a
     * placement does, so it stays PLACED; a deregistration takes it out of the pool like a withdrawal.
     */
    static String status(ProcessState state) {
        return switch (state) {
            case ADM_APPROVAL -> "APPROVED_WAITING";
            case MATCHED -> "MATCHED";
            case PLACED, ADOPTION_ORDER -> "PLACED";
            case WITHDRAWN, DEREGISTERED -> "WITHDRAWN";
            default -> throw new IllegalStateException("a household in " + state + " has no approval to publish");
        };
    }

    /**
     * The event's agency types. The household's own agency is a regional adoption agency; the domain does not tell a
     * local authority from another RAA (both pay the same inter-agency fee), so that value is sent as LOCAL_AUTHORITY.
     */
    static String agencyType(AgencyType type) {
        return switch (type) {
            case THIS_AGENCY -> "REGIONAL_ADOPTION_AGENCY";
            case LOCAL_AUTHORITY_OR_RAA -> "LOCAL_AUTHORITY";
            case VOLUNTARY_AGENCY -> "VOLUNTARY_ADOPTION_AGENCY";
        };
    }
}
