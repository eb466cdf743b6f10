package uk.raa.children.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import uk.raa.children.config.ImportConfig;
import uk.raa.children.repository.ImportRepository;

/**
 * Picks queued import jobs. Safe with several replicas: a job is claimed with FOR UPDATE SKIP LOCKED, and one whose
 * worker died is claimed again after the stale period (re-running a job is safe: the merge is idempotent).
 */
@ApplicationScoped
public class ImportWorker {

    private final ImportQueue queue;
    private final ImportRunner runner;
    private final ImportConfig config;

    public ImportWorker(ImportQueue queue, ImportRunner runner, ImportConfig config) {
        this.queue = queue;
        this.runner = runner;
        this.config = config;
    }

    @Scheduled(every = "${raa.imports.poll-every:2s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        while (true) {
            Optional<ImportRepository.ClaimedJob> claimed = queue.claim(config.staleMinutes(), config.maxAttempts());
            if (claimed.isEmpty()) {
                return;
            }
            try {
                runner.run(claimed.get().jobId(), claimed.get().authority());
            } finally {
                queue.finished(claimed.get().jobId());
            }
        }
    }
}
