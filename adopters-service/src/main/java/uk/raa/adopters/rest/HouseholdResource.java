package uk.raa.adopters.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import uk.raa.adopters.service.HouseholdService;
import uk.raa.adopters.service.HouseholdViews;
import uk.raa.common.paging.Page;
import uk.raa.common.paging.PageRequest;
import uk.raa.common.problem.Problem;
import uk.raa.common.write.IdempotentCreates;

/** The agency's adopter households and their two-stage approval process. */
@Path("/households")
@Tag(name = "Households", description = "Adopter households and their approval process")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@APIResponse(responseCode = "401", description = "Missing, invalid or expired token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Your role does not allow this operation",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class HouseholdResource {

    static final String STATES = "NOT_STARTED|ENQUIRY|REGISTRATION_OF_INTEREST|STAGE_1_STARTED|STAGE_1_COMPLETED"
            + "|STAGE_2_STARTED|STAGE_2_COMPLETED|PANEL_RECOMMENDATION|ADM_APPROVAL|MATCHED|PLACED|ADOPTION_ORDER"
            + "|WITHDRAWN|DEREGISTERED";

    private final HouseholdService service;

    public HouseholdResource(HouseholdService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed({"practitioner", "manager"})
    @Operation(summary = "Create a household", description = "Creates a household for your agency (agency staff). "
            + "Its process starts empty: record ENQUIRY as the first step. Send an Idempotency-Key to make retries safe.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = HouseholdResponse.class)))
    @APIResponse(responseCode = "200", description = "Replay of an earlier create with the same Idempotency-Key",
            content = @Content(schema = @Schema(implementation = HouseholdResponse.class)))
    @APIResponse(responseCode = "400", description = "A field breaks a rule",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The reference is already used in your agency",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused with a different body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@NotNull @Valid HouseholdRequest request,
            @HeaderParam(IdempotentCreates.HEADER) @Parameter(description = "Makes the create safe to retry",
                    example = "0b7e6c1e-5a41-4c2c-9d0a-3f6a2b1f9e77") String idempotencyKey) {
        HouseholdViews.Created created = service.create(HouseholdMapper.toDetails(request), idempotencyKey, request);
        HouseholdViews.Full file = created.file();
        return Response.status(created.replayed() ? 200 : 201)
                // Relative to quarkus.rest.path, which the framework puts in front (with the request's host).
                .location(URI.create("households/" + file.household().id()))
                .tag(etag(file.household().version()))
                .entity(HouseholdMapper.toResponse(file)).build();
    }

    @GET
    @RolesAllowed({"practitioner", "manager"})
    @Operation(summary = "List your agency's households", description = "Paged, by reference. No names or contact "
            + "details in the list. Filters: state, area of residence, and approved households waiting longer than "
            + "N days for a match.")
    @APIResponse(responseCode = "200", description = "One page of households")
    @APIResponse(responseCode = "400", description = "A filter breaks a rule",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<HouseholdSummary> list(
            @QueryParam("state") @Pattern(regexp = STATES, message = "must be a process state")
            @Parameter(description = "Only households in this process state", example = "ADM_APPROVAL") String state,
            @QueryParam("area") @Pattern(regexp = "OUTSIDE_AGENCY|[a-z][a-z0-9-]{1,39}",
                    message = "must be a lower-case authority code or OUTSIDE_AGENCY")
            @Parameter(description = "Only households living in this area", example = "coventry") String area,
            @QueryParam("waitingLongerThanDays") @Min(0) @Max(36500)
            @Parameter(description = "Only approved households, not yet matched, approved more than this many days ago",
                    example = "91") Integer waitingLongerThanDays,
            @Valid @BeanParam PageRequest page) {
        return service.list(new HouseholdViews.ListFilter(state, area, waitingLongerThanDays), page)
                .map(HouseholdMapper::toSummary);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a household", description = "Agency staff see the whole household. A council sees "
            + "only the match profile (reference, number of adopters, area, offer, approval date) of a household "
            + "linked to a match with one of its children; any other household answers 404, as a nonexistent id does.")
    @APIResponse(responseCode = "200", description = "The household (agency staff) or its match profile (a linked council)",
            content = @Content(schema = @Schema(oneOf = {HouseholdResponse.class, HouseholdMatchProfile.class})))
    @APIResponse(responseCode = "404", description = "No such household in your scope",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") @Parameter(example = "0f9a7c52-3c55-4d55-9a0e-5f1f0e8c2b11") UUID id) {
        HouseholdViews.Visible visible = service.get(id);
        if (visible instanceof HouseholdViews.Full file) {
            return Response.ok(HouseholdMapper.toResponse(file)).tag(etag(file.household().version())).build();
        }
        return Response.ok(HouseholdMapper.toProfile(visible.household())).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({"practitioner", "manager"})
    @Operation(summary = "Update a household", description = "Replaces the adopters, address, area, recruiting "
            + "agency, fast-track route and offer. Needs If-Match with the ETag you read.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(schema = @Schema(implementation = HouseholdResponse.class)))
    @APIResponse(responseCode = "400", description = "A field breaks a rule",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such household in your scope",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The new fast-track route does not fit the recorded steps",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(@PathParam("id") UUID id, @NotNull @Valid HouseholdDetailsRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(example = "\"0\"") String ifMatch) {
        HouseholdViews.Full file = service.update(id, reference -> HouseholdMapper.toDetails(reference, request),
                ifMatch);
        return Response.ok(HouseholdMapper.toResponse(file)).tag(etag(file.household().version())).build();
    }

    @POST
    @Path("{id}/steps")
    @RolesAllowed({"practitioner", "manager"})
    @Operation(summary = "Record a process step", description = "Appends a dated step (steps are never edited). "
            + "The step must be allowed after the current state (409 names both), its date not after today nor "
            + "before the previous step (422). WITHDRAWN and DEREGISTERED need a reason. Answers the timeline as at "
            + "today. Send an Idempotency-Key to make retries safe.")
    @APIResponse(responseCode = "201", description = "Recorded; the timeline as at today",
            content = @Content(schema = @Schema(implementation = TimelineResponse.class)))
    @APIResponse(responseCode = "400", description = "A field breaks a rule",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such household in your scope",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The step cannot follow the current state",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The date is in the future or before the previous step",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response recordStep(@PathParam("id") UUID id, @NotNull @Valid StepRequest request,
            @HeaderParam(IdempotentCreates.HEADER) @Parameter(description = "Makes the step safe to retry",
                    example = "5d7b2f1e-8a41-4c2c-9d0a-3f6a2b1f9e77") String idempotencyKey) {
        HouseholdViews.Timeline timeline = service.recordStep(id, HouseholdMapper.toEvent(request), idempotencyKey,
                request);
        return Response.status(201).tag(etag(timeline.household().version()))
                .entity(HouseholdMapper.toTimeline(timeline)).build();
    }

    @GET
    @Path("{id}/timeline")
    @RolesAllowed({"practitioner", "manager"})
    @Operation(summary = "A household's process timeline", description = "Every recorded step; the state, the "
            + "statutory timescales (registration decision 5 working days, Stage 1 2 months, Stage 2 start within 6 "
            + "months, Stage 2 4 months) and the late flags as at asAt (default today).")
    @APIResponse(responseCode = "200", description = "The timeline",
            content = @Content(schema = @Schema(implementation = TimelineResponse.class)))
    @APIResponse(responseCode = "404", description = "No such household in your scope",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TimelineResponse timeline(@PathParam("id") UUID id,
            @QueryParam("asAt") @Parameter(description = "Date to read the state at (YYYY-MM-DD)", example = "2024-06-30")
            String asAt) {
        return HouseholdMapper.toTimeline(service.timeline(id, Dates.parse("asAt", asAt)));
    }

    private static EntityTag etag(long version) {
        return new EntityTag(String.valueOf(version));
    }
}
