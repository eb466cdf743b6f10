package uk.raa.finance.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.raa.common.problem.Problem;
import uk.raa.common.write.IdempotentCreates;
import uk.raa.finance.rest.FinanceRequests.ConsentRequest;
import uk.raa.finance.rest.FinanceRequests.VariationRequest;
import uk.raa.finance.service.FinanceRoles;
import uk.raa.finance.service.PartnershipService;
import uk.raa.finance.service.PartnershipViews.PartnershipView;
import uk.raa.finance.service.PartnershipViews.VariationView;

/** The partnership: its members, and Deeds of Variation that add or remove one. */
@Path("/partnership")
@Tag(name = "Partnership", description = "Membership of the agency and Deeds of Variation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@APIResponse(responseCode = "401", description = "Missing, invalid or expired token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Your role does not allow this",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class PartnershipResource {

    private final PartnershipService service;

    public PartnershipResource(PartnershipService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "The partnership", description = "Your agency, its host authority and every membership "
            + "period (first and last day, both inclusive).")
    @APIResponse(responseCode = "200", description = "The partnership",
            content = @Content(schema = @Schema(implementation = PartnershipView.class)))
    @APIResponse(responseCode = "404", description = "You belong to no agency",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PartnershipView partnership() {
        return service.partnership();
    }

    @POST
    @Path("variations")
    @RolesAllowed(FinanceRoles.MANAGER)
    @Operation(summary = "Propose a Deed of Variation", description = "An authority joins (first day) or leaves "
            + "(last day) on a date. It takes effect once every current member authority has consented. "
            + "Send an Idempotency-Key to make retries safe.")
    @APIResponse(responseCode = "201", description = "Proposed; awaiting consents",
            content = @Content(schema = @Schema(implementation = VariationView.class)))
    @APIResponse(responseCode = "400", description = "A field breaks a rule",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already a member, a deed already open, or the year is closed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The resulting partnership would break a rule",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response propose(@NotNull @Valid VariationRequest request,
            @HeaderParam(IdempotentCreates.HEADER) @Parameter(description = "Makes the create safe to retry",
                    example = "0b7e6c1e-5a41-4c2c-9d0a-3f6a2b1f9e77") String idempotencyKey) {
        PartnershipService.Proposed proposed = service.propose(new PartnershipService.Proposal(request.kind(),
                request.authority(), request.effectiveDate()), idempotencyKey);
        VariationView v = proposed.variation();
        return Response.status(proposed.replayed() ? 200 : 201)
                // Relative to quarkus.rest.path, which the framework puts in front (with the request's host).
                .location(URI.create("partnership/variations/" + v.id()))
                .tag(new EntityTag(String.valueOf(v.version()))).entity(v).build();
    }

    @GET
    @Path("variations")
    @RolesAllowed({FinanceRoles.MANAGER, FinanceRoles.FINANCE, FinanceRoles.COUNCIL_STAFF})
    @Operation(summary = "List Deeds of Variation", description = "Newest first, with the consents given so far.")
    public List<VariationView> variations() {
        return service.list();
    }

    @GET
    @Path("variations/{id}")
    @RolesAllowed({FinanceRoles.MANAGER, FinanceRoles.FINANCE, FinanceRoles.COUNCIL_STAFF})
    @Operation(summary = "Read a Deed of Variation")
    @APIResponse(responseCode = "200", description = "The deed and its consents",
            content = @Content(schema = @Schema(implementation = VariationView.class)))
    @APIResponse(responseCode = "404", description = "No such deed in your agency",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public VariationView variation(
            @PathParam("id") @Parameter(example = "0b7e6c1e-5a41-4c2c-9d0a-3f6a2b1f9e77") UUID id) {
        return service.get(id);
    }

    @POST
    @Path("variations/{id}/consents")
    @RolesAllowed(FinanceRoles.COUNCIL_STAFF)
    @Operation(summary = "Consent to a Deed of Variation for your authority",
            description = "The consenting authority is the one in your token: each member authority's own staff "
                    + "consent, nobody consents on another's behalf. Records who consented and when. The last "
                    + "required consent makes the change effective and publishes partnership.membership-changed.v1.")
    @APIResponse(responseCode = "200", description = "Consent recorded; the deed as it now stands",
            content = @Content(schema = @Schema(implementation = VariationView.class)))
    @APIResponse(responseCode = "404", description = "No such deed in your agency",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already consented, already effective, or the year is closed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public VariationView consent(
            @PathParam("id") @Parameter(example = "0b7e6c1e-5a41-4c2c-9d0a-3f6a2b1f9e77") UUID id,
            @Valid ConsentRequest request) {
        return service.consent(id, request == null ? null : request.signedOn());
    }
}
