package uk.raa.children.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import uk.raa.children.domain.Child;
import uk.raa.children.domain.ChildDetails;
import uk.raa.children.domain.EthnicityCodes;
import uk.raa.children.domain.ImportFinding;
import uk.raa.children.domain.ImportJob;
import uk.raa.children.domain.JourneyChange;
import uk.raa.children.domain.JourneyMilestone;
import uk.raa.children.domain.Sex;
import uk.raa.children.domain.journey.ChildJourney;
import uk.raa.children.domain.journey.JourneyCheck;
import uk.raa.children.domain.journey.JourneyMerge;
import uk.raa.children.domain.journey.JourneyViolation;
import uk.raa.children.domain.journey.MergeFinding;
import uk.raa.children.domain.journey.MergeResult;
import uk.raa.children.domain.journey.MilestoneType;
import uk.raa.children.domain.journey.MilestoneValues;
import uk.raa.children.domain.ssda903.ChildCharacteristics;
import uk.raa.children.domain.ssda903.Finding;
import uk.raa.children.domain.ssda903.ImportedChild;
import uk.raa.children.domain.ssda903.Severity;
import uk.raa.children.repository.ChildRepository;
import uk.raa.children.repository.ImportRepository;
import uk.raa.common.audit.AuditAction;
import uk.raa.common.audit.AuditTrail;
import uk.raa.common.audit.Purpose;
import uk.raa.common.tenancy.ScopeContext;
import uk.raa.common.tenancy.TenantScope;
import uk.raa.common.tenancy.TenantScoped;

/**
 * The transactional steps of an import job, each in its own transaction in the job's authority's scope: a child is
 * applied atomically (its facts, history, findings and the job's counters together) or rejected and reported.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
@TenantScoped
public class ImportSteps {

    /** What the worker needs to read the job's files. */
    public record JobFiles(UUID jobId, String format, String collectionYear, List<String> tables) {
    }

    private final ImportRepository imports;
    private final ChildRepository children;
    private final JourneyWriter writer;
    private final ScopeContext scopes;
    private final AuditTrail audit;
    private final Clock clock;
    private final ProfileEvents profiles;

    public ImportSteps(ImportRepository imports, ChildRepository children, JourneyWriter writer, ScopeContext scopes,
            AuditTrail audit, Clock clock, ProfileEvents profiles) {
        this.profiles = profiles;
        this.imports = imports;
        this.children = children;
        this.writer = writer;
        this.scopes = scopes;
        this.audit = audit;
        this.clock = clock;
    }

    public Optional<JobFiles> start(UUID jobId) {
        TenantScope scope = scopes.current();
        Optional<ImportJob> found = imports.findInScope(jobId, scope);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ImportJob job = found.get();
        job.start(clock.instant());
        imports.deleteFindings(job.id());
        return Optional.of(new JobFiles(job.id(), job.format(), job.collectionYear(),
                imports.storedTables(job.id(), scope)));
    }

    public Optional<byte[]> chunk(UUID jobId, String table, int chunkNo) {
        return imports.chunk(jobId, table, chunkNo, scopes.current());
    }

    public void reading(UUID jobId, long rows, long bytes) {
        job(jobId).reading(rows, bytes);
    }

    /** Records the findings that belong to no child and starts applying children. Returns the next finding number. */
    public int applying(UUID jobId, long rows, long bytes, int childCount, List<Finding> fileFindings) {
        ImportJob job = job(jobId);
        job.reading(rows, bytes);
        job.applying(childCount);
        return write(job, null, fileFindings, 0);
    }

    /** Creates the child when new, merges the imported journey into the held one, and writes what changed. */
    public int applyChild(UUID jobId, ImportedChild imported, int seq) {
        return apply(job(jobId), scopes.current(), imported, seq);
    }

    /**
     * Applies a run of children in one transaction: one commit (and one scope setting) for many children, each
     * applied exactly as {@link #applyChild} would. If any child throws, nothing of the run is kept and the exception
     * goes to the caller, which then applies the run child by child, so one bad child still costs only itself.
     */
    public int applyChildren(UUID jobId, List<ImportedChild> run, int seq) {
        ImportJob job = job(jobId);
        TenantScope scope = scopes.current();
        int next = seq;
        for (ImportedChild imported : run) {
            next = apply(job, scope, imported, next);
        }
        return next;
    }

    private int apply(ImportJob job, TenantScope scope, ImportedChild imported, int seq) {
        String reference = imported.childId();
        if (reference == null || !reference.matches("[A-Za-z0-9/_-]{1,40}")) {
            return reject(job, imported, seq, "child-reference",
                    "CHILD must be 1 to 40 letters, digits, '/', '_' or '-' to be kept as the child's reference");
        }
        Optional<Child> existing = children.findByReference(job.authority(), reference);
        Child child;
        boolean changed = false;
        if (existing.isPresent()) {
            child = existing.get();
        } else {
            Optional<ChildDetails> details = details(imported.characteristics());
            if (details.isEmpty()) {
                return reject(job, imported, seq, "child-not-created", "the child is not registered and has no "
                        + "valid Header row (DOB, SEX, ETHNIC), so it could not be created; nothing was applied");
            }
            child = new Child(UUID.randomUUID(), job.authority(), reference, details.get(), clock.instant());
            children.persist(child);
            children.flush();
            changed = true;
        }
        List<JourneyMilestone> held = writer.held(child, scope);
        ChildJourney before = JourneyWriter.journey(child, held);
        MergeResult merged = JourneyMerge.merge(before, imported.journey());
        JourneyCheck beforeCheck = writer.check(child, before);
        JourneyCheck afterCheck = writer.check(child, merged.journey());
        if (afterCheck.hard().size() > beforeCheck.hard().size()) {
            JourneyViolation first = afterCheck.hard().get(0);
            return reject(job, imported, seq, "child-not-applied", "together with the journey already held, the "
                    + "import breaks rule " + first.rule() + " at " + first.field() + "; nothing was applied");
        }
        changed |= applyDifferences(child, held, merged.journey(), scope, job);
        if (merged.journey().adoptedByFosterCarers() != null
                && !merged.journey().adoptedByFosterCarers().equals(child.adoptedByFosterCarers())) {
            child.recordAdoptedByFosterCarers(merged.journey().adoptedByFosterCarers(), clock.instant());
            changed = true;
        }
        List<Finding> findings = new ArrayList<>(imported.findings());
        for (MergeFinding m : merged.findings()) {
            findings.add(Finding.warning("Journey", 0, m.field(), m.rule(), m.message()));
        }
        int next = write(job, reference, findings, seq);
        job.childDone(changed, false);
        if (changed) {
            profiles.publish(child, scope);
        }
        audit.record(AuditAction.IMPORT, ChildService.RECORD_TYPE, child.id().toString(), Purpose.IMPORT);
        return next;
    }

    /** After a failed apply (rolled back): reports the child as not applied, with its findings. */
    public int rejectAfterFailure(UUID jobId, ImportedChild imported, int seq, String rule, String message) {
        return reject(job(jobId), imported, seq, rule, message);
    }

    public void finish(UUID jobId) {
        job(jobId).finish(clock.instant());
    }

    public void fail(UUID jobId, String reason) {
        imports.findInScope(jobId, scopes.current()).ifPresent(job -> job.fail(reason, clock.instant()));
    }

    private int reject(ImportJob job, ImportedChild imported, int seq, String rule, String message) {
        List<Finding> findings = new ArrayList<>(imported.findings());
        findings.add(Finding.error(firstTable(imported), firstRow(imported), "CHILD", rule, message));
        int next = write(job, imported.childId(), findings, seq);
        job.childDone(false, true);
        return next;
    }

    private static String firstTable(ImportedChild imported) {
        return imported.findings().isEmpty() ? "Header" : imported.findings().get(0).table();
    }

    private static long firstRow(ImportedChild imported) {
        return imported.findings().isEmpty() ? 0 : imported.findings().get(0).row();
    }

    /**
     * Writes the merged journey's facts that differ from the held ones. A merge never drops a fact, so each held fact
     * either survives unchanged or was revised (same kind, same start or family); anything else is new.
     */
    private boolean applyDifferences(Child child, List<JourneyMilestone> held, ChildJourney merged, TenantScope scope,
            ImportJob job) {
        List<JourneyMilestone> unmatchedHeld = new ArrayList<>(held);
        List<MilestoneValues> unmatchedMerged = new ArrayList<>();
        for (MilestoneValues values : MilestoneValues.all(merged)) {
            Optional<JourneyMilestone> same = unmatchedHeld.stream().filter(h -> h.values().equals(values)).findFirst();
            if (same.isPresent()) {
                unmatchedHeld.remove(same.get());
            } else {
                unmatchedMerged.add(values);
            }
        }
        String reason = "SSDA903 import " + job.collectionYear() + " (job " + job.id() + ")";
        for (MilestoneValues values : unmatchedMerged) {
            Optional<JourneyMilestone> revised = unmatchedHeld.stream()
                    .filter(h -> h.type() == values.type() && sameFact(h.values(), values)).findFirst();
            if (revised.isPresent()) {
                unmatchedHeld.remove(revised.get());
                writer.change(child, revised.get(), values, scope, JourneyChange.Kind.IMPORT_REVISED, reason, false);
            } else {
                writer.add(child, values, scope, JourneyChange.Kind.IMPORTED, reason, false);
            }
        }
        return !unmatchedMerged.isEmpty();
    }

    private static boolean sameFact(MilestoneValues held, MilestoneValues merged) {
        MilestoneType type = held.type();
        if (type == MilestoneType.ENTERED_CARE || type == MilestoneType.PLACEMENT) {
            return held.date().equals(merged.date());
        }
        if (type == MilestoneType.MATCH_DECISION || type == MilestoneType.PLACED_FOR_ADOPTION
                || type == MilestoneType.DISRUPTION || type == MilestoneType.EARLY_PERMANENCE) {
            return java.util.Objects.equals(held.familyReference(), merged.familyReference());
        }
        return true;
    }

    private static Optional<ChildDetails> details(ChildCharacteristics c) {
        if (c == null || c.dateOfBirth() == null || c.sex() == null || c.ethnicity() == null
                || !EthnicityCodes.isKnownCode(c.ethnicity()) || !(c.sex().equals("1") || c.sex().equals("2"))) {
            return Optional.empty();
        }
        return Optional.of(new ChildDetails(c.dateOfBirth(), Sex.fromCode(c.sex()), c.ethnicity(), false));
    }

    private int write(ImportJob job, String childReference, List<Finding> findings, int seq) {
        int errors = 0;
        int warnings = 0;
        for (Finding f : findings) {
            imports.addFinding(job, new ImportFinding(seq++, childReference, f.table(), f.row(),
                    f.column(), f.rule(), f.message(), f.severity().name()));
            if (f.severity() == Severity.ERROR) {
                errors++;
            } else {
                warnings++;
            }
        }
        job.found(errors, warnings);
        return seq;
    }

    private ImportJob job(UUID jobId) {
        return imports.findInScope(jobId, scopes.current())
                .orElseThrow(() -> new IllegalStateException("import job not in the worker's scope"));
    }

    static LocalDate today(Clock clock) {
        return LocalDate.now(clock);
    }
}
