package uk.raa.children.rest;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import uk.raa.children.domain.ImportFinding;
import uk.raa.children.domain.ImportJob;
import uk.raa.children.service.ImportService;
import uk.raa.common.paging.Page;
import uk.raa.common.paging.PageRequest;
import uk.raa.common.problem.Problem;
import uk.raa.common.problem.ProblemException;

/** SSDA903 returns imported as jobs, with progress and a findings report. */
@Path("/imports")
@Tag(name = "SSDA903 import", description = "One collection year's return (CSV tables or the XML form) as a job")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@APIResponse(responseCode = "401", description = "Missing, invalid or expired token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ImportResource {

    private final ImportService service;

    public ImportResource(ImportService service) {
        this.service = service;
    }

    @Schema(name = "ImportJob")
    public record ImportJobResponse(
            @Schema(example = "0c4b7d5e-2f7a-4b8e-9d1c-6a3e2f1b0c9d") UUID id,
            @Schema(example = "coventry") String authority,
            @Schema(example = "2019/20") String collectionYear,
            @Schema(example = "CSV") String format,
            @Schema(description = "QUEUED, RUNNING, DONE or FAILED", example = "RUNNING") String status,
            @Schema(description = "READING or APPLYING while running", example = "APPLYING") String phase,
            @Schema(example = "62") int percentDone,
            @Schema(description = "Rows read from the files", example = "7783") long rowsRead,
            @Schema(example = "2675") int childrenTotal,
            @Schema(example = "1400") int childrenDone,
            @Schema(description = "Children with something new or revised", example = "1390") int childrenApplied,
            @Schema(description = "Re-imported with nothing new", example = "0") int childrenUnchanged,
            @Schema(description = "Not applied; see findings", example = "10") int childrenRejected,
            @Schema(example = "212") int errors,
            @Schema(example = "96") int warnings,
            @Schema(example = "null") String failure,
            @Schema(example = "2026-11-22T10:15:30Z") Instant createdAt,
            @Schema(example = "2026-11-22T10:15:31Z") Instant startedAt,
            @Schema(example = "null") Instant finishedAt,
            @Schema(description = "The first page of findings") List<FindingResponse> findings) {
    }

    @Schema(name = "ImportFinding", description = "One problem in the return: where it is and which rule it breaks")
    public record FindingResponse(
            @Schema(example = "17") int seq,
            @Schema(description = "Your CHILD id, when the finding belongs to a child", example = "104236")
            String childReference,
            @Schema(example = "AD1") String table,
            @Schema(description = "CSV line (header = 1) or record number in the XML table", example = "12") long row,
            @Schema(example = "DATE_INT") String column,
            @Schema(example = "334") String rule,
            @Schema(example = "shouldBePlacedDecision.date must be on or after the start of the latest period of care (rule 334)")
            String message,
            @Schema(example = "ERROR") String severity) {
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Import an SSDA903 return", description = "Multipart form: collectionYear (e.g. 2019/20) "
            + "and either the CSV tables (header, episodes, ad1, placedAdoption; any subset) or xml. The files are "
            + "stored and imported off the request thread; poll the job for progress and findings. Re-importing the "
            + "same files changes nothing.")
    @APIResponse(responseCode = "202", description = "Accepted; the Location is the job",
            content = @Content(schema = @Schema(implementation = ImportJobResponse.class)))
    @APIResponse(responseCode = "400", description = "No file, both forms, or a bad collection year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Only an authority's principals import its return",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response submit(
            @RestForm("collectionYear") @NotNull @Pattern(regexp = "[0-9]{4}/[0-9]{2}",
                    message = "must look like 2019/20") @Parameter(example = "2019/20") String collectionYear,
            @RestForm("header") FileUpload header,
            @RestForm("episodes") FileUpload episodes,
            @RestForm("ad1") FileUpload ad1,
            @RestForm("placedAdoption") FileUpload placedAdoption,
            @RestForm("xml") FileUpload xml) {
        Map<String, java.nio.file.Path> files = new LinkedHashMap<>();
        put(files, "Header", header);
        put(files, "Episodes", episodes);
        put(files, "AD1", ad1);
        put(files, "PlacedAdoption", placedAdoption);
        put(files, ImportService.XML, xml);
        checkYear(collectionYear);
        ImportJob job = service.submit(collectionYear, files);
        return Response.accepted(toResponse(job, List.of()))
                // Relative to quarkus.rest.path, which the framework puts in front (with the request's host).
                .location(URI.create("imports/" + job.id())).build();
    }

    private static void checkYear(String year) {
        int first = Integer.parseInt(year.substring(2, 4));
        int second = Integer.parseInt(year.substring(5, 7));
        if ((first + 1) % 100 != second) {
            throw ProblemException.validation("collectionYear", "consecutive-years",
                    "must name two consecutive years such as 2019/20");
        }
    }

    private static void put(Map<String, java.nio.file.Path> files, String table, FileUpload upload) {
        if (upload != null && upload.uploadedFile() != null) {
            files.put(table, upload.uploadedFile());
        }
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read an import job", description = "Progress (rows read, children applied, % done), "
            + "counts and the first 50 findings.")
    @APIResponse(responseCode = "200", description = "The job",
            content = @Content(schema = @Schema(implementation = ImportJobResponse.class)))
    @APIResponse(responseCode = "404", description = "No such job in your scope",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ImportJobResponse get(@PathParam("id") UUID id) {
        ImportJob job = service.get(id);
        List<FindingResponse> first = service.findings(id, null, new PageRequest(0, 50)).items().stream()
                .map(ImportResource::toResponse).toList();
        return toResponse(job, first);
    }

    @GET
    @Path("{id}/findings")
    @Operation(summary = "Page through an import's findings", description = "In file order: table, row, column, "
            + "rule, message, severity.")
    @APIResponse(responseCode = "200", description = "One page of findings")
    @APIResponse(responseCode = "404", description = "No such job in your scope",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<FindingResponse> findings(@PathParam("id") UUID id,
            @QueryParam("severity") @Pattern(regexp = "ERROR|WARNING") @Parameter(example = "ERROR") String severity,
            @Valid @BeanParam PageRequest page) {
        return service.findings(id, severity, page).map(ImportResource::toResponse);
    }

    private static FindingResponse toResponse(ImportFinding f) {
        return new FindingResponse(f.seq(), f.childReference(), f.table(), f.row(), f.column(), f.rule(), f.message(),
                f.severity());
    }

    private static ImportJobResponse toResponse(ImportJob job, List<FindingResponse> findings) {
        return new ImportJobResponse(job.id(), job.authority(), job.collectionYear(), job.format(),
                job.status().name(), job.phase(), job.percentDone(), job.rowsRead(), job.childrenTotal(),
                job.childrenDone(), job.childrenApplied(), job.childrenUnchanged(), job.childrenRejected(),
                job.errors(), job.warnings(), job.failure(), job.createdAt(), job.startedAt(), job.finishedAt(),
                findings);
    }
}
