package uk.raa.finance.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.raa.common.problem.Problem;
import uk.raa.finance.domain.fees.FeeRate;
import uk.raa.finance.domain.money.Money;
import uk.raa.finance.rest.FinanceRequests.FeeRateRequest;
import uk.raa.finance.service.FeeService;
import uk.raa.finance.service.FeeViews.FeeRateView;
import uk.raa.finance.service.FeeViews.LedgerView;
import uk.raa.finance.service.FinanceRoles;
import uk.raa.finance.service.FinanceRules;

/** The inter-agency fee schedule and the ledger of fees payable and receivable. */
@Path("/")
@Tag(name = "Inter-agency fees", description = "Fee schedule and the ledger built from placements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@APIResponse(responseCode = "401", description = "Missing, invalid or expired token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Your role does not allow this",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class FeeResource {

    private final FeeService service;

    public FeeResource(FeeService service) {
        this.service = service;
    }

    @GET
    @Path("fee-schedule")
    @RolesAllowed({FinanceRoles.MANAGER, FinanceRoles.FINANCE, FinanceRoles.COUNCIL_STAFF})
    @Operation(summary = "The inter-agency fee schedule", description = "Fees by effective date, the other "
            + "agency's type and sibling position; the rate on a date is the latest in force on or before it.")
    public List<FeeRateView> schedule() {
        return service.schedule();
    }

    @POST
    @Path("fee-schedule")
    @RolesAllowed(FinanceRoles.MANAGER)
    @Operation(summary = "Add a fee rate", description = "Applies to placements moving in from its date.")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(schema = @Schema(implementation = FeeRateView.class)))
    @APIResponse(responseCode = "400", description = "A field breaks a rule",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A rate for that date, type and position exists",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response addRate(@NotNull @Valid FeeRateRequest request) {
        FeeRate rate = FinanceRules.apply(() -> new FeeRate(request.effectiveFrom(), request.otherAgencyType(),
                request.siblingPosition(), Money.of(request.fee()), request.londonUplift()));
        return Response.status(201).entity(service.addRate(rate)).build();
    }

    @GET
    @Path("fees/{year}")
    @RolesAllowed({FinanceRoles.MANAGER, FinanceRoles.FINANCE, FinanceRoles.COUNCIL_STAFF})
    @Operation(summary = "The fee ledger for a financial year", description = "One line per child placed across "
            + "the agency's boundary (or within it, at no fee), with totals payable and receivable per authority. "
            + "A partner authority sees its own children's lines only.")
    @APIResponse(responseCode = "200", description = "The ledger",
            content = @Content(schema = @Schema(implementation = LedgerView.class)))
    public LedgerView ledger(@PathParam("year") @Min(1900) @Max(9998) @Parameter(example = "2019") int year) {
        return service.ledger(year);
    }
}
