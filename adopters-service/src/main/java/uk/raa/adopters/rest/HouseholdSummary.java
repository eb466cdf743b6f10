package uk.raa.adopters.rest;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.raa.adopters.domain.process.ProcessState;

/** A household in the agency's list: no names, contact details or address. */
@Schema(name = "HouseholdSummary")
public record HouseholdSummary(
        @Schema(example = "0f9a7c52-3c55-4d55-9a0e-5f1f0e8c2b11") UUID id,
        @Schema(example = "ACE-H-2024-017") String householdReference,
        @Schema(example = "2") int numberOfAdopters,
        @Schema(example = "warwickshire") String areaOfResidence,
        @Schema(example = "ADM_APPROVAL") ProcessState state,
        @Schema(example = "2024-09-12") LocalDate stateSince,
        @Schema(example = "2024-09-12") LocalDate approvedOn,
        @Schema(example = "3") long version) {
}
