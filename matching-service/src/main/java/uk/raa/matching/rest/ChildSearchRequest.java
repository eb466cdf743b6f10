package uk.raa.matching.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Children (sibling groups as one unit) for a household. */
@Schema(name = "ChildSearchRequest")
public record ChildSearchRequest(
        @NotNull @Schema(example = "0c8d7c3e-6f0a-4b55-8f0e-2d7c1c9e4a21") UUID householdId,
        @PastOrPresent @Schema(description = "Ages and waiting times are taken on this date; today when absent",
                example = "2025-01-01") LocalDate asAt) {
}
