package uk.raa.adopters.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.raa.adopters.domain.household.AgencyType;

/** The agency that recruited and approved the household. Only THIS_AGENCY households count in the indicators. */
@Schema(name = "RecruitingAgency")
public record RecruitingAgencyRequest(
        @NotNull @Pattern(regexp = "[a-z][a-z0-9-]{1,39}", message = "must be a lower-case agency code (2 to 40 letters, digits or hyphens)")
        @Schema(example = "ace") String code,
        @NotNull @Schema(example = "THIS_AGENCY") AgencyType type) {
}
