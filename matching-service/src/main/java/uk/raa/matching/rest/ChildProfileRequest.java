package uk.raa.matching.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.raa.matching.domain.profile.NeedArea;
import uk.raa.matching.domain.profile.NeedLevel;
import uk.raa.matching.domain.profile.Sex;

/** A child's profile as child.profile-changed.v1 carries it; sent by an operator reconciling the projection. */
@Schema(name = "ChildProfileRequest")
public record ChildProfileRequest(
        @NotBlank @Pattern(regexp = "[a-z-]{2,40}", message = "must be an authority code such as coventry")
        @Schema(description = "The child's authority; must be in your agency", example = "coventry") String authority,
        @NotNull @PastOrPresent @Schema(example = "2021-05-10") LocalDate dateOfBirth,
        @NotNull @Schema(example = "FEMALE") Sex sex,
        @NotBlank @Pattern(regexp = "[A-Z]{4}", message = "must be a four-letter DfE ethnicity code")
        @Schema(description = "DfE ethnicity code", example = "WBRI") String ethnicity,
        @Schema(example = "false") boolean disability,
        @NotNull @Size(min = 4, max = 4, message = "must grade all four need areas")
        @Schema(description = "Assessed need level in every area",
                example = "{\"HEALTH\":\"LOW\",\"DEVELOPMENT\":\"NONE\",\"BEHAVIOUR\":\"NONE\",\"EDUCATION\":\"NONE\"}")
        Map<NeedArea, NeedLevel> needs,
        @Schema(description = "Children sharing it are placed together", example = "3d6f1b2a-8c4e-4f0a-9d2b-1e5c7a9b0f11")
        UUID siblingGroupId,
        @Size(max = 50) @Schema(description = "Authority codes the child must not be placed in", example = "[\"solihull\"]")
        Set<@Pattern(regexp = "[a-z-]{2,40}|OUTSIDE_AGENCY") String> excludedAreas,
        @Schema(description = "Whether the child is waiting for a family", example = "true") boolean available,
        @PastOrPresent @Schema(description = "Required when available", example = "2024-09-01") LocalDate availableSince,
        @Schema(description = "Fostering for adoption or concurrent planning wanted", example = "false")
        boolean earlyPermanenceWanted) {
}
