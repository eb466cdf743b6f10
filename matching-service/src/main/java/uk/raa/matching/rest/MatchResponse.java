package uk.raa.matching.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.raa.matching.domain.interagency.InterAgencyClass;
import uk.raa.matching.domain.interagency.SiblingPosition;
import uk.raa.matching.domain.lifecycle.MatchStage;
import uk.raa.matching.domain.profile.AgencyType;

@Schema(name = "Match")
public record MatchResponse(
        @Schema(example = "5b1e2f3a-4c5d-4e6f-8a9b-0c1d2e3f4a5b") UUID id,
        @Schema(example = "PLACED") MatchStage stage,
        @Schema(example = "true") boolean active,
        @Schema(example = "0c8d7c3e-6f0a-4b55-8f0e-2d7c1c9e4a21") UUID householdId,
        @Schema(description = "The household's match profile; absent when you may not see it") HouseholdMatchProfile household,
        @Schema(description = "The children you may see, in the match's order") List<ChildInMatch> children,
        @Schema(description = "Agency staff only: siblings deliberately matched apart") List<UUID> siblingsApart,
        @Schema(description = "Agency staff only", example = "the older sibling's plan is long-term fostering")
        String separationReason,
        @Schema(description = "Every step so far, oldest first") List<Step> history,
        @Schema(description = "The ADM match decision date (SSDA903 DATE_MATCH)", example = "2025-02-03")
        LocalDate matchDate,
        @Schema(example = "2025-03-10") LocalDate placementDate,
        @Schema(description = "Send it back in If-Match with a transition", example = "3") long version,
        @Schema(example = "2026-11-22T10:15:30Z") Instant updatedAt) {

    @Schema(name = "ChildInMatch")
    public record ChildInMatch(
            @Schema(example = "6f1c1c1e-3b0e-4d8e-9a53-8b7a1f0f2a10") UUID childId,
            @Schema(example = "coventry") String authority,
            @Schema(description = "1-based order in the match", example = "1") int position,
            @Schema(description = "Set at placement, with membership on the placement date", example = "WITHIN_AGENCY")
            InterAgencyClass interAgencyClass,
            @Schema(description = "Whose fee schedule applies; absent when no fee is due",
                    example = "VOLUNTARY_ADOPTION_AGENCY") AgencyType feeAgencyType,
            @Schema(example = "FIRST") SiblingPosition siblingPosition) {
    }

    @Schema(name = "MatchStep")
    public record Step(
            @Schema(example = "MATCH_DECIDED") MatchStage stage,
            @Schema(example = "2025-02-03") LocalDate date,
            @Schema(example = "the family withdrew during introductions") String reason) {
    }
}
