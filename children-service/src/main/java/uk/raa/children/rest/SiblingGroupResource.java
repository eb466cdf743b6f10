package uk.raa.children.rest;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.raa.children.domain.SiblingPlan;
import uk.raa.children.service.SiblingGroupService;
import uk.raa.common.problem.Problem;
import uk.raa.common.write.IdempotentCreates;

@Path("/sibling-groups")
@Tag(name = "Sibling groups", description = "Siblings placed together, or apart with a reason")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@APIResponse(responseCode = "401", description = "Missing, invalid or expired token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class SiblingGroupResource {

    private final SiblingGroupService service;

    public SiblingGroupResource(SiblingGroupService service) {
        this.service = service;
    }

    @Schema(name = "SiblingGroupRequest")
    public record SiblingGroupRequest(
            @NotNull @Schema(example = "TOGETHER") SiblingPlan plan,
            @Size(max = 500) @Schema(description = "Required when the plan is APART; no personal data",
                    example = "null") String apartReason,
            @NotNull @Size(min = 2, max = 12) @Schema(example = "[\"6f1c1c1e-3b0e-4d8e-9a53-8b7a1f0f2a10\","
                    + "\"0a7c7b0d-7c62-4a8a-8a1e-1f0b2f0f5c21\"]") List<@NotNull UUID> childIds) {
    }

    @Schema(name = "SiblingGroup")
    public record SiblingGroupResponse(
            @Schema(example = "3d0f2a1b-9c8e-4f7a-b6d5-1e2f3a4b5c6d") UUID id,
            @Schema(example = "coventry") String authority,
            @Schema(example = "TOGETHER") SiblingPlan plan,
            @Schema(example = "null") String apartReason,
            List<UUID> childIds,
            @Schema(example = "0") long version) {
    }

    @POST
    @Operation(summary = "Create a sibling group", description = "Names at least two of your children, none already "
            + "in a group. APART needs apartReason.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = SiblingGroupResponse.class)))
    @APIResponse(responseCode = "400", description = "A field breaks a rule",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A child is already in a group",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@NotNull @Valid SiblingGroupRequest request,
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey) {
        SiblingGroupService.GroupView view = service.create(request.plan(), request.apartReason(), request.childIds(),
                idempotencyKey, request);
        // Relative to quarkus.rest.path, which the framework puts in front (with the request's host).
        return Response.status(201).location(URI.create("sibling-groups/" + view.group().id()))
                .tag(new EntityTag(String.valueOf(view.group().version()))).entity(toResponse(view)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a sibling group")
    @APIResponse(responseCode = "200", description = "The group",
            content = @Content(schema = @Schema(implementation = SiblingGroupResponse.class)))
    @APIResponse(responseCode = "404", description = "No such group in your scope",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SiblingGroupResponse get(@PathParam("id") UUID id) {
        return toResponse(service.get(id));
    }

    private static SiblingGroupResponse toResponse(SiblingGroupService.GroupView view) {
        return new SiblingGroupResponse(view.group().id(), view.group().authority(), view.group().plan(),
                view.group().apartReason(), view.members().stream().map(c -> c.id()).toList(), view.group().version());
    }
}
