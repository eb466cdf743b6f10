package uk.raa.children.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** One SSDA903 upload being imported for its authority: progress counters and the outcome. */
@Entity
@Table(name = "import_job")
public class ImportJob {

    /** Where a job is. */
    public enum Status {
        QUEUED, RUNNING, DONE, FAILED
    }

    /** What a running job is doing: reading the files, then applying children one at a time. */
    public enum Phase {
        READING, APPLYING
    }

    @Id
    private UUID id;

    @Column(nullable = false, updatable = false)
    private String authority;

    @Column(name = "collection_year", nullable = false, updatable = false)
    private String collectionYear;

    @Column(nullable = false, updatable = false)
    private String format;

    @Column(nullable = false)
    private String status;

    @Column
    private String phase;

    @Column(name = "rows_read", nullable = false)
    private long rowsRead;

    @Column(name = "bytes_total", nullable = false)
    private long bytesTotal;

    @Column(name = "bytes_read", nullable = false)
    private long bytesRead;

    @Column(name = "children_total", nullable = false)
    private int childrenTotal;

    @Column(name = "children_done", nullable = false)
    private int childrenDone;

    @Column(name = "children_applied", nullable = false)
    private int childrenApplied;

    @Column(name = "children_unchanged", nullable = false)
    private int childrenUnchanged;

    @Column(name = "children_rejected", nullable = false)
    private int childrenRejected;

    @Column(nullable = false)
    private int errors;

    @Column(nullable = false)
    private int warnings;

    @Column
    private String failure;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Version
    private long version;

    protected ImportJob() {
    }

    public ImportJob(UUID id, String authority, String collectionYear, String format, String createdBy, Instant now) {
        this.id = id;
        this.authority = authority;
        this.collectionYear = collectionYear;
        this.format = format;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.status = Status.QUEUED.name();
    }

    public void stored(long bytes) {
        this.bytesTotal = bytes;
    }

    /** Starts (or, after a crashed worker, restarts) the job from the beginning; the merge makes that safe. */
    public void start(Instant now) {
        status = Status.RUNNING.name();
        phase = Phase.READING.name();
        startedAt = now;
        rowsRead = 0;
        bytesRead = 0;
        childrenTotal = 0;
        childrenDone = 0;
        childrenApplied = 0;
        childrenUnchanged = 0;
        childrenRejected = 0;
        errors = 0;
        warnings = 0;
        failure = null;
    }

    public void reading(long rows, long bytes) {
        rowsRead = rows;
        bytesRead = bytes;
    }

    public void applying(int children) {
        phase = Phase.APPLYING.name();
        childrenTotal = children;
    }

    /** Counts one child: applied (something changed), unchanged, or rejected (nothing changed). */
    public void childDone(boolean applied, boolean rejected) {
        childrenDone++;
        if (rejected) {
            childrenRejected++;
        } else if (applied) {
            childrenApplied++;
        } else {
            childrenUnchanged++;
        }
    }

    public void found(int errorCount, int warningCount) {
        errors += errorCount;
        warnings += warningCount;
    }

    public void finish(Instant now) {
        status = Status.DONE.name();
        phase = null;
        finishedAt = now;
    }

    /** @param reason names the step and the kind of failure only, never data from the files */
    public void fail(String reason, Instant now) {
        status = Status.FAILED.name();
        failure = reason;
        finishedAt = now;
    }

    /** Reading is the first half of the work, applying children the second. */
    public int percentDone() {
        if (Status.valueOf(status) == Status.DONE || Status.valueOf(status) == Status.FAILED) {
            return 100;
        }
        if (phase == null) {
            return 0;
        }
        if (Phase.valueOf(phase) == Phase.READING) {
            return bytesTotal == 0 ? 0 : (int) Math.min(50, bytesRead * 50 / bytesTotal);
        }
        return childrenTotal == 0 ? 99 : 50 + Math.min(49, childrenDone * 50 / childrenTotal);
    }

    public UUID id() { return id; }
    public String authority() { return authority; }
    public String collectionYear() { return collectionYear; }
    public String format() { return format; }
    public Status status() { return Status.valueOf(status); }
    public String phase() { return phase; }
    public long rowsRead() { return rowsRead; }
    public long bytesTotal() { return bytesTotal; }
    public int childrenTotal() { return childrenTotal; }
    public int childrenDone() { return childrenDone; }
    public int childrenApplied() { return childrenApplied; }
    public int childrenUnchanged() { return childrenUnchanged; }
    public int childrenRejected() { return childrenRejected; }
    public int errors() { return errors; }
    public int warnings() { return warnings; }
    public String failure() { return failure; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public Instant startedAt() { return startedAt; }
    public Instant finishedAt() { return finishedAt; }
}
