package uk.raa.matching.rest;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.raa.matching.domain.profile.NeedArea;
import uk.raa.matching.domain.profile.NeedLevel;

/** What a partner authority may see of a household linked to its child: never names, contacts or background. */
@Schema(name = "HouseholdMatchProfile")
public record HouseholdMatchProfile(
        @Schema(example = "0c8d7c3e-6f0a-4b55-8f0e-2d7c1c9e4a21") UUID householdId,
        @Schema(example = "HH-2024-017") String reference,
        @Schema(example = "2") int numberOfAdopters,
        @Schema(example = "warwickshire") String areaOfResidence,
        Offer offer,
        @Schema(example = "2024-06-12") LocalDate approvalDate) {

    /** What the household can offer. */
    @Schema(name = "HouseholdOffer")
    public record Offer(
            @Schema(example = "2") int childrenCapacity,
            @Schema(example = "0") int minAgeYears,
            @Schema(example = "6") int maxAgeYears,
            @Schema(example = "true") boolean siblingGroupsAccepted,
            Map<NeedArea, NeedLevel> needAcceptance,
            @Schema(example = "true") boolean earlyPermanenceWilling) {
    }
}
