package uk.raa.adopters.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.raa.adopters.domain.household.FastTrackRoute;

/** A household's details, replaced as a whole by an update. The reference and agency never change. */
@Schema(name = "HouseholdDetails")
public record HouseholdDetailsRequest(
        @NotNull @Size(min = 1, max = 2) @Valid List<@NotNull AdopterRequest> adopters,
        @Valid HomeAddressRequest homeAddress,
        @NotNull @Pattern(regexp = "OUTSIDE_AGENCY|[a-z][a-z0-9-]{1,39}",
                message = "must be a lower-case authority code or OUTSIDE_AGENCY")
        @Schema(example = "coventry") String areaOfResidence,
        @NotNull @Valid RecruitingAgencyRequest recruitingAgency,
        @NotNull @Schema(example = "NONE") FastTrackRoute fastTrackRoute,
        @NotNull @Valid OfferRequest offer) {
}
