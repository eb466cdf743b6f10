package uk.raa.children.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import uk.raa.children.domain.ImportFinding;
import uk.raa.children.domain.ImportJob;
import uk.raa.common.tenancy.TenantScope;

/** Import jobs, their stored files (in chunks) and findings, always in the caller's scope. */
@ApplicationScoped
public class ImportRepository implements PanacheRepositoryBase<ImportJob, UUID> {

    /** A job a worker claimed from the queue. */
    public record ClaimedJob(UUID jobId, String authority) {
    }

    private final EntityManager em;

    public ImportRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<ImportJob> findInScope(UUID id, TenantScope scope) {
        return find("id = ?1 and authority in ?2", id, scope.authorities()).firstResultOptional();
    }

    public void storeChunk(ImportJob job, String table, int chunkNo, byte[] data) {
        em.createNativeQuery("insert into import_file_chunk (job_id, authority, table_name, chunk_no, data)"
                        + " values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, job.id()).setParameter(2, job.authority()).setParameter(3, table)
                .setParameter(4, chunkNo).setParameter(5, data).executeUpdate();
    }

    public List<String> storedTables(UUID jobId, TenantScope scope) {
        @SuppressWarnings("unchecked")
        List<String> tables = em.createNativeQuery("select distinct table_name from import_file_chunk"
                        + " where job_id = ?1 and authority = any (string_to_array(?2, ','))")
                .setParameter(1, jobId).setParameter(2, scope.authoritiesSetting()).getResultList();
        return tables;
    }

    public Optional<byte[]> chunk(UUID jobId, String table, int chunkNo, TenantScope scope) {
        @SuppressWarnings("unchecked")
        List<byte[]> rows = em.createNativeQuery("select data from import_file_chunk where job_id = ?1"
                        + " and table_name = ?2 and chunk_no = ?3 and authority = any (string_to_array(?4, ','))")
                .setParameter(1, jobId).setParameter(2, table).setParameter(3, chunkNo)
                .setParameter(4, scope.authoritiesSetting()).getResultList();
        return rows.stream().findFirst();
    }

    public void deleteFindings(UUID jobId) {
        em.createNativeQuery("delete from import_finding where job_id = ?1").setParameter(1, jobId).executeUpdate();
    }

    public void addFinding(ImportJob job, ImportFinding f) {
        em.createNativeQuery("insert into import_finding (job_id, authority, seq, child_reference, table_name, row_no,"
                        + " column_name, rule, message, severity) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")
                .setParameter(1, job.id()).setParameter(2, job.authority()).setParameter(3, f.seq())
                .setParameter(4, f.childReference()).setParameter(5, f.table()).setParameter(6, f.row())
                .setParameter(7, f.column()).setParameter(8, f.rule()).setParameter(9, f.message())
                .setParameter(10, f.severity()).executeUpdate();
    }

    public List<ImportFinding> findings(UUID jobId, TenantScope scope, String severity, int offset, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select seq, child_reference, table_name, row_no, column_name, rule,"
                        + " message, severity from import_finding where job_id = ?1"
                        + " and authority = any (string_to_array(?2, ',')) and (?3 = '' or severity = ?3)"
                        + " order by seq offset ?4 limit ?5")
                .setParameter(1, jobId).setParameter(2, scope.authoritiesSetting())
                .setParameter(3, severity == null ? "" : severity).setParameter(4, offset).setParameter(5, limit)
                .getResultList();
        List<ImportFinding> out = new ArrayList<>();
        for (Object[] r : rows) {
            out.add(new ImportFinding(((Number) r[0]).intValue(), (String) r[1], (String) r[2],
                    ((Number) r[3]).longValue(), (String) r[4], (String) r[5], (String) r[6], (String) r[7]));
        }
        return out;
    }

    public long countFindings(UUID jobId, TenantScope scope, String severity) {
        return ((Number) em.createNativeQuery("select count(*) from import_finding where job_id = ?1"
                        + " and authority = any (string_to_array(?2, ',')) and (?3 = '' or severity = ?3)")
                .setParameter(1, jobId).setParameter(2, scope.authoritiesSetting())
                .setParameter(3, severity == null ? "" : severity).getSingleResult()).longValue();
    }

    public void enqueue(ImportJob job) {
        em.createNativeQuery("insert into import_queue (job_id, authority, state, queued_at)"
                        + " values (?1, ?2, 'QUEUED', now())")
                .setParameter(1, job.id()).setParameter(2, job.authority()).executeUpdate();
    }

    /**
     * Claims the oldest waiting job, or one whose worker has not finished it within the stale period (a crashed
     * replica). SKIP LOCKED lets several replicas poll at once without taking the same job.
     */
    public Optional<ClaimedJob> claimNext(int staleMinutes, int maxAttempts) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select job_id, authority from import_queue"
                        + " where attempts < ?2 and (state = 'QUEUED' or (state = 'CLAIMED'"
                        + " and claimed_at < now() - make_interval(mins => ?1)))"
                        + " order by queued_at limit 1 for update skip locked")
                .setParameter(1, staleMinutes).setParameter(2, maxAttempts).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        UUID id = (UUID) rows.get(0)[0];
        em.createNativeQuery("update import_queue set state = 'CLAIMED', claimed_at = now(), attempts = attempts + 1"
                + " where job_id = ?1").setParameter(1, id).executeUpdate();
        return Optional.of(new ClaimedJob(id, (String) rows.get(0)[1]));
    }

    public void dequeue(UUID jobId) {
        em.createNativeQuery("update import_queue set state = 'FINISHED' where job_id = ?1")
                .setParameter(1, jobId).executeUpdate();
    }
}
