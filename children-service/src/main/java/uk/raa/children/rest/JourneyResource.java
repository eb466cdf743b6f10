package uk.raa.children.rest;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.raa.children.service.JourneyService;
import uk.raa.common.paging.Page;
import uk.raa.common.paging.PageRequest;
import uk.raa.common.problem.Problem;
import uk.raa.common.write.IdempotentCreates;

/** The child's journey: milestones, placements, derived dates, warnings and the correction history. */
@Path("/")
@Tag(name = "Journey", description = "Each child's journey to adoption, with its history")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@APIResponse(responseCode = "401", description = "Missing, invalid or expired token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such child (or milestone) in your scope",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class JourneyResource {

    private static final String RULE_EXAMPLE = """
            {"type":"https://raa.example/problems/journey-rule","title":"A journey rule is broken","status":422,
             "detail":"shouldBePlacedDecision.date must be on or after the start of the latest period of care (rule 334)",
             "violations":[{"field":"shouldBePlacedDecision.date","rule":"334",
             "message":"shouldBePlacedDecision.date must be on or after the start of the latest period of care (rule 334)"}]}""";

    private final JourneyService service;
    private final Clock clock;

    public JourneyResource(JourneyService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    @GET
    @Path("{id}/journey")
    @Operation(summary = "Read a child's journey", description = "Every recorded fact, the soft-rule warnings and the "
            + "derived dates (entered care, first placement order, placed for adoption, A10 moved-in date, status).")
    @APIResponse(responseCode = "200", description = "The journey",
            content = @Content(schema = @Schema(implementation = JourneyResponses.Journey.class)))
    public JourneyResponses.Journey journey(@PathParam("id") @Parameter(example = "6f1c1c1e-3b0e-4d8e-9a53-8b7a1f0f2a10") UUID id) {
        return JourneyMapper.toResponse(service.journey(id), LocalDate.now(clock));
    }

    @GET
    @Path("{id}/journey/history")
    @Operation(summary = "Read the journey's history", description = "Every change to every fact, oldest first: "
            + "who, when, why, the old and the new values.")
    @APIResponse(responseCode = "200", description = "One page of the history")
    public Page<JourneyResponses.HistoryEntry> history(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return service.history(id, page).map(JourneyMapper::toResponse);
    }

    @POST
    @Path("{id}/milestones")
    @Operation(summary = "Record a milestone", description = "Hard journey rules (dob, future, 334, 554, 521, 408, "
            + "placement-after-match, 331) reject it with 422 naming the rule; soft ones come back as warnings.")
    @APIResponse(responseCode = "201", description = "Recorded; the ETag is its version",
            content = @Content(schema = @Schema(implementation = JourneyResponses.Recorded.class)))
    @APIResponse(responseCode = "400", description = "A field breaks a rule",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The child already has this single milestone; correct it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A hard journey rule is broken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "rule 334", value = RULE_EXAMPLE)))
    public Response recordMilestone(@PathParam("id") UUID id, @NotNull @Valid MilestoneRequest request,
            @HeaderParam(IdempotentCreates.HEADER) @Parameter(example = "0b7e6c1e-5a41-4c2c-9d0a-3f6a2b1f9e77")
            String idempotencyKey) {
        return created(id, "milestones", service.record(id, JourneyMapper.values(request), idempotencyKey, request));
    }

    @PUT
    @Path("{id}/milestones/{milestoneId}")
    @Operation(summary = "Correct a milestone", description = "Needs If-Match with the milestone's ETag and a reason. "
            + "The old and new values go to the history.")
    @APIResponse(responseCode = "200", description = "Corrected",
            content = @Content(schema = @Schema(implementation = JourneyResponses.Recorded.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A hard journey rule is broken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response correctMilestone(@PathParam("id") UUID id, @PathParam("milestoneId") UUID milestoneId,
            @NotNull @Valid MilestoneCorrection request,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(example = "\"0\"") String ifMatch) {
        return ok(service.correct(id, milestoneId, false, JourneyMapper.values(request), request.reason(), ifMatch));
    }

    @GET
    @Path("{id}/milestones/{milestoneId}")
    @Operation(summary = "Read one milestone", description = "Its ETag is the version to send in If-Match.")
    @APIResponse(responseCode = "200", description = "The milestone",
            content = @Content(schema = @Schema(implementation = JourneyResponses.MilestoneResponse.class)))
    public Response milestone(@PathParam("id") UUID id, @PathParam("milestoneId") UUID milestoneId) {
        var fact = service.fact(id, milestoneId, false);
        return Response.ok(JourneyMapper.toResponse(fact)).tag(new EntityTag(String.valueOf(fact.version()))).build();
    }

    @POST
    @Path("{id}/placements")
    @Operation(summary = "Record a placement", description = "Start, end, SSDA903 PLACE code and whether the carers "
            + "are the same as in the previous placement.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = JourneyResponses.Recorded.class)))
    @APIResponse(responseCode = "400", description = "A field breaks a rule",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A hard journey rule is broken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response recordPlacement(@PathParam("id") UUID id, @NotNull @Valid PlacementRequest request,
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey) {
        return created(id, "placements", service.record(id, JourneyMapper.values(request), idempotencyKey, request));
    }

    @PUT
    @Path("{id}/placements/{placementId}")
    @Operation(summary = "Correct a placement", description = "Needs If-Match and a reason.")
    @APIResponse(responseCode = "200", description = "Corrected",
            content = @Content(schema = @Schema(implementation = JourneyResponses.Recorded.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response correctPlacement(@PathParam("id") UUID id, @PathParam("placementId") UUID placementId,
            @NotNull @Valid PlacementCorrection request,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(example = "\"0\"") String ifMatch) {
        return ok(service.correct(id, placementId, true, JourneyMapper.values(request), request.reason(), ifMatch));
    }

    private static Response created(UUID childId, String collection, JourneyService.Recorded recorded) {
        return Response.status(recorded.replayed() ? 200 : 201)
                // Relative to quarkus.rest.path, which the framework puts in front (with the request's host).
                .location(URI.create(childId + "/" + collection + "/" + recorded.fact().id()))
                .tag(new EntityTag(String.valueOf(recorded.fact().version())))
                .entity(JourneyMapper.toResponse(recorded)).build();
    }

    private static Response ok(JourneyService.Recorded recorded) {
        return Response.ok(JourneyMapper.toResponse(recorded))
                .tag(new EntityTag(String.valueOf(recorded.fact().version()))).build();
    }
}
