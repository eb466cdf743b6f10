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

/**
 * Builds {@code household.profile-changed.v1}: what matching-service needs to know about a household (its match
 * profile, status and approval date). Never the adopters' names, contact details or address: those are not part of
 * the household's profile and are not read here.
 */
public final class HouseholdEvents {

    public static final String PROFILE_CHANGED = "household.profile-changed.v1";

    private HouseholdEvents() {
    }

    /** The event's {@code data}. */
    public record ProfileChanged(
            UUID householdId,
            String reference,
            String agency,
            String areaOfResidence,
            String recruitingAgency,
            AgencyType recruitingAgencyType,
            Offer offer,
            String status,
            LocalDate approvalDate) {
    }

    /** The household's offer as published. */
    public record Offer(
            int numberOfChildren,
            int minAgeYears,
            int maxAgeYears,
            boolean siblingGroupsAccepted,
            Map<NeedArea, NeedLevel> needAcceptance,
            Set<String> excludedAreas,
            boolean earlyPermanence) {

        static Offer of(HouseholdOffer offer) {
            return new Offer(offer.numberOfChildren(), offer.minAgeYears(), offer.maxAgeYears(),
                    offer.siblingGroupsAccepted(), Map.copyOf(offer.needAcceptance()), Set.copyOf(offer.excludedAreas()),
                    offer.earlyPermanence());
        }
    }

    public static ProfileChanged profileOf(HouseholdEntity household) {
        return new ProfileChanged(household.id(), household.reference().value(), household.agency(),
                household.areaOfResidence().code(), household.recruitingAgency().code(),
                household.recruitingAgency().type(), Offer.of(household.offer()), household.processState().name(),
                household.approvedOn());
    }

    /**
     * The event to publish after a change: empty when nothing matching cares about changed (for example only the
     * adopters' contact details, or a REVIEW step). {@code before} is null for a new household.
     */
    public static Optional<ProfileChanged> change(ProfileChanged before, ProfileChanged after) {
        return after.equals(before) ? Optional.empty() : Optional.of(after);
    }
}
