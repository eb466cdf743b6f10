package uk.raa.children.rest;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.LocalDate;
import uk.raa.children.domain.journey.JourneyStatus;
import uk.raa.children.domain.scorecard.HarderToPlaceCategory;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.raa.children.domain.Child;
import uk.raa.children.service.ChildService;
import uk.raa.common.paging.Page;
import uk.raa.common.paging.PageRequest;
import uk.raa.common.problem.Problem;
import uk.raa.common.write.ETags;
import uk.raa.common.write.IdempotentCreates;

/** Children of the caller's authority (or, for agency staff, of every member authority). */
@Path("/")
@Tag(name = "Children", description = "Each partner authority's children")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@APIResponse(responseCode = "401", description = "Missing, invalid or expired token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ChildResource {

    private final ChildService service;

    public ChildResource(ChildService service) {
        this.service = service;
    }

    @POST
    @Operation(summary = "Register a child", description = "Registers a child for the caller's own authority. "
            + "Send an Idempotency-Key to make retries safe.")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(schema = @Schema(implementation = ChildResponse.class)))
    @APIResponse(responseCode = "400", description = "A field breaks a rule",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The reference is already registered",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(@NotNull @Valid ChildRequest request,
            @HeaderParam(IdempotentCreates.HEADER) @Parameter(description = "Makes the create safe to retry",
                    example = "0b7e6c1e-5a41-4c2c-9d0a-3f6a2b1f9e77") String idempotencyKey) {
        ChildService.Registration registration = service.register(request.childReference(),
                ChildMapper.toDetails(request), idempotencyKey, request);
        Child child = registration.child();
        return Response.status(registration.existed() ? 200 : 201)
                // Relative to quarkus.rest.path, which the framework puts in front (with the request's host).
                .location(URI.create(String.valueOf(child.id())))
                .tag(new jakarta.ws.rs.core.EntityTag(String.valueOf(child.version())))
                .entity(ChildMapper.toResponse(child, service.showsIdentifyingDetails(child))).build();
    }

    @PUT
    @Path("by-reference/{childReference}")
    @Operation(summary = "Create or update a child by the authority's own reference",
            description = "The upsert for case systems. Updating an existing child needs If-Match with its ETag.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(schema = @Schema(implementation = ChildResponse.class)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = ChildResponse.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing for an update",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response upsert(
            @PathParam("childReference") @Pattern(regexp = "[A-Za-z0-9/_-]{1,40}")
            @Parameter(example = "CH-2024-0042") String childReference,
            @NotNull @Valid ChildDetailsRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(example = "\"0\"") String ifMatch) {
        ChildService.Registration registration = service.upsertByReference(childReference,
                ChildMapper.toDetails(request), ifMatch);
        Child child = registration.child();
        return Response.status(registration.existed() ? 200 : 201)
                // Relative to quarkus.rest.path, which the framework puts in front (with the request's host).
                .location(URI.create(String.valueOf(child.id())))
                .tag(new jakarta.ws.rs.core.EntityTag(String.valueOf(child.version())))
                .entity(ChildMapper.toResponse(child, service.showsIdentifyingDetails(child))).build();
    }

    @GET
    @Operation(summary = "List children in your scope", description = "Your authority's children, or every member "
            + "authority's for agency staff. Paged. Optional filters computed from each journey as at a date: "
            + "status, harder-to-place category (DOMAIN.md §2: sibling group placed together, aged 5+ at the date, "
            + "disabled, Black and minority ethnic) and days waited since the plan for adoption.")
    @APIResponse(responseCode = "200", description = "One page of children")
    @APIResponse(responseCode = "400", description = "A filter is not valid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<ChildResponse> list(
            @QueryParam("authority") @Pattern(regexp = "[a-z-]{2,40}")
            @Parameter(description = "Only this authority's children", example = "coventry") String authority,
            @QueryParam("status") @Parameter(description = "Journey status at asAt", example = "WAITING")
            JourneyStatus status,
            @QueryParam("category") @Parameter(description = "Harder-to-place category at asAt",
                    example = "AGED_FIVE_OR_OVER") HarderToPlaceCategory category,
            @QueryParam("minWaitingDays") @Min(0) @Max(10000)
            @Parameter(description = "Waited at least this many days since the plan for adoption", example = "180")
            Integer minWaitingDays,
            @QueryParam("asAt") @Parameter(description = "Date the filters apply at (default today)",
                    example = "2024-03-31") LocalDate asAt,
            @Valid @BeanParam PageRequest page) {
        return service.list(authority, new ChildService.JourneyFilter(status, category, minWaitingDays, asAt), page)
                .map(child -> ChildMapper.toResponse(child, service.showsIdentifyingDetails(child)));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a child")
    @APIResponse(responseCode = "200", description = "The child; its ETag is its version",
            content = @Content(schema = @Schema(implementation = ChildResponse.class)))
    @APIResponse(responseCode = "404", description = "No such child in your scope",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") @Parameter(example = "6f1c1c1e-3b0e-4d8e-9a53-8b7a1f0f2a10") UUID id) {
        Child child = service.get(id);
        return Response.ok(ChildMapper.toResponse(child, service.showsIdentifyingDetails(child)))
                .tag(new jakarta.ws.rs.core.EntityTag(String.valueOf(child.version()))).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Update a child's details", description = "Needs If-Match with the ETag you read.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(schema = @Schema(implementation = ChildResponse.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(@PathParam("id") UUID id, @NotNull @Valid ChildDetailsRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(example = "\"0\"") String ifMatch) {
        Child child = service.update(id, ChildMapper.toDetails(request), ifMatch);
        return Response.ok(ChildMapper.toResponse(child, service.showsIdentifyingDetails(child)))
                .tag(new jakarta.ws.rs.core.EntityTag(String.valueOf(child.version()))).build();
    }
}
