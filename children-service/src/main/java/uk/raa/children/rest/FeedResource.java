package uk.raa.children.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.raa.children.service.FeedService;
import uk.raa.common.problem.Problem;

/** What the agency recorded for your children, after a cursor. */
@Path("/feed")
@Tag(name = "Change feed", description = "The agency's match, placement and order dates for councils' SSDA903")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@APIResponse(responseCode = "401", description = "Missing, invalid or expired token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class FeedResource {

    private static final ObjectMapper TREES = new ObjectMapper();

    private final FeedService service;

    public FeedResource(FeedService service) {
        this.service = service;
    }

    @Schema(name = "FeedEntry")
    public record FeedEntryResponse(
            @Schema(description = "Cursor of this entry", example = "1042") String cursor,
            @Schema(example = "6f1c1c1e-3b0e-4d8e-9a53-8b7a1f0f2a10") UUID childId,
            @Schema(description = "Your own reference for the child", example = "CH-2024-0042") String childReference,
            @Schema(example = "1b2f7a52-8d0c-4c55-9f3e-0c9f1d6c2e11") UUID milestoneId,
            @Schema(example = "PLACED_FOR_ADOPTION") String type,
            @Schema(description = "RECORDED, CORRECTED, EVENT_RECORDED or EVENT_CORRECTED", example = "EVENT_RECORDED")
            String change,
            @Schema(example = "2026-11-22T10:15:30Z") Instant occurredAt,
            @Schema(example = "null") String reason,
            JsonNode previous,
            JsonNode current) {
    }

    @Schema(name = "FeedPage")
    public record FeedPageResponse(List<FeedEntryResponse> items,
            @Schema(description = "Pass as `after` for the next page; equals `after` when nothing is new",
                    example = "1042") String nextCursor) {
    }

    @GET
    @Operation(summary = "Read the change feed", description = "Oldest first, after the cursor. Only your "
            + "authority's children (agency staff: every member's). Poll with the last nextCursor.")
    @APIResponse(responseCode = "200", description = "One page of the feed")
    @APIResponse(responseCode = "400", description = "A parameter is not valid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public FeedPageResponse feed(
            @QueryParam("after") @DefaultValue("0") @Min(0) @Parameter(example = "0") long after,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) @Parameter(example = "100") int limit) {
        FeedService.FeedPage page = service.after(after, limit);
        return new FeedPageResponse(page.items().stream().map(e -> new FeedEntryResponse(
                String.valueOf(e.change().id()), e.change().childId(), e.childReference(), e.change().factId(),
                e.change().factType(), e.change().change().name(), e.change().occurredAt(), e.change().reason(),
                tree(e.change().oldValue()), tree(e.change().newValue()))).toList(), String.valueOf(page.nextCursor()));
    }

    private static JsonNode tree(String json) {
        try {
            return json == null ? null : TREES.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("stored change is not JSON", e);
        }
    }
}
