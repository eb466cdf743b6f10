package uk.raa.common.events;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.raa.common.paging.Page;
import uk.raa.common.paging.PageRequest;
import uk.raa.common.problem.Problem;
import uk.raa.common.problem.ProblemException;

/**
 * Events this service could not take in, gaps it is waiting on, and how its projections compare with their owners.
 * Agency managers only. Never event data.
 */
@Path("/operations/events")
@Tag(name = "Event operations", description = "Parked events, dead letters, held events, resend requests and"
        + " reconciliation with the owners")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("manager")
public class EventOperationsResource {

    private final EventOperations operations;
    private final EventReconciler reconciler;

    public EventOperationsResource(EventOperations operations, EventReconciler reconciler) {
        this.operations = operations;
        this.reconciler = reconciler;
    }

    @GET
    @Path("/parked")
    @Operation(summary = "Parked events", description = "Valid events a consumer refused because they break its rules,"
            + " newest first, with the reason.")
    public Page<EventOperations.ParkedEvent> parked(@Valid @BeanParam PageRequest page) {
        return operations.parked(page);
    }

    @GET
    @Path("/dead-letters")
    @Operation(summary = "Dead letters", description = "Messages rejected to the dead-letter queue because they could"
            + " not be read as events or no consumer takes them, newest first, with the reason.")
    public Page<EventOperations.DeadLetter> deadLetters(@Valid @BeanParam PageRequest page) {
        return operations.deadLetters(page);
    }

    @GET
    @Path("/held")
    @Operation(summary = "Held events", description = "Events waiting for an earlier event of the same record.")
    public Page<EventOperations.HeldEvent> held(@Valid @BeanParam PageRequest page) {
        return operations.held(page);
    }

    @GET
    @Path("/resend-requests")
    @Operation(summary = "Resend requests", description = "Ranges of events this service asked their owners to"
            + " publish again after a gap stayed open too long.")
    public Page<EventOperations.ResendRequest> resendRequests(@Valid @BeanParam PageRequest page) {
        return operations.resendRequests(page);
    }

    @GET
    @Path("/reconciliation")
    @Operation(summary = "Last reconciliation run", description = "Counts from the last finished comparison of this"
            + " service's projections with their owners: aggregates compared, behind (resend requested), ahead of the"
            + " owner, unknown to the owner, unrepairable. 404 before the first run.")
    @APIResponse(responseCode = "200", description = "The last run",
            content = @Content(schema = @Schema(implementation = EventOperations.ReconciliationRun.class)))
    @APIResponse(responseCode = "404", description = "No run has finished yet",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public EventOperations.ReconciliationRun reconciliation() {
        return operations.lastReconciliation().orElseThrow(() -> new ProblemException(404, "not-found", "Not found",
                "No reconciliation run has finished yet."));
    }

    @GET
    @Path("/reconciliation/findings")
    @Operation(summary = "Last reconciliation's findings", description = "Per consuming handler and aggregate: kind"
            + " (behind, ahead, unknown-to-owner, unrepairable), both sequences and what the run did. Ids and"
            + " sequence numbers only.")
    public Page<EventOperations.ReconciliationFinding> reconciliationFindings(@Valid @BeanParam PageRequest page) {
        return operations.reconciliationFindings(page);
    }

    @POST
    @Path("/reconciliation/runs")
    @Operation(summary = "Reconcile now", description = "Publishes this service's watermarks and compares its"
            + " projections with the owners' last watermarks now, as the scheduled run does. 409 while another"
            + " replica runs one.")
    @APIResponse(responseCode = "200", description = "The run's counts",
            content = @Content(schema = @Schema(implementation = EventReconciler.RunSummary.class)))
    @APIResponse(responseCode = "409", description = "Another instance is running",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public EventReconciler.RunSummary reconcileNow() {
        return reconciler.runNow().orElseThrow(() -> ProblemException.conflict("A reconciliation run is in progress."));
    }
}
