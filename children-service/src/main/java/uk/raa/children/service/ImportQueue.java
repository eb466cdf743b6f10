package uk.raa.children.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;
import uk.raa.children.repository.ImportRepository;

/**
 * The queue of import jobs. It holds only job ids and authority codes (no personal data, no row-level security), so
 * a worker can claim a job before it has a scope, then take the job's authority as its scope.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ImportQueue {

    private final ImportRepository imports;

    public ImportQueue(ImportRepository imports) {
        this.imports = imports;
    }

    public Optional<ImportRepository.ClaimedJob> claim(int staleMinutes, int maxAttempts) {
        return imports.claimNext(staleMinutes, maxAttempts);
    }

    public void finished(UUID jobId) {
        imports.dequeue(jobId);
    }
}
