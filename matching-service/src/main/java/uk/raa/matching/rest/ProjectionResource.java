package uk.raa.matching.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.raa.common.problem.Problem;
import uk.raa.matching.domain.entity.ChildProjection;
import uk.raa.matching.domain.entity.HouseholdProjection;
import uk.raa.matching.service.ProjectionService;

/**
 * The operator's reconciliation tool: matching normally learns children and households from child.profile-changed.v1
 * and household.profile-changed.v1; a manager can put the owner's current profile here when a projection has drifted
 * (or, before the consumers run, to exercise the API end to end).
 */
@Path("/projections")
@Tag(name = "Projections", description = "Operator reconciliation of matching's copies of children and households")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("manager")
@APIResponse(responseCode = "401", description = "Missing, invalid or expired token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Agency managers only",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ProjectionResource {

    private final ProjectionService service;

    public ProjectionResource(ProjectionService service) {
        this.service = service;
    }

    @PUT
    @Path("children/{childId}")
    @Operation(summary = "Reconcile a child's profile",
            description = "Creates matching's copy of the child's profile, or replaces it (If-Match with its ETag). "
                    + "Normally kept by child.profile-changed.v1; this is the operator's tool for drift.")
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(schema = @Schema(implementation = ChildProfileResponse.class)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = ChildProfileResponse.class)))
    @APIResponse(responseCode = "400", description = "A field breaks a rule",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The id is held outside your scope",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The authority is not in your agency, or a rule is broken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing for a replacement",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response putChild(
            @PathParam("childId") @Parameter(example = "6f1c1c1e-3b0e-4d8e-9a53-8b7a1f0f2a10") UUID childId,
            @NotNull @Valid ChildProfileRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(example = "\"0\"") String ifMatch) {
        ProjectionService.Outcome<ChildProjection> outcome = service.upsertChildProfile(
                MatchingMapper.toChange(childId, request), ifMatch);
        ChildProjection child = outcome.projection();
        return Response.status(outcome.created() ? 201 : 200)
                .tag(new EntityTag(String.valueOf(child.version())))
                .entity(MatchingMapper.toResponse(child)).build();
    }

    @PUT
    @Path("households/{householdId}")
    @Operation(summary = "Reconcile a household's match profile",
            description = "Creates matching's copy of the household's match profile for your agency, or replaces "
                    + "it (If-Match with its ETag). Normally kept by household.profile-changed.v1.")
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(schema = @Schema(implementation = HouseholdProfileResponse.class)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = HouseholdProfileResponse.class)))
    @APIResponse(responseCode = "400", description = "A field breaks a rule",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The id is held by another agency",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A domain rule is broken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing for a replacement",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response putHousehold(
            @PathParam("householdId") @Parameter(example = "0c8d7c3e-6f0a-4b55-8f0e-2d7c1c9e4a21") UUID householdId,
            @NotNull @Valid HouseholdProfileRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(example = "\"0\"") String ifMatch) {
        ProjectionService.Outcome<HouseholdProjection> outcome = service.upsertHouseholdProfile(
                MatchingMapper.toChange(householdId, request), ifMatch);
        HouseholdProjection household = outcome.projection();
        return Response.status(outcome.created() ? 201 : 200)
                .tag(new EntityTag(String.valueOf(household.version())))
                .entity(MatchingMapper.toResponse(household)).build();
    }
}
