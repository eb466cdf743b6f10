package uk.raa.children.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.raa.children.domain.journey.MilestoneType;

/** A correction replaces the milestone's values; the type stays and the reason goes to the history. */
@Schema(name = "MilestoneCorrection")
public record MilestoneCorrection(
        @NotNull @Schema(example = "MATCH_DECISION") MilestoneType type,
        @NotNull @Schema(example = "2024-02-08") LocalDate date,
        @Schema(example = "null") LocalDate end,
        @Pattern(regexp = "[A-Z0-9_]{2,30}") @Schema(example = "null") String code,
        @Size(min = 1, max = 80) @Pattern(regexp = "[A-Za-z0-9:/_.-]{1,80}") @Schema(example = "HH-ACE-0192")
        String familyReference,
        @NotBlank @Size(max = 500)
        @Schema(description = "Why the value changes; kept in the history. No personal data.",
                example = "ADM minutes show the decision was made a week later") String reason) {
}
