package uk.raa.common.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.raa.common.paging.Page;
import uk.raa.common.paging.PageRequest;

/** The audit trail of this service: who saw or changed a record, and when. Agency managers only. */
@Path("/audit")
@Tag(name = "Audit", description = "Who accessed a personal record, when and why")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("manager")
public class AuditResource {

    private final AuditQueries queries;

    public AuditResource(AuditQueries queries) {
        this.queries = queries;
    }

    @GET
    @Operation(summary = "Who accessed a record", description = "Every read or change of the record, newest first. "
            + "A list or search that returned the record counts as an access.")
    public Page<AuditEntry> accesses(
            @QueryParam("recordType") @NotBlank @Pattern(regexp = "[a-z-]{1,40}")
            @Parameter(description = "Kind of record", example = "child") String recordType,
            @QueryParam("recordId") @NotBlank @Size(max = 100)
            @Parameter(description = "The record's opaque id", example = "6f1c1c1e-3b0e-4d8e-9a53-8b7a1f0f2a10") String recordId,
            @Valid @BeanParam PageRequest page) {
        return queries.accessesTo(recordType, recordId, page);
    }
}
