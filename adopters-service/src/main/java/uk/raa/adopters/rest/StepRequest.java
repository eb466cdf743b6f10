package uk.raa.adopters.rest;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.raa.adopters.domain.process.ExitReason;
import uk.raa.adopters.domain.process.ProcessStep;

/** A dated process step. {@code reason} is required for WITHDRAWN and DEREGISTERED and refused otherwise. */
@Schema(name = "StepRequest")
public record StepRequest(
        @NotNull @Schema(example = "STAGE_1_STARTED") ProcessStep step,
        @NotNull @Schema(description = "The date the step happened (not after today, not before the previous step)",
                example = "2024-02-05") LocalDate date,
        @Schema(description = "Only for WITHDRAWN and DEREGISTERED", example = "ADOPTERS_DECIDED_NOT_TO_PROCEED")
        ExitReason reason) {
}
