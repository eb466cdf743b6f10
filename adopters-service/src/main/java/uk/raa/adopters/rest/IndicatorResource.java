package uk.raa.adopters.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.raa.adopters.service.HouseholdService;
import uk.raa.common.problem.Problem;

/** The adopter indicators for agency staff. */
@Path("/indicators")
@Tag(name = "Indicators", description = "Adopter indicators: approvals, conversions, A11-A13, who is waiting")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"practitioner", "manager"})
@APIResponse(responseCode = "401", description = "Missing, invalid or expired token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Agency practitioners and managers only",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class IndicatorResource {

    private final HouseholdService service;

    public IndicatorResource(HouseholdService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "Adopter indicators as at a date", description = "Agency-wide and by area of residence, "
            + "counting only what had happened by asAt (default today): approvals per financial year, enquiry and "
            + "assessment conversion, % approved within 6 months of registration, A11, A12, A13, households waiting "
            + "more than 3 and 6 months, and who is waiting and why. Definitions: docs/adopter-indicators.md.")
    @APIResponse(responseCode = "200", description = "The indicators",
            content = @Content(schema = @Schema(implementation = IndicatorsResponse.class)))
    @APIResponse(responseCode = "400", description = "asAt in the future, or firstYear after asAt's year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public IndicatorsResponse indicators(
            @QueryParam("asAt") @Parameter(description = "YYYY-MM-DD, not after today", example = "2024-03-31")
            String asAt,
            @QueryParam("firstYear") @Min(2000) @Max(2100)
            @Parameter(description = "Start year of the first financial year shown (2019 = 2019/20); default four "
                    + "years before asAt's", example = "2019") Integer firstYear) {
        return HouseholdMapper.toIndicators(service.indicators(Dates.parse("asAt", asAt), firstYear));
    }
}
