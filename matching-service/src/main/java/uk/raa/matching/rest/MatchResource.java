package uk.raa.matching.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.raa.common.paging.Page;
import uk.raa.common.paging.PageRequest;
import uk.raa.common.problem.Problem;
import uk.raa.common.write.IdempotentCreates;
import uk.raa.matching.domain.lifecycle.MatchStage;
import uk.raa.matching.service.MatchService;
import uk.raa.matching.service.MatchView;

/**
 * Matches from link to outcome. Agency staff record every step; a partner authority reads the matches of its own
 * children, with the household only as far as its match profile.
 */
@Path("/matches")
@Tag(name = "Matches", description = "The match lifecycle: link, panel, ADM decision, introductions, placement")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@APIResponse(responseCode = "401", description = "Missing, invalid or expired token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class MatchResource {

    private final MatchService service;

    public MatchResource(MatchService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed({"practitioner", "manager"})
    @Operation(summary = "Open a link between a household and children",
            description = "Each child may be in one active match; a sibling group is linked together unless the "
                    + "siblings left out and a separationReason are recorded. Send an Idempotency-Key to retry safely.")
    @APIResponse(responseCode = "201", description = "Linked",
            content = @Content(schema = @Schema(implementation = MatchResponse.class)))
    @APIResponse(responseCode = "400", description = "A field breaks a rule",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Agency practitioners and managers only",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A child is already in an active match",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Unknown or unavailable child or household, or siblings apart "
            + "without a reason", content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class)))
    public Response link(@NotNull @Valid MatchRequest request,
            @HeaderParam(IdempotentCreates.HEADER) @Parameter(description = "Makes the create safe to retry",
                    example = "0b7e6c1e-5a41-4c2c-9d0a-3f6a2b1f9e77") String idempotencyKey) {
        MatchService.Linked linked = service.link(MatchingMapper.toLink(request), idempotencyKey, request);
        return respond(linked.replayed() ? 200 : 201, linked.view());
    }

    @POST
    @Path("{id}/transitions")
    @RolesAllowed({"practitioner", "manager"})
    @Operation(summary = "Record the match's next step",
            description = "PANEL_RECOMMENDED, MATCH_DECIDED (the ADM decision: the match date), INTRODUCTIONS, "
                    + "PLACED (the placement date; inter-agency classes are set with membership on that date), "
                    + "ADOPTED, DISRUPTED (after placement, with a reason) or WITHDRAWN (before placement, with a "
                    + "reason). Needs If-Match with the match's ETag.")
    @APIResponse(responseCode = "200", description = "The match after the step",
            content = @Content(schema = @Schema(implementation = MatchResponse.class)))
    @APIResponse(responseCode = "400", description = "A field breaks a rule",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Agency practitioners and managers only",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such match in your scope",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The current stage does not allow this step",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Date in the future or before the previous step, or reason "
            + "missing", content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response transition(
            @PathParam("id") @Parameter(example = "5b1e2f3a-4c5d-4e6f-8a9b-0c1d2e3f4a5b") UUID id,
            @NotNull @Valid TransitionRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(example = "\"0\"") String ifMatch) {
        return respond(200, service.transition(id, request.stage(), request.date(), request.reason(), ifMatch));
    }

    @GET
    @Operation(summary = "List matches in your scope",
            description = "Agency staff: every match of the agency; a partner authority: matches of its own children. "
                    + "Paged, oldest first.")
    @APIResponse(responseCode = "200", description = "A page of matches")
    @APIResponse(responseCode = "400", description = "A parameter breaks a rule",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<MatchResponse> list(
            @QueryParam("stage") @Parameter(description = "Only matches at this stage", example = "PLACED")
            MatchStage stage,
            @Valid @BeanParam PageRequest page) {
        return service.list(stage, page).map(MatchingMapper::toResponse);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a match")
    @APIResponse(responseCode = "200", description = "The match; its ETag is its version",
            content = @Content(schema = @Schema(implementation = MatchResponse.class)))
    @APIResponse(responseCode = "404", description = "No such match in your scope",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") @Parameter(example = "5b1e2f3a-4c5d-4e6f-8a9b-0c1d2e3f4a5b") UUID id) {
        return respond(200, service.get(id));
    }

    private static Response respond(int status, MatchView view) {
        Response.ResponseBuilder builder = Response.status(status)
                .tag(new EntityTag(String.valueOf(view.match().version())))
                .entity(MatchingMapper.toResponse(view));
        if (status == 201) {
            // Relative to quarkus.rest.path, which the framework puts in front (with the request's host).
            builder.location(URI.create("matches/" + view.match().id()));
        }
        return builder.build();
    }
}
