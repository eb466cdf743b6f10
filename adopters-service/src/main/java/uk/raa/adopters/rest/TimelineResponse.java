package uk.raa.adopters.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.raa.adopters.domain.process.ExitReason;
import uk.raa.adopters.domain.process.ProcessState;
import uk.raa.adopters.domain.process.ProcessStep;
import uk.raa.adopters.domain.process.Timescale;

/** A household's process: every recorded step, and the state, timescales and late flags as at a date. */
@Schema(name = "Timeline")
public record TimelineResponse(
        @Schema(example = "0f9a7c52-3c55-4d55-9a0e-5f1f0e8c2b11") UUID householdId,
        @Schema(example = "ACE-H-2024-017") String householdReference,
        @Schema(example = "2024-06-30") LocalDate asAt,
        @Schema(description = "State at the end of asAt", example = "STAGE_1_STARTED") ProcessState stateAsAt,
        @Schema(example = "2024-02-05") LocalDate stateSince,
        @Schema(description = "State after every recorded step", example = "ADM_APPROVAL") ProcessState currentState,
        @Schema(description = "Send it back in If-Match to update the household", example = "4") long version,
        List<StepView> steps,
        List<TimescaleView> timescales,
        @Schema(description = "Timescales past their due date as at asAt") List<FlagView> flags) {

    @Schema(name = "TimelineStep")
    public record StepView(
            @Schema(example = "3") int sequence,
            @Schema(example = "STAGE_1_STARTED") ProcessStep step,
            @Schema(example = "2024-02-05") LocalDate date,
            @Schema(example = "ADOPTERS_DECIDED_NOT_TO_PROCEED") ExitReason reason,
            @Schema(example = "2024-02-05T09:12:00Z") Instant recordedAt,
            @Schema(description = "Dated on or before asAt", example = "true") boolean inEffectAsAt) {
    }

    @Schema(name = "TimelineTimescale")
    public record TimescaleView(
            @Schema(example = "STAGE_1") Timescale timescale,
            @Schema(example = "2024-02-05") LocalDate startedOn,
            @Schema(example = "2024-04-05") LocalDate dueDate,
            @Schema(example = "2024-04-20") LocalDate closedOn,
            @Schema(description = "MET, MISSED, RUNNING or OVERDUE", example = "MISSED") String status) {
    }

    @Schema(name = "TimelineFlag")
    public record FlagView(
            @Schema(example = "STAGE_1") Timescale timescale,
            @Schema(example = "2024-02-05") LocalDate startedOn,
            @Schema(example = "2024-04-05") LocalDate dueDate,
            @Schema(description = "Null while still running", example = "2024-04-20") LocalDate closedOn,
            @Schema(example = "15") long daysOver) {
    }
}
