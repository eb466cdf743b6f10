package uk.raa.children.rest.scorecard;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.raa.children.domain.scorecard.ScorecardIndicator;
import uk.raa.children.service.scorecard.DrillDown;
import uk.raa.children.service.scorecard.ScorecardReport;
import uk.raa.children.service.scorecard.ScorecardService;
import uk.raa.children.service.scorecard.ScorecardThresholdService;
import uk.raa.children.service.scorecard.Table;
import uk.raa.children.service.scorecard.ThresholdTable;
import uk.raa.common.problem.Problem;
import uk.raa.common.write.ETags;

/** The DfE adoption scorecard: figures per authority and agency-wide, thresholds, and the children behind a figure. */
@Path("/scorecard")
@Tag(name = "Scorecard", description = "The DfE adoption scorecard (A1, A10, A2, A3, A11-A13) and its drill-down")
@APIResponse(responseCode = "401", description = "Missing, invalid or expired token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The role may not use this operation",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ScorecardResource {

    private final ScorecardService service;
    private final ScorecardThresholdService thresholds;

    public ScorecardResource(ScorecardService service, ScorecardThresholdService thresholds) {
        this.service = service;
        this.thresholds = thresholds;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, ExportFormats.CSV, ExportFormats.XLSX})
    @RolesAllowed({"manager", "practitioner", "council-staff", "case-system"})
    @Operation(summary = "The scorecard for a financial year", description = "1-year and 3-year (three years ending "
            + "with the period) figures per authority and, for agency staff, agency-wide (counting each authority only "
            + "for the years it was a member). A3 counts and percentages failing disclosure control are withheld "
            + "(`x` in CSV/XLSX). `dataAsAt` says which recorded data were used; pass it back as `asAt` to reproduce "
            + "the export after later corrections. A council sees only its own authority. Definitions: "
            + "docs/scorecard.md and docs/scorecard-api.md.")
    @APIResponse(responseCode = "200", description = "The scorecard (JSON, CSV or XLSX by `format`)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ScorecardReport.class)))
    @APIResponse(responseCode = "400", description = "A parameter is out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "The authority is not in your scope",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response scorecard(
            @QueryParam("period") @NotNull @Min(1990) @Max(2100)
            @Parameter(description = "Start year of the financial year (2014 = 2014/15)", example = "2014") Integer period,
            @QueryParam("years") @Min(1) @Max(3)
            @Parameter(description = "JSON only: 1 or 3 to return one of the two figures; both when absent",
                    example = "1") Integer years,
            @QueryParam("authority") @Pattern(regexp = "[a-z-]{2,40}")
            @Parameter(description = "One authority's row (agency staff); a council always gets its own",
                    example = "coventry") String authority,
            @QueryParam("format") @Parameter(description = "json (default), csv or xlsx", example = "json") String format,
            @QueryParam("asAt") @Parameter(description = "Use the data as recorded at this time (ISO-8601 or date)",
                    example = "2024-10-01T09:00:00Z") String asAt,
            @HeaderParam(HttpHeaders.AUTHORIZATION) @Parameter(hidden = true) String authorization) {
        if (years != null && years == 2) {
            throw uk.raa.common.problem.ProblemException.validation("years", "allowed", "years must be 1 or 3");
        }
        String chosen = ExportFormats.format(format, List.of("json", "csv", "xlsx"));
        ScorecardReport report = service.scorecard(period, authority, ExportFormats.asAt(asAt), authorization);
        String name = "scorecard-" + period + (authority == null ? "" : "-" + authority);
        return switch (chosen) {
            case "csv" -> file(ExportFormats.csv(ScorecardTable.of(report)), ExportFormats.CSV, name + ".csv", report);
            case "xlsx" -> file(ExportFormats.xlsx(List.of(ScorecardTable.of(report), about(report))),
                    ExportFormats.XLSX, name + ".xlsx", report);
            default -> Response.ok(years == null ? report : onlyYears(report, years), MediaType.APPLICATION_JSON)
                    .header("X-Data-As-At", report.dataAsAt().toString()).build();
        };
    }

    @GET
    @Path("/drill-down")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"manager", "practitioner", "council-staff", "case-system"})
    @Operation(summary = "The children behind a scorecard figure", description = "Each counted child by the "
            + "authority's own reference with the dates that start and stop its clock and the days counted; adopted "
            + "children the indicator leaves out, with the reason; and children whose journey could not give the "
            + "figure. No names. Only children in your scope; another authority answers 404. Audited.")
    @APIResponse(responseCode = "200", description = "The drill-down",
            content = @Content(schema = @Schema(implementation = DrillDown.class)))
    @APIResponse(responseCode = "400", description = "A parameter is out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "The authority is not in your scope",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "No A3 threshold applies to the period",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response drillDown(
            @QueryParam("indicator") @NotNull @Parameter(example = "A1") ScorecardIndicator indicator,
            @QueryParam("period") @NotNull @Min(1990) @Max(2100) @Parameter(example = "2014") Integer period,
            @QueryParam("years") @Min(1) @Max(3) @Parameter(description = "1 (default) or 3", example = "1")
            Integer years,
            @QueryParam("authority") @Pattern(regexp = "[a-z-]{2,40}")
            @Parameter(description = "Absent for agency staff: agency-wide", example = "coventry") String authority,
            @QueryParam("asAt") @Parameter(example = "2024-10-01T09:00:00Z") String asAt) {
        int length = years == null ? 1 : years;
        if (length == 2) {
            throw uk.raa.common.problem.ProblemException.validation("years", "allowed", "years must be 1 or 3");
        }
        DrillDown result = service.drillDown(indicator, period, length, authority, ExportFormats.asAt(asAt));
        return Response.ok(result).header("X-Data-As-At", result.dataAsAt().toString()).build();
    }

    @GET
    @Path("/thresholds")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"manager", "practitioner", "council-staff", "case-system", "finance"})
    @Operation(summary = "The scorecard thresholds in force", description = "Keyed by 3-year period; a later period "
            + "uses the last row before it. Version 0 is the DOMAIN.md default table. The ETag is the version.")
    @APIResponse(responseCode = "200", description = "The thresholds",
            content = @Content(schema = @Schema(implementation = ThresholdTable.class)))
    public Response getThresholds() {
        ThresholdTable table = thresholds.current();
        return Response.ok(table).tag(new jakarta.ws.rs.core.EntityTag(String.valueOf(table.version()))).build();
    }

    @PUT
    @Path("/thresholds")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("manager")
    @Operation(summary = "Replace the scorecard thresholds", description = "ACE managers only. Send If-Match with "
            + "the current version. The previous table stays in force for exports re-run as at an earlier time.")
    @APIResponse(responseCode = "200", description = "The new table",
            content = @Content(schema = @Schema(implementation = ThresholdTable.class)))
    @APIResponse(responseCode = "400", description = "A row breaks a rule",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The table changed since you read it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is required",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response putThresholds(@NotNull @Valid ThresholdsRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(example = "\"0\"") String ifMatch) {
        List<ThresholdTable.Row> rows = request.rows().stream().map(r -> new ThresholdTable.Row(r.firstYear(), null,
                r.a1Days(), r.a2Days(), r.a3Months())).toList();
        ThresholdTable table = thresholds.replace(ifMatch, request.reason(), rows);
        return Response.ok(table).tag(new jakarta.ws.rs.core.EntityTag(String.valueOf(table.version())))
                .header("X-ETag-Value", ETags.of(table.version())).build();
    }

    private static ScorecardReport onlyYears(ScorecardReport r, int years) {
        List<ScorecardReport.Row> rows = r.rows().stream().map(row -> new ScorecardReport.Row(row.scope(), row.code(),
                row.laNumber(), row.name(), years == 1 ? row.oneYear() : null, years == 3 ? row.threeYear() : null))
                .toList();
        return new ScorecardReport(r.agency(), r.oneYearPeriod(), r.threeYearPeriod(), r.dataAsAt(), r.generatedAt(),
                r.thresholdsVersion(), r.suppressNumeratorAtMost(), r.suppressDenominatorAtMost(),
                r.membershipYearRule(), rows, r.missingFigures());
    }

    private static Table about(ScorecardReport r) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("data_as_at", r.dataAsAt().toString()));
        rows.add(List.of("generated_at", r.generatedAt().toString()));
        rows.add(List.of("periods", r.oneYearPeriod() + " and " + r.threeYearPeriod()));
        rows.add(List.of("thresholds_version", String.valueOf(r.thresholdsVersion())));
        rows.add(List.of("disclosure", "A3 withheld (x) when the count is at most " + r.suppressNumeratorAtMost()
                + " or the children at most " + r.suppressDenominatorAtMost() + ", plus secondary suppression"));
        rows.add(List.of("membership_year_rule", r.membershipYearRule()));
        for (String missing : r.missingFigures()) {
            rows.add(List.of("missing", missing));
        }
        return new Table("About", List.of("item", "value"), rows);
    }

    static Response file(byte[] body, String type, String filename, ScorecardReport report) {
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
                .header("X-Data-As-At", report.dataAsAt().toString())
                .header("X-Missing-Figures", String.join("; ", report.missingFigures())).build();
    }
}
