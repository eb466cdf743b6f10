package uk.raa.children.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where the child lived: start, end (open when null), SSDA903 PLACE code, and whether the carers stayed the same. */
@Schema(name = "PlacementRequest")
public record PlacementRequest(
        @NotNull @Schema(example = "2023-05-02") LocalDate start,
        @Schema(example = "null") LocalDate end,
        @NotNull @Pattern(regexp = "[A-Z][A-Z0-9]{1,3}", message = "must be an SSDA903 PLACE code such as U1 or A5")
        @Schema(description = "SSDA903 PLACE code", example = "U3") String placementType,
        @Schema(description = "Same carers as the previous placement (903 RNE T or U)", example = "false")
        Boolean sameCarersAsPrevious) {
}
