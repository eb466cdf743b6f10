package uk.raa.children.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.raa.children.domain.Sex;

/** The child's details, replaced as a whole by an update. The reference and authority never change. */
@Schema(name = "ChildDetails")
public record ChildDetailsRequest(
        @NotNull @PastOrPresent @Schema(example = "2019-03-14") LocalDate dateOfBirth,
        @NotNull @Schema(example = "FEMALE") Sex sex,
        @NotBlank @Schema(description = "DfE ethnicity code", example = "MWBC") String ethnicity,
        @Schema(description = "Defaults to false", example = "false") Boolean disability,
        @Valid @Schema(description = "Needs levels; missing levels are NONE") NeedsRequest needs,
        @Size(max = 20) @Schema(description = "Authority codes the child must not be placed in",
                example = "[\"solihull\"]")
        List<@Pattern(regexp = "[a-z-]{2,40}", message = "must be an authority code such as solihull") String> excludedAreas,
        @Size(max = 60) @Pattern(regexp = "[\\p{L}' .-]{1,60}", message = "must be letters, spaces, ' . or -")
        @Schema(description = "Given name only; shown to the owning authority and agency practitioners",
                example = "Amira") String givenName,
        @Size(max = 60) @Pattern(regexp = "[\\p{L}' .-]{1,60}", message = "must be letters, spaces, ' . or -")
        @Schema(example = "Mira") String preferredName) {
}
