package uk.raa.matching.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.raa.common.problem.Problem;
import uk.raa.matching.domain.search.HouseholdRanking;
import uk.raa.matching.service.SearchService;

/** Family finding both ways, for agency staff. It ranks and explains; it never creates a match. */
@Path("/searches")
@Tag(name = "Searches", description = "Ranked, explained family finding; nothing is matched automatically")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"practitioner", "manager"})
@APIResponse(responseCode = "400", description = "A field breaks a rule",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "Missing, invalid or expired token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Agency practitioners and managers only",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class SearchResource {

    private final SearchService service;

    public SearchResource(SearchService service) {
        this.service = service;
    }

    @POST
    @Path("households")
    @Operation(summary = "Rank waiting households for a child or sibling group",
            description = "Households that pass every hard constraint, ranked by score with each criterion's points "
                    + "and reason; the rest are counted as excluded (ask why-not for one). Deterministic.")
    @APIResponse(responseCode = "200", description = "The ranking",
            content = @Content(schema = @Schema(implementation = SearchResponses.HouseholdSearch.class)))
    @APIResponse(responseCode = "422", description = "A child is unknown, not available, or not one sibling group",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SearchResponses.HouseholdSearch households(@NotNull @Valid HouseholdSearchRequest request) {
        HouseholdRanking ranking = service.householdsFor(request.childIds(), request.asAt());
        return MatchingMapper.toResponse(ranking);
    }

    @GET
    @Path("households/{householdId}/why-not")
    @Operation(summary = "Why a household is not offered for these children",
            description = "Every hard constraint the pairing fails, with the values compared; empty when it would "
                    + "be ranked.")
    @APIResponse(responseCode = "200", description = "The failed constraints",
            content = @Content(schema = @Schema(implementation = SearchResponses.WhyNot.class)))
    @APIResponse(responseCode = "404", description = "No such household in your agency",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A child is unknown or the children are not one sibling group",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SearchResponses.WhyNot whyNot(
            @PathParam("householdId") @Parameter(example = "0c8d7c3e-6f0a-4b55-8f0e-2d7c1c9e4a21") UUID householdId,
            @QueryParam("childIds") @NotEmpty @Size(max = 10)
            @Parameter(description = "Repeat for each child of a sibling group",
                    example = "6f1c1c1e-3b0e-4d8e-9a53-8b7a1f0f2a10") List<UUID> childIds,
            @QueryParam("asAt") @PastOrPresent @Parameter(example = "2025-01-01") LocalDate asAt) {
        SearchService.WhyNot answer = service.whyNot(householdId, childIds, asAt);
        return MatchingMapper.toWhyNot(householdId, answer.asAt(), answer.failed());
    }

    @POST
    @Path("children")
    @Operation(summary = "Rank available children for a household",
            description = "Children, with each sibling group as one unit, ranked with explanations; the rest counted "
                    + "as excluded. Deterministic.")
    @APIResponse(responseCode = "200", description = "The ranking",
            content = @Content(schema = @Schema(implementation = SearchResponses.ChildSearch.class)))
    @APIResponse(responseCode = "404", description = "No such household in your agency",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SearchResponses.ChildSearch children(@NotNull @Valid ChildSearchRequest request) {
        return MatchingMapper.toResponse(service.childrenFor(request.householdId(), request.asAt()));
    }
}
