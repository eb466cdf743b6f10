package uk.raa.finance.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.raa.common.problem.Problem;
import uk.raa.finance.rest.FinanceRequests.BaselineRequest;
import uk.raa.finance.service.BaselineService;
import uk.raa.finance.service.ContributionViews.BaselineView;
import uk.raa.finance.service.ContributionViews.BaselinesView;
import uk.raa.finance.service.FinanceRoles;

/** Each member's in-scope adoption spend and adoptions per financial year. */
@Path("/baselines")
@Tag(name = "Baselines", description = "In-scope spend and adoptions per member and financial year")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@APIResponse(responseCode = "401", description = "Missing, invalid or expired token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Your role does not allow this",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class BaselineResource {

    private final BaselineService service;

    public BaselineResource(BaselineService service) {
        this.service = service;
    }

    @PUT
    @Path("{year}/{authority}")
    @RolesAllowed({FinanceRoles.MANAGER, FinanceRoles.FINANCE})
    @Operation(summary = "Enter or correct a member's baseline for a financial year",
            description = "Creates the baseline, or updates it with If-Match carrying the ETag you read. "
                    + "Zero adoptions is refused with 422 (rule unit-cost-requires-adoptions): there is no unit cost. "
                    + "Refused with 409 once the following year's statement is closed.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(schema = @Schema(implementation = BaselineView.class)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = BaselineView.class)))
    @APIResponse(responseCode = "400", description = "A field breaks a rule",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The statement using this baseline is closed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A finance rule is broken (e.g. zero adoptions)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing for an update",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response put(
            @PathParam("year") @Min(1900) @Max(9998) @Parameter(description = "The April the year starts",
                    example = "2018") int year,
            @PathParam("authority") @Pattern(regexp = FinanceRequests.AUTHORITY) @Parameter(example = "coventry")
            String authority,
            @NotNull @Valid BaselineRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(example = "\"0\"") String ifMatch) {
        BaselineService.Saved saved = service.put(year, authority, request.inScopeSpend(), request.adoptions(),
                ifMatch);
        return Response.status(saved.existed() ? 200 : 201)
                .tag(new EntityTag(String.valueOf(saved.baseline().version()))).entity(saved.baseline()).build();
    }

    @GET
    @Path("{year}")
    @RolesAllowed({FinanceRoles.MANAGER, FinanceRoles.FINANCE, FinanceRoles.COUNCIL_STAFF})
    @Operation(summary = "A financial year's baselines and the agency average unit cost",
            description = "Managers and finance staff see every member's baseline and the agency average (total "
                    + "spend ÷ total adoptions of the members already in the partnership before the next year); "
                    + "a partner authority sees its own only.")
    public BaselinesView list(@PathParam("year") @Min(1900) @Max(9998) @Parameter(example = "2018") int year) {
        return service.list(year);
    }

    @GET
    @Path("{year}/{authority}")
    @RolesAllowed({FinanceRoles.MANAGER, FinanceRoles.FINANCE, FinanceRoles.COUNCIL_STAFF})
    @Operation(summary = "Read one member's baseline")
    @APIResponse(responseCode = "200", description = "The baseline; its ETag is its version",
            content = @Content(schema = @Schema(implementation = BaselineView.class)))
    @APIResponse(responseCode = "404", description = "No such baseline in your scope",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("year") @Min(1900) @Max(9998) @Parameter(example = "2018") int year,
            @PathParam("authority") @Pattern(regexp = FinanceRequests.AUTHORITY) @Parameter(example = "coventry")
            String authority) {
        BaselineView view = service.get(year, authority);
        return Response.ok(view).tag(new EntityTag(String.valueOf(view.version()))).build();
    }
}
