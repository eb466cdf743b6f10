package uk.raa.finance.rest;

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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.raa.common.problem.Problem;
import uk.raa.finance.domain.contribution.FundingKind;
import uk.raa.finance.rest.FinanceRequests.DecisionRequest;
import uk.raa.finance.rest.FinanceRequests.GrantRequest;
import uk.raa.finance.rest.FinanceRequests.TermsRequest;
import uk.raa.finance.service.AgreementService;
import uk.raa.finance.service.ContributionViews.AgreementView;
import uk.raa.finance.service.ContributionViews.DecisionView;
import uk.raa.finance.service.ContributionViews.GrantAllocationView;
import uk.raa.finance.service.FinanceRoles;

/** Agreement terms, the Board's decisions on joiners' gaps, and grant and transitional funding. */
@Path("/")
@Tag(name = "Agreement", description = "Agreement terms, Board decisions on gaps, grants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({FinanceRoles.MANAGER, FinanceRoles.FINANCE})
@APIResponse(responseCode = "401", description = "Missing, invalid or expired token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "For the agency's managers and finance staff",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class AgreementResource {

    private final AgreementService service;

    public AgreementResource(AgreementService service) {
        this.service = service;
    }

    @PUT
    @Path("agreements/{year}")
    @Operation(summary = "Set a year's agreement terms", description = "The uplift on existing members' agreed "
            + "baselines and any agreed baseline that differs from measured spend. If-Match to change existing terms.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(schema = @Schema(implementation = AgreementView.class)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = AgreementView.class)))
    @APIResponse(responseCode = "409", description = "The year is closed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing for an update",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response putTerms(@PathParam("year") @Min(1900) @Max(9998) @Parameter(example = "2019") int year,
            @NotNull @Valid TermsRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(example = "\"0\"") String ifMatch) {
        var saved = service.putTerms(year, request.uplift(), request.agreedBaselines(), ifMatch);
        return Response.status(saved.existed() ? 200 : 201).tag(new EntityTag(String.valueOf(saved.view().version())))
                .entity(saved.view()).build();
    }

    @GET
    @Path("agreements/{year}")
    @Operation(summary = "Read a year's agreement terms")
    @APIResponse(responseCode = "200", description = "The terms",
            content = @Content(schema = @Schema(implementation = AgreementView.class)))
    @APIResponse(responseCode = "404", description = "No terms recorded for the year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response terms(@PathParam("year") @Min(1900) @Max(9998) @Parameter(example = "2019") int year) {
        AgreementView view = service.terms(year);
        return Response.ok(view).tag(new EntityTag(String.valueOf(view.version()))).build();
    }

    @PUT
    @Path("board-decisions/{year}/{joiner}")
    @Operation(summary = "Record the Board's decision on a joiner's gap",
            description = "CLOSE_IN_FULL, CLOSE_IN_PART (amount), PHASED (this year's instalment) or WAIVED. Only "
                    + "for a member in its joining year whose unit cost is below the agency average. If-Match to "
                    + "change a recorded decision.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(schema = @Schema(implementation = DecisionView.class)))
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = DecisionView.class)))
    @APIResponse(responseCode = "409", description = "The year is closed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "No gap, not a joiner, or amount above the gap",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing for an update",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response putDecision(@PathParam("year") @Min(1900) @Max(9998) @Parameter(example = "2019") int year,
            @PathParam("joiner") @Pattern(regexp = FinanceRequests.AUTHORITY) @Parameter(example = "herefordshire")
            String joiner,
            @NotNull @Valid DecisionRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(example = "\"0\"") String ifMatch) {
        var saved = service.putDecision(year, joiner, request.kind(), request.amount(), request.decidedOn(), ifMatch);
        return Response.status(saved.existed() ? 200 : 201).tag(new EntityTag(String.valueOf(saved.view().version())))
                .entity(saved.view()).build();
    }

    @GET
    @Path("board-decisions/{year}")
    @Operation(summary = "The Board's decisions on gaps for a year")
    public List<DecisionView> decisions(@PathParam("year") @Min(1900) @Max(9998) @Parameter(example = "2019") int year) {
        return service.decisions(year);
    }

    @PUT
    @Path("grants/{year}/{joiner}/{kind}")
    @Operation(summary = "Record how a grant or transitional funding is allocated",
            description = "toJoiner + toAgency = total; towardsShortfall comes out of the agency's part and reduces "
                    + "the adverse impact on existing members. The DfE implementation grant defaults to £60,000.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(schema = @Schema(implementation = GrantAllocationView.class)))
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = GrantAllocationView.class)))
    @APIResponse(responseCode = "409", description = "The year is closed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The split does not add up, or is not for a joiner",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing for an update",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response putGrant(@PathParam("year") @Min(1900) @Max(9998) @Parameter(example = "2019") int year,
            @PathParam("joiner") @Pattern(regexp = FinanceRequests.AUTHORITY) @Parameter(example = "herefordshire")
            String joiner,
            @PathParam("kind") @Parameter(example = "DFE_IMPLEMENTATION_GRANT") FundingKind kind,
            @NotNull @Valid GrantRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(example = "\"0\"") String ifMatch) {
        var saved = service.putGrant(year, joiner, kind, request.total(), request.toJoiner(), request.toAgency(),
                request.towardsShortfall(), ifMatch);
        return Response.status(saved.existed() ? 200 : 201).tag(new EntityTag(String.valueOf(saved.view().version())))
                .entity(saved.view()).build();
    }

    @GET
    @Path("grants/{year}")
    @Operation(summary = "Grant and transitional funding allocations for a year")
    public List<GrantAllocationView> grants(@PathParam("year") @Min(1900) @Max(9998) @Parameter(example = "2019")
            int year) {
        return service.grants(year);
    }
}
