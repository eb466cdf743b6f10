package uk.raa.children.rest.scorecard;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.raa.children.service.scorecard.AsglbReturn;
import uk.raa.children.service.scorecard.AsglbReturnService;
import uk.raa.children.service.scorecard.Table;
import uk.raa.common.problem.Problem;

/** Data returns the agency sends: the ASGLB quarterly adoption return. */
@Path("/returns")
@Tag(name = "Data returns", description = "The ASGLB quarterly adoption data return")
@APIResponse(responseCode = "401", description = "Missing, invalid or expired token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The role may not download returns",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ReturnsResource {

    private final AsglbReturnService service;

    public ReturnsResource(AsglbReturnService service) {
        this.service = service;
    }

    @GET
    @Path("/asglb")
    @Produces({ExportFormats.CSV, ExportFormats.XLSX})
    @RolesAllowed({"manager", "practitioner", "council-staff", "case-system"})
    @Operation(summary = "The ASGLB quarterly return", description = "Child-level, 1 April to the end of the quarter "
            + "(financial-year quarters: 2024-Q3 = October-December 2024). XLSX has the sheets Adoptions, Adoptive "
            + "families and About; CSV gives one sheet (`sheet=adoptions|families`). Children in your scope only. "
            + "Fields not yet filled are listed in About and in the X-Not-Filled header. Audited as a data return.")
    @APIResponse(responseCode = "200", description = "The return",
            content = @Content(mediaType = ExportFormats.XLSX))
    @APIResponse(responseCode = "400", description = "A parameter is malformed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response asglb(
            @QueryParam("quarter") @NotNull @Parameter(example = "2024-Q3") String quarter,
            @QueryParam("format") @Parameter(description = "csv (default) or xlsx", example = "xlsx") String format,
            @QueryParam("sheet") @Parameter(description = "CSV only: adoptions (default) or families",
                    example = "adoptions") String sheet,
            @QueryParam("asAt") @Parameter(example = "2024-10-01T09:00:00Z") String asAt) {
        String chosen = ExportFormats.format(format, List.of("csv", "xlsx"));
        String chosenSheet = sheet == null ? "adoptions" : sheet;
        if (!List.of("adoptions", "families").contains(chosenSheet)) {
            throw uk.raa.common.problem.ProblemException.validation("sheet", "allowed",
                    "sheet must be adoptions or families");
        }
        AsglbReturn ret = service.asglb(quarter, ExportFormats.asAt(asAt));
        byte[] body;
        String type;
        String name = "asglb-" + quarter;
        if (chosen.equals("xlsx")) {
            body = ExportFormats.xlsx(List.of(ret.adoptions(), ret.families(), about(ret)));
            type = ExportFormats.XLSX;
            name += ".xlsx";
        } else {
            body = ExportFormats.csv(chosenSheet.equals("families") ? ret.families() : ret.adoptions());
            type = ExportFormats.CSV;
            name += "-" + chosenSheet + ".csv";
        }
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("X-Data-As-At", ret.dataAsAt().toString())
                .header("X-Not-Filled", String.join("; ", ret.notFilled())).build();
    }

    private static Table about(AsglbReturn ret) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("quarter", ret.quarter()));
        rows.add(List.of("from", ret.from().toString()));
        rows.add(List.of("to", ret.to().toString()));
        rows.add(List.of("data_as_at", ret.dataAsAt().toString()));
        ret.notFilled().forEach(n -> rows.add(List.of("not_filled", n)));
        return new Table("About", List.of("item", "value"), rows);
    }
}
