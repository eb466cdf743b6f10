package uk.raa.matching.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.raa.matching.domain.lifecycle.MatchStage;

/** The next step of a match, as people decided it. */
@Schema(name = "TransitionRequest")
public record TransitionRequest(
        @NotNull @Schema(description = "PANEL_RECOMMENDED, MATCH_DECIDED (the ADM decision: the match date), "
                + "INTRODUCTIONS, PLACED (the placement date), ADOPTED, DISRUPTED or WITHDRAWN",
                example = "MATCH_DECIDED") MatchStage stage,
        @NotNull @Schema(description = "Not in the future, not before the previous step", example = "2025-02-03")
        LocalDate date,
        @Size(max = 1000) @Schema(description = "Required for DISRUPTED and WITHDRAWN, not accepted otherwise",
                example = "the family withdrew during introductions") String reason) {
}
