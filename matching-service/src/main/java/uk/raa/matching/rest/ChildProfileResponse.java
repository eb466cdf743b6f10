package uk.raa.matching.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.raa.matching.domain.profile.NeedArea;
import uk.raa.matching.domain.profile.NeedLevel;
import uk.raa.matching.domain.profile.Sex;

@Schema(name = "ChildProfile", description = "Matching's copy of a child's profile")
public record ChildProfileResponse(
        @Schema(example = "6f1c1c1e-3b0e-4d8e-9a53-8b7a1f0f2a10") UUID childId,
        @Schema(example = "coventry") String authority,
        @Schema(example = "2021-05-10") LocalDate dateOfBirth,
        @Schema(example = "FEMALE") Sex sex,
        @Schema(example = "WBRI") String ethnicity,
        @Schema(example = "false") boolean disability,
        Map<NeedArea, NeedLevel> needs,
        @Schema(example = "3d6f1b2a-8c4e-4f0a-9d2b-1e5c7a9b0f11") UUID siblingGroupId,
        Set<String> excludedAreas,
        @Schema(example = "true") boolean available,
        @Schema(example = "2024-09-01") LocalDate availableSince,
        @Schema(example = "false") boolean earlyPermanenceWanted,
        @Schema(description = "Send it back in If-Match to update", example = "0") long version,
        @Schema(example = "2026-11-22T10:15:30Z") Instant updatedAt) {
}
