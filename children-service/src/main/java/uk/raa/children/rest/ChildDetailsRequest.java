package uk.raa.children.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.raa.children.domain.Sex;

/** The child's details, replaced as a whole by an update. The reference and authority never change. */
@Schema(name = "ChildDetails")
public record ChildDetailsRequest(
        @NotNull @PastOrPresent @Schema(example = "2019-03-14") LocalDate dateOfBirth,
        @NotNull @Schema(example = "FEMALE") Sex sex,
        @NotBlank @Schema(description = "DfE ethnicity code", example = "MWBC") String ethnicity,
        @Schema(example = "false") boolean disability) {
}
