package uk.raa.adopters.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.raa.adopters.domain.household.FastTrackRoute;

/** A new household. The owning agency comes from the token, never from the body. */
@Schema(name = "HouseholdRequest")
public record HouseholdRequest(
        @NotNull @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9-]{0,39}",
                message = "must be 1 to 40 letters, digits or hyphens, starting with a letter or digit")
        @Schema(description = "The agency's case reference; carries no personal data; unique in the agency",
                example = "ACE-H-2024-017") String householdReference,
        @NotNull @Size(min = 1, max = 2) @Valid
        @Schema(description = "One or two adopters (restricted: agency staff only)") List<@NotNull AdopterRequest> adopters,
        @Valid @Schema(description = "Optional; restricted: agency staff only") HomeAddressRequest homeAddress,
        @NotNull @Pattern(regexp = "OUTSIDE_AGENCY|[a-z][a-z0-9-]{1,39}",
                message = "must be a lower-case authority code or OUTSIDE_AGENCY")
        @Schema(description = "Partner authority the household lives in, or OUTSIDE_AGENCY", example = "warwickshire")
        String areaOfResidence,
        @NotNull @Valid RecruitingAgencyRequest recruitingAgency,
        @NotNull @Schema(example = "NONE") FastTrackRoute fastTrackRoute,
        @NotNull @Valid OfferRequest offer) {
}
