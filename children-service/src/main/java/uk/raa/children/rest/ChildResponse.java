package uk.raa.children.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.raa.children.domain.Sex;

@Schema(name = "Child")
public record ChildResponse(
        @Schema(example = "6f1c1c1e-3b0e-4d8e-9a53-8b7a1f0f2a10") UUID id,
        @Schema(example = "coventry") String authority,
        @Schema(example = "CH-2024-0042") String childReference,
        @Schema(example = "2019-03-14") LocalDate dateOfBirth,
        @Schema(example = "FEMALE") Sex sex,
        @Schema(example = "MWBC") String ethnicity,
        @Schema(example = "false") boolean disability,
        NeedsRequest needs,
        @Schema(example = "[\"solihull\"]") List<String> excludedAreas,
        @Schema(description = "Set through /sibling-groups", example = "null") UUID siblingGroupId,
        @Schema(description = "Only for the owning authority and agency practitioners/managers", example = "Amira")
        String givenName,
        @Schema(example = "Mira") String preferredName,
        @Schema(description = "Send it back in If-Match to update", example = "0") long version,
        @Schema(example = "2026-11-22T10:15:30Z") Instant updatedAt) {
}
