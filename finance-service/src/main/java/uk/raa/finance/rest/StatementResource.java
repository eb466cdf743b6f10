package uk.raa.finance.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.raa.common.problem.Problem;
import uk.raa.finance.domain.contribution.BoardDecision;
import uk.raa.finance.domain.money.Money;
import uk.raa.finance.domain.partnership.AuthorityCode;
import uk.raa.finance.domain.partnership.FinancialYear;
import uk.raa.finance.rest.FinanceRequests.AdjustmentRequest;
import uk.raa.finance.rest.FinanceRequests.WhatIfRequest;
import uk.raa.finance.service.FinanceRoles;
import uk.raa.finance.service.FinanceRules;
import uk.raa.finance.service.StatementService;
import uk.raa.finance.service.StatementViews.AdjustmentView;
import uk.raa.finance.service.StatementViews.MemberStatementView;
import uk.raa.finance.service.StatementViews.StatementView;

/** Contributions and statements per financial year, the what-if, year-end close and adjustments. */
@Path("/")
@Tag(name = "Statements", description = "Contributions, gaps and adverse impact per financial year")
@Authenticated
@APIResponse(responseCode = "401", description = "Missing, invalid or expired token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Your role does not allow this",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class StatementResource {

    private final StatementService service;

    public StatementResource(StatementService service) {
        this.service = service;
    }

    @GET
    @Path("statements/{year}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({FinanceRoles.MANAGER, FinanceRoles.FINANCE})
    @Operation(summary = "The agency's statement for a financial year",
            description = "Agency totals and every member's contribution, joiner's gap and Board decision, adverse "
                    + "impact with its allocation to the existing members, fees, grants and adjustments. A closed "
                    + "year returns the statement as agreed at close. Send Accept: text/csv for CSV.")
    @APIResponse(responseCode = "200", description = "The statement",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = StatementView.class)),
                @Content(mediaType = StatementCsv.MEDIA_TYPE)})
    @APIResponse(responseCode = "404", description = "No member in that year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The rules cannot be applied (e.g. a missing baseline)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StatementView statement(@PathParam("year") @Min(1900) @Max(9998) @Parameter(description = "The April "
            + "the year starts", example = "2019") int year) {
        return service.agencyStatement(year);
    }

    @GET
    @Path("statements/{year}")
    @Produces(StatementCsv.MEDIA_TYPE)
    @RolesAllowed({FinanceRoles.MANAGER, FinanceRoles.FINANCE})
    @Operation(hidden = true)
    public Response statementCsv(@PathParam("year") @Min(1900) @Max(9998) int year) {
        StatementView view = service.agencyStatement(year);
        return csv(StatementCsv.of(view), "statement-" + view.agency() + "-" + year + ".csv");
    }

    @GET
    @Path("statements/{year}/{authority}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({FinanceRoles.MANAGER, FinanceRoles.FINANCE, FinanceRoles.COUNCIL_STAFF})
    @Operation(summary = "One member's statement for a financial year",
            description = "A partner authority sees only its own; any other authority answers 404 exactly like one "
                    + "that is not a member. Send Accept: text/csv for CSV.")
    @APIResponse(responseCode = "200", description = "The member's statement",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MemberStatementView.class)),
                @Content(mediaType = StatementCsv.MEDIA_TYPE)})
    @APIResponse(responseCode = "404", description = "No such member statement in your scope",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MemberStatementView memberStatement(
            @PathParam("year") @Min(1900) @Max(9998) @Parameter(example = "2019") int year,
            @PathParam("authority") @Pattern(regexp = FinanceRequests.AUTHORITY) @Parameter(example = "herefordshire")
            String authority) {
        return service.memberStatement(year, authority);
    }

    @GET
    @Path("statements/{year}/{authority}")
    @Produces(StatementCsv.MEDIA_TYPE)
    @RolesAllowed({FinanceRoles.MANAGER, FinanceRoles.FINANCE, FinanceRoles.COUNCIL_STAFF})
    @Operation(hidden = true)
    public Response memberStatementCsv(@PathParam("year") @Min(1900) @Max(9998) int year,
            @PathParam("authority") @Pattern(regexp = FinanceRequests.AUTHORITY) String authority) {
        MemberStatementView view = service.memberStatement(year, authority);
        return csv(StatementCsv.of(view), "statement-" + view.agency() + "-" + year + "-" + authority + ".csv");
    }

    @POST
    @Path("what-if")
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({FinanceRoles.MANAGER, FinanceRoles.FINANCE})
    @Operation(summary = "What if an authority joined?",
            description = "Every member's contribution, the joiner's gap and the adverse impact for the financial "
                    + "year containing the join date, using the stored baselines of the year before plus the "
                    + "hypothetical joiner's. Nothing is saved (only the audit row for reading the figures).")
    @APIResponse(responseCode = "200", description = "The hypothetical statement (status WHAT_IF)",
            content = @Content(schema = @Schema(implementation = StatementView.class)))
    @APIResponse(responseCode = "400", description = "A field breaks a rule",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The rules cannot be applied (zero adoptions, missing "
            + "baselines, a decision with no gap)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StatementView whatIf(@NotNull @Valid WhatIfRequest request) {
        BoardDecision decision = request.boardDecision() == null ? null : FinanceRules.apply(() -> new BoardDecision(
                AuthorityCode.of(request.authority()), FinancialYear.containing(request.joinDate()),
                request.boardDecision().kind(),
                request.boardDecision().amount() == null ? null : Money.of(request.boardDecision().amount())));
        return service.whatIf(new StatementService.WhatIf(request.authority(), request.inScopeSpend(),
                request.adoptions(), request.joinDate(), decision));
    }

    @POST
    @Path("years/{year}/close")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(FinanceRoles.MANAGER)
    @Operation(summary = "Close a financial year", description = "Locks the year's statement as it stands. Its "
            + "inputs can no longer change (409); corrections are posted as adjustments in the next open year.")
    @APIResponse(responseCode = "200", description = "The locked statement",
            content = @Content(schema = @Schema(implementation = StatementView.class)))
    @APIResponse(responseCode = "409", description = "Already closed, or a gap awaits a Board decision",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The rules cannot be applied (e.g. a missing baseline)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StatementView close(@PathParam("year") @Min(1900) @Max(9998) @Parameter(example = "2019") int year) {
        return service.close(year);
    }

    @POST
    @Path("adjustments")
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({FinanceRoles.MANAGER, FinanceRoles.FINANCE})
    @Operation(summary = "Post a correction to a closed year",
            description = "Posted to the member in the first open year after the closed one; the locked statement "
                    + "is never rewritten.")
    @APIResponse(responseCode = "201", description = "Posted",
            content = @Content(schema = @Schema(implementation = AdjustmentView.class)))
    @APIResponse(responseCode = "409", description = "The year is open: correct its inputs instead",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response adjust(@NotNull @Valid AdjustmentRequest request) {
        AdjustmentView view = service.postAdjustment(request.authority(), request.relatesToYear(), request.amount(),
                request.reason());
        return Response.status(201).entity(view).build();
    }

    private static Response csv(String body, String filename) {
        return Response.ok(body, StatementCsv.MEDIA_TYPE + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"").build();
    }
}
