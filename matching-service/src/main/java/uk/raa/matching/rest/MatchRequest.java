package uk.raa.matching.rest;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A link (interest) between a household and children. */
@Schema(name = "MatchRequest")
public record MatchRequest(
        @NotEmpty @Size(max = 10) @Schema(description = "The children, in order (the first is the fee's first child)",
                example = "[\"6f1c1c1e-3b0e-4d8e-9a53-8b7a1f0f2a10\",\"9a2e4c1d-7b3f-4e6a-8c5d-0f1e2d3c4b5a\"]")
        List<@NotNull UUID> childIds,
        @NotNull @Schema(example = "0c8d7c3e-6f0a-4b55-8f0e-2d7c1c9e4a21") UUID householdId,
        @Size(max = 1000) @Schema(description = "Why siblings of these children are matched apart; required only then",
                example = "the older sibling's plan is long-term fostering with her current carers")
        String separationReason,
        @PastOrPresent @Schema(description = "Today when absent", example = "2025-01-06") LocalDate linkDate) {
}
