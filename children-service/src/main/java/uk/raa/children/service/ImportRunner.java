package uk.raa.children.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import uk.raa.children.config.ImportConfig;
import uk.raa.children.domain.ssda903.Finding;
import uk.raa.children.domain.ssda903.ImportedChild;
import uk.raa.children.domain.ssda903.RawRow;
import uk.raa.children.domain.ssda903.RowSource;
import uk.raa.children.domain.ssda903.Ssda903Assembler;
import uk.raa.children.domain.ssda903.Ssda903Codes;
import uk.raa.children.domain.ssda903.Ssda903CsvSource;
import uk.raa.children.domain.ssda903.Ssda903Import;
import uk.raa.children.domain.ssda903.Ssda903Table;
import uk.raa.children.domain.ssda903.Ssda903XmlSource;
import uk.raa.common.problem.ProblemException;
import uk.raa.common.tenancy.MembershipDirectory;
import uk.raa.common.tenancy.ScopeContext;
import uk.raa.common.tenancy.TenantScope;

/**
 * Runs one claimed import job off the request thread, in the uploading authority's scope set explicitly. The stored
 * files are streamed back chunk by chunk; each child is applied in its own transaction or reported.
 */
@ApplicationScoped
public class ImportRunner {

    private static final Logger LOG = Logger.getLogger(ImportRunner.class);
    private static final int PROGRESS_EVERY_ROWS = 1000;

    private final ImportSteps steps;
    private final ScopeContext scopes;
    private final MembershipDirectory membership;
    private final Clock clock;
    private final int runSize;

    public ImportRunner(ImportSteps steps, ScopeContext scopes, MembershipDirectory membership, Clock clock,
            ImportConfig config) {
        this.runSize = Math.max(1, config.childrenPerTransaction());
        this.steps = steps;
        this.scopes = scopes;
        this.membership = membership;
        this.clock = clock;
    }

    public void run(UUID jobId, String authority) {
        TenantScope scope = TenantScope.system("ssda903-import", authority, membership.agencyOf(authority).orElse(null),
                Set.of(authority));
        scopes.runAs(scope, () -> process(jobId));
    }

    private void process(UUID jobId) {
        Optional<ImportSteps.JobFiles> files = steps.start(jobId);
        if (files.isEmpty()) {
            return;
        }
        Progress progress = new Progress(jobId);
        String stage = "reading the files";
        try {
            Ssda903Import imported = new Ssda903Assembler(Ssda903Codes.standard(), LocalDate.now(clock))
                    .assemble(sources(files.get(), progress).toArray(RowSource[]::new));
            stage = "applying children";
            int seq = steps.applying(jobId, progress.rows, progress.bytes, imported.childCount(),
                    imported.fileFindings());
            Iterator<ImportedChild> children = imported.children();
            List<ImportedChild> run = new ArrayList<>(runSize);
            while (children.hasNext()) {
                run.add(children.next());
                if (run.size() == runSize || !children.hasNext()) {
                    seq = applyRun(jobId, run, seq);
                    run.clear();
                }
            }
            steps.finish(jobId);
        } catch (RuntimeException e) {
            LOG.errorf("import job %s failed while %s: %s", jobId, stage, e.getClass().getName());
            steps.fail(jobId, "the import stopped while " + stage + " (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** A run of children in one transaction; if that fails, each child in its own, as before runs existed. */
    private int applyRun(UUID jobId, List<ImportedChild> run, int seq) {
        if (run.size() > 1) {
            try {
                return steps.applyChildren(jobId, run, seq);
            } catch (RuntimeException e) {
                LOG.debugf("import job %s: a run of %d children failed (%s); applying them one by one", jobId,
                        run.size(), e.getClass().getName());
            }
        }
        int next = seq;
        for (ImportedChild child : run) {
            try {
                next = steps.applyChild(jobId, child, next);
            } catch (ProblemException e) {
                next = steps.rejectAfterFailure(jobId, child, next, "child-not-applied",
                        "the child could not be applied (" + e.toProblem().title() + "); nothing was changed");
            } catch (RuntimeException e) {
                LOG.warnf("import job %s: a child could not be applied: %s", jobId, e.getClass().getName());
                next = steps.rejectAfterFailure(jobId, child, next, "child-not-applied",
                        "the child could not be applied (" + e.getClass().getSimpleName() + "); nothing was changed");
            }
        }
        return next;
    }

    private List<RowSource> sources(ImportSteps.JobFiles files, Progress progress) {
        List<RowSource> sources = new ArrayList<>();
        if ("XML".equals(files.format())) {
            sources.add(new CountingSource(new Ssda903XmlSource(new ChunkStream(files.jobId(), ImportService.XML,
                    progress)), progress));
            return sources;
        }
        for (Ssda903Table table : Ssda903Table.values()) {
            if (files.tables().contains(table.tableName())) {
                InputStream in = new ChunkStream(files.jobId(), table.tableName(), progress);
                sources.add(new CountingSource(new Ssda903CsvSource(table,
                        new InputStreamReader(in, StandardCharsets.UTF_8)), progress));
            }
        }
        return sources;
    }

    /** Rows and bytes read so far, written to the job now and then. */
    private final class Progress {
        private final UUID jobId;
        private long rows;
        private long bytes;

        Progress(UUID jobId) {
            this.jobId = jobId;
        }

        void row() {
            rows++;
            if (rows % PROGRESS_EVERY_ROWS == 0) {
                steps.reading(jobId, rows, bytes);
            }
        }
    }

    /** Streams one stored file back from its chunks, one short transaction per chunk. */
    private final class ChunkStream extends InputStream {
        private final UUID jobId;
        private final String table;
        private final Progress progress;
        private int nextChunk;
        private byte[] current = new byte[0];
        private int position;
        private boolean finished;

        ChunkStream(UUID jobId, String table, Progress progress) {
            this.jobId = jobId;
            this.table = table;
            this.progress = progress;
        }

        private boolean fill() {
            while (!finished && position >= current.length) {
                Optional<byte[]> chunk = steps.chunk(jobId, table, nextChunk++);
                if (chunk.isEmpty()) {
                    finished = true;
                } else {
                    current = chunk.get();
                    position = 0;
                    progress.bytes += current.length;
                }
            }
            return position < current.length;
        }

        @Override
        public int read() {
            return fill() ? current[position++] & 0xff : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int n = Math.min(len, current.length - position);
            System.arraycopy(current, position, b, off, n);
            position += n;
            return n;
        }

        @Override
        public void close() throws IOException {
            finished = true;
        }
    }

    /** Counts rows as they pass, for the job's progress. */
    private static final class CountingSource implements RowSource {
        private final RowSource delegate;
        private final Progress progress;

        CountingSource(RowSource delegate, Progress progress) {
            this.delegate = delegate;
            this.progress = progress;
        }

        @Override
        public boolean hasNext() {
            return delegate.hasNext();
        }

        @Override
        public RawRow next() {
            RawRow row = delegate.next();
            progress.row();
            return row;
        }

        @Override
        public List<Finding> drainFindings() {
            return delegate.drainFindings();
        }

        @Override
        public void close() {
            delegate.close();
        }
    }
}
