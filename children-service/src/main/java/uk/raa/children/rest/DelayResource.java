package uk.raa.children.rest;

import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.raa.children.domain.DelayCohort;
import uk.raa.children.domain.DelayRules;
import uk.raa.children.service.DelayService;
import uk.raa.common.problem.Problem;

/** Delay tracking: who is waiting too long, each with the dates and durations that put them on the list. */
@Path("/delay-lists")
@Tag(name = "Delay tracking", description = "Securing Permanence Group cohorts and the agency's own")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@APIResponse(responseCode = "401", description = "Missing, invalid or expired token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class DelayResource {

    private final DelayService service;

    public DelayResource(DelayService service) {
        this.service = service;
    }

    @Schema(name = "DelayCohort")
    public record CohortResponse(@Schema(example = "placement-order-over-threshold") String cohort,
            @Schema(example = "Subject of a placement (or freeing) order for longer than the threshold, not yet adopted")
            String description,
            @Schema(example = "9") int thresholdMonths) {
    }

    @Schema(name = "DelayedChild")
    public record DelayedChild(
            @Schema(example = "6f1c1c1e-3b0e-4d8e-9a53-8b7a1f0f2a10") UUID childId,
            @Schema(example = "coventry") String authority,
            @Schema(example = "CH-2024-0042") String childReference,
            @Schema(description = "When the clock started", example = "2023-01-10") LocalDate since,
            @Schema(example = "428") long days,
            @Schema(example = "Placement order made on 2023-01-10: 1 year 2 months 3 days (428 days) at 2024-03-13, "
                    + "over the 9-month threshold; not placed for adoption") String reason) {
    }

    @Schema(name = "DelayList")
    public record DelayListResponse(@Schema(example = "placement-order-over-threshold") String cohort,
            @Schema(example = "2024-03-31") LocalDate asAt,
            @Schema(example = "9") int thresholdMonths,
            List<DelayedChild> children) {
    }

    @GET
    @Operation(summary = "List the delay cohorts", description = "Each cohort with its configured threshold.")
    public List<CohortResponse> cohorts() {
        DelayRules.Thresholds thresholds = service.thresholds();
        return Arrays.stream(DelayCohort.values()).map(c -> new CohortResponse(c.slug(), c.description(),
                DelayRules.threshold(c, thresholds))).toList();
    }

    @GET
    @Path("{cohort}")
    @Operation(summary = "Read a delay list as at a date", description = "Children in your scope on the list at "
            + "asAt (default today), longest wait first, each with its own reason. No names.")
    @APIResponse(responseCode = "200", description = "The list",
            content = @Content(schema = @Schema(implementation = DelayListResponse.class)))
    @APIResponse(responseCode = "400", description = "asAt is not a date or is in the future",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such cohort",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DelayListResponse list(
            @PathParam("cohort") @Pattern(regexp = "[a-z-]{1,60}")
            @Parameter(example = "placement-order-over-threshold") String cohort,
            @QueryParam("asAt") @Parameter(example = "2024-03-31") LocalDate asAt) {
        DelayService.DelayList list = service.list(cohort, asAt);
        return new DelayListResponse(list.cohort().slug(), list.asAt(), list.thresholdMonths(),
                list.children().stream().map(d -> new DelayedChild(d.child().id(), d.child().authority(),
                        d.child().childReference(), d.delay().since(), d.delay().days(), d.delay().reason())).toList());
    }
}
