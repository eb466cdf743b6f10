package uk.raa.matching.rest;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Households for a child, or for a sibling group searched as one unit. */
@Schema(name = "HouseholdSearchRequest")
public record HouseholdSearchRequest(
        @NotEmpty @Size(max = 10) @Schema(description = "One child, or every child of one sibling group",
                example = "[\"6f1c1c1e-3b0e-4d8e-9a53-8b7a1f0f2a10\"]") List<@NotNull UUID> childIds,
        @PastOrPresent @Schema(description = "Ages and waiting times are taken on this date; today when absent",
                example = "2025-01-01") LocalDate asAt) {
}
