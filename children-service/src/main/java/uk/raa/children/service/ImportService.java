package uk.raa.children.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.raa.children.domain.ImportFinding;
import uk.raa.children.domain.ImportJob;
import uk.raa.children.repository.ImportRepository;
import uk.raa.common.audit.AuditAction;
import uk.raa.common.audit.AuditTrail;
import uk.raa.common.audit.Purpose;
import uk.raa.common.paging.Page;
import uk.raa.common.paging.PageRequest;
import uk.raa.common.problem.ProblemException;
import uk.raa.common.tenancy.ScopeContext;
import uk.raa.common.tenancy.TenantScope;
import uk.raa.common.tenancy.TenantScoped;

/**
 * Accepting an SSDA903 upload as a job (the files are copied into the database in chunks, so any replica's worker
 * can stream them back) and reading a job's progress and findings.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class ImportService {

    public static final String RECORD_TYPE = "ssda903-import";
    public static final String XML = "XML";
    static final int CHUNK_BYTES = 1 << 20;

    private final ImportRepository imports;
    private final ScopeContext scopes;
    private final AuditTrail audit;
    private final Clock clock;

    public ImportService(ImportRepository imports, ScopeContext scopes, AuditTrail audit, Clock clock) {
        this.imports = imports;
        this.scopes = scopes;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @param files table name (Header, Episodes, AD1, PlacedAdoption) or {@link #XML} to the uploaded file
     */
    public ImportJob submit(String collectionYear, Map<String, Path> files) {
        TenantScope scope = scopes.current();
        if (scope.authority() == null) {
            throw ProblemException.forbidden("SSDA903 returns are imported by their own authority's principals.");
        }
        if (files.isEmpty()) {
            throw ProblemException.validation("files", "required",
                    "must include the XML return or at least one of header, episodes, ad1, placedAdoption");
        }
        if (files.containsKey(XML) && files.size() > 1) {
            throw ProblemException.validation("xml", "exclusive", "must be sent alone, without the CSV tables");
        }
        ImportJob job = new ImportJob(UUID.randomUUID(), scope.authority(), collectionYear,
                files.containsKey(XML) ? "XML" : "CSV", scope.actor(), clock.instant());
        imports.persist(job);
        imports.flush();
        long total = 0;
        for (Map.Entry<String, Path> file : new LinkedHashMap<>(files).entrySet()) {
            total += store(job, file.getKey(), file.getValue());
        }
        job.stored(total);
        imports.enqueue(job);
        audit.record(AuditAction.IMPORT, RECORD_TYPE, job.id().toString(), Purpose.IMPORT);
        return job;
    }

    private long store(ImportJob job, String table, Path file) {
        long bytes = 0;
        try (InputStream in = Files.newInputStream(file)) {
            int chunkNo = 0;
            while (true) {
                byte[] data = in.readNBytes(CHUNK_BYTES);
                if (data.length == 0) {
                    break;
                }
                imports.storeChunk(job, table, chunkNo++, data);
                bytes += data.length;
                if (data.length < CHUNK_BYTES) {
                    break;
                }
            }
            if (chunkNo == 0) {
                imports.storeChunk(job, table, 0, new byte[0]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the upload could not be stored", e);
        }
        return bytes;
    }

    public ImportJob get(UUID id) {
        TenantScope scope = scopes.current();
        ImportJob job = imports.findInScope(id, scope).orElseThrow(() -> ProblemException.notFound(RECORD_TYPE));
        audit.record(AuditAction.READ, RECORD_TYPE, job.id().toString(), Purpose.IMPORT);
        return job;
    }

    public Page<ImportFinding> findings(UUID id, String severity, PageRequest page) {
        TenantScope scope = scopes.current();
        ImportJob job = imports.findInScope(id, scope).orElseThrow(() -> ProblemException.notFound(RECORD_TYPE));
        List<ImportFinding> items = imports.findings(job.id(), scope, severity, page.offset(),
                page.size);
        long total = imports.countFindings(job.id(), scope, severity);
        audit.record(AuditAction.READ, RECORD_TYPE, job.id().toString(), Purpose.IMPORT);
        return new Page<>(items, page.page, page.size, total);
    }
}
