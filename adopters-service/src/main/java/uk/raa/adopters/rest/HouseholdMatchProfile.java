package uk.raa.adopters.rest;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.raa.adopters.domain.household.NeedArea;
import uk.raa.adopters.domain.household.NeedLevel;

/**
 * What a council sees of a household linked to a match with one of its children: the match profile only. Never
 * names, contact details, addresses, health or background.
 */
@Schema(name = "HouseholdMatchProfile")
public record HouseholdMatchProfile(
        @Schema(example = "0f9a7c52-3c55-4d55-9a0e-5f1f0e8c2b11") UUID id,
        @Schema(example = "ACE-H-2024-017") String householdReference,
        @Schema(example = "2") int numberOfAdopters,
        @Schema(example = "warwickshire") String areaOfResidence,
        ProfileOffer offer,
        @Schema(example = "2024-09-12") LocalDate approvalDate) {

    @Schema(name = "HouseholdMatchProfileOffer")
    public record ProfileOffer(
            @Schema(example = "2") int numberOfChildren,
            @Schema(example = "0") int minAgeYears,
            @Schema(example = "4") int maxAgeYears,
            @Schema(example = "true") boolean siblingGroupsAccepted,
            @Schema(example = "{\"HEALTH\":\"MEDIUM\",\"DEVELOPMENT\":\"LOW\",\"BEHAVIOUR\":\"LOW\",\"EDUCATION\":\"NONE\"}")
            Map<NeedArea, NeedLevel> needAcceptance) {
    }
}
