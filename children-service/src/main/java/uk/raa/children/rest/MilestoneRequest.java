package uk.raa.children.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.raa.children.domain.journey.MilestoneType;

/** A milestone of the child's journey as the API records it (source SYSTEM). Placements use /placements. */
@Schema(name = "MilestoneRequest", description = "One dated milestone. `code` is E11/E12 for ADOPTION_ORDER, RD1-RD4 "
        + "for DECISION_REVERSED, A3-A6 (optional) for PLACED_FOR_ADOPTION, FOSTERING_FOR_ADOPTION or "
        + "CONCURRENT_PLANNING (optional) for EARLY_PERMANENCE. `familyReference` names the household for "
        + "MATCH_DECISION, PLACED_FOR_ADOPTION and DISRUPTION. `end` only for ENTERED_CARE (the period of care).")
public record MilestoneRequest(
        @NotNull @Schema(example = "MATCH_DECISION") MilestoneType type,
        @NotNull @Schema(example = "2024-02-01") LocalDate date,
        @Schema(description = "End of the period of care (ENTERED_CARE only)", example = "null") LocalDate end,
        @Pattern(regexp = "[A-Z0-9_]{2,30}") @Schema(example = "E11") String code,
        @Size(min = 1, max = 80) @Pattern(regexp = "[A-Za-z0-9:/_.-]{1,80}")
        @Schema(description = "The household's opaque reference", example = "HH-ACE-0192") String familyReference) {
}
