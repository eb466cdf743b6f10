package uk.raa.common.events;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.raa.common.paging.Page;
import uk.raa.common.paging.PageRequest;

/** Events this service could not take in, and gaps it is waiting on. Agency managers only. Never event data. */
@Path("/operations/events")
@Tag(name = "Event operations", description = "Parked events, dead letters, held events and resend requests")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("manager")
public class EventOperationsResource {

    private final EventOperations operations;

    public EventOperationsResource(EventOperations operations) {
        this.operations = operations;
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
}
