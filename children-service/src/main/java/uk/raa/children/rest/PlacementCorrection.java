package uk.raa.children.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PlacementCorrection")
public record PlacementCorrection(
        @NotNull @Schema(example = "2023-05-02") LocalDate start,
        @Schema(example = "2024-01-15") LocalDate end,
        @NotNull @Pattern(regexp = "[A-Z][A-Z0-9]{1,3}", message = "must be an SSDA903 PLACE code such as U1 or A5")
        @Schema(example = "U3") String placementType,
        @Schema(example = "false") Boolean sameCarersAsPrevious,
        @NotBlank @Size(max = 500) @Schema(example = "End date was missing in the case system") String reason) {
}
