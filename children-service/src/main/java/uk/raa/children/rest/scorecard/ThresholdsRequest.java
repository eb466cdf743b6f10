package uk.raa.children.rest.scorecard;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A replacement threshold table, with the reason for the change (kept with the version). */
@Schema(name = "ScorecardThresholdsRequest")
public record ThresholdsRequest(
        @NotBlank @Size(max = 200) @Schema(example = "A2 2012-15 corrected to 152 (public analysis)") String reason,
        @NotEmpty @Size(max = 50) List<@NotNull @Valid Row> rows) {

    @Schema(name = "ScorecardThresholdRequestRow")
    public record Row(
            @NotNull @Min(2000) @Max(2100) @Schema(description = "First year of the 3-year period", example = "2012")
            Integer firstYear,
            @NotNull @Min(1) @Max(5000) @Schema(example = "487") Integer a1Days,
            @NotNull @Min(1) @Max(5000) @Schema(example = "121") Integer a2Days,
            @NotNull @Min(1) @Max(120) @Schema(example = "18") Integer a3Months) {
    }
}
