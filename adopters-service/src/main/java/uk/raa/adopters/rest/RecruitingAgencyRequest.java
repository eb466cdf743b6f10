package uk.raa.adopters.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.raa.adopters.domain.household.AgencyType;

/** The agency that recruited and approved the household. Only THIS_AGENCY households count in the indicators. */
@Schema(name = "RecruitingAgency")
public record RecruitingAgencyRequest(
        @NotNull @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9-]{0,39}", message = "must be 1 to 40 letters, digits or hyphens")
        @Schema(example = "ace") String code,
        @NotNull @Schema(example = "THIS_AGENCY") AgencyType type) {
}
