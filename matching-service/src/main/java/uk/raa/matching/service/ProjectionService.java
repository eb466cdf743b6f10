package uk.raa.matching.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import uk.raa.common.audit.AuditAction;
import uk.raa.common.audit.AuditTrail;
import uk.raa.common.audit.Purpose;
import uk.raa.common.problem.ProblemException;
import uk.raa.common.tenancy.ScopeContext;
import uk.raa.common.tenancy.TenantScope;
import uk.raa.common.tenancy.TenantScoped;
import uk.raa.common.write.ETags;
import uk.raa.matching.domain.entity.ChildProjection;
import uk.raa.matching.domain.entity.HouseholdProjection;
import uk.raa.matching.domain.profile.ChildProfile;
import uk.raa.matching.domain.profile.HouseholdProfile;
import uk.raa.matching.repository.ChildProjectionRepository;
import uk.raa.matching.repository.HouseholdProjectionRepository;

/**
 * Keeps matching's copies of children and households up to date (common's membership handler keeps membership). Event consumers call the
 * {@code apply...} methods inside {@code ScopeContext.runAs} with a scope taken from the event; operators reconcile
 * a projection by hand through {@code upsert...} (If-Match on update). Either way it is audited.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class ProjectionService {

    public static final String CHILD_PROFILE = "child-profile";
    public static final String HOUSEHOLD_PROFILE = "household-profile";

    private final ChildProjectionRepository children;
    private final HouseholdProjectionRepository households;
    private final ScopeContext scopes;
    private final AuditTrail audit;
    private final Clock clock;

    public ProjectionService(ChildProjectionRepository children, HouseholdProjectionRepository households,
            ScopeContext scopes, AuditTrail audit, Clock clock) {
        this.children = children;
        this.households = households;
        this.scopes = scopes;
        this.audit = audit;
        this.clock = clock;
    }

    /** What an apply or upsert did. {@code applied} is false for an event older than the copy already held. */
    public record Outcome<T>(T projection, boolean created, boolean applied) {
    }

    /** From child.profile-changed.v1: applied in sequence order; an older event is ignored. */
    public Outcome<ChildProjection> applyChildProfile(ChildProfileChange change) {
        return writeChild(change, null, false, AuditAction.CONSUME, Purpose.EVENT_PROCESSING);
    }

    /** The operator's reconciliation: creates, or replaces the copy when If-Match names its current version. */
    public Outcome<ChildProjection> upsertChildProfile(ChildProfileChange change, String ifMatch) {
        return writeChild(change, ifMatch, true, null, Purpose.MATCHING);
    }

    /** From household.profile-changed.v1, in the scope of the household's agency. */
    public Outcome<HouseholdProjection> applyHouseholdProfile(HouseholdProfileChange change) {
        return writeHousehold(change, null, false, AuditAction.CONSUME, Purpose.EVENT_PROCESSING);
    }

    public Outcome<HouseholdProjection> upsertHouseholdProfile(HouseholdProfileChange change, String ifMatch) {
        return writeHousehold(change, ifMatch, true, null, Purpose.MATCHING);
    }

    private Outcome<ChildProjection> writeChild(ChildProfileChange change, String ifMatch, boolean checkVersion,
            AuditAction fixedAction, Purpose purpose) {
        TenantScope scope = scopes.current();
        if (!scope.covers(change.authority())) {
            throw ProblemException.rule("authority", "authority-in-scope",
                    "must be an authority whose children you may hold (a member of your agency)");
        }
        validate(change);
        Optional<ChildProjection> existing = children.findInScope(change.childId(), scope);
        if (existing.isPresent() && !existing.get().authority().equals(change.authority())) {
            throw ProblemException.rule("authority", "authority-unchanged", "must stay the authority the child has");
        }
        ChildProjection child = existing.orElseGet(() -> new ChildProjection(change.childId(), change.authority()));
        boolean created = existing.isEmpty();
        if (!created) {
            if (checkVersion) {
                ETags.requireMatch(ifMatch, child.version());
            } else if (change.sequence() <= child.sourceSequence()) {
                audit.record(AuditAction.CONSUME, CHILD_PROFILE, child.childId().toString(), purpose);
                return new Outcome<>(child, false, false);
            }
        }
        long sequence = Math.max(change.sequence(), created ? 0 : child.sourceSequence());
        child.apply(change.dateOfBirth(), change.sex(), change.ethnicity(), change.disability(), change.needs(),
                change.siblingGroupId(), change.excludedAreas(), change.available(), change.availableSince(),
                change.earlyPermanenceWanted(), sequence, clock.instant());
        if (created) {
            children.persist(child);
        }
        flushNew(() -> children.flush(), "child");
        audit.record(fixedAction != null ? fixedAction : created ? AuditAction.CREATE : AuditAction.UPDATE,
                CHILD_PROFILE, child.childId().toString(), purpose);
        return new Outcome<>(child, created, true);
    }

    private Outcome<HouseholdProjection> writeHousehold(HouseholdProfileChange change, String ifMatch,
            boolean checkVersion, AuditAction fixedAction, Purpose purpose) {
        TenantScope scope = scopes.current();
        if (!scope.isAgencyStaff()) {
            throw ProblemException.forbidden("Households' match profiles are kept by their agency.");
        }
        if (change.numberOfAdopters() < 1 || change.numberOfAdopters() > 2) {
            throw ProblemException.validation("numberOfAdopters", "range", "must be 1 or 2");
        }
        HouseholdProfile profile = change.profile();
        Optional<HouseholdProjection> existing = households.findForAgency(profile.householdId(), scope.agency());
        HouseholdProjection household = existing
                .orElseGet(() -> new HouseholdProjection(profile.householdId(), scope.agency()));
        boolean created = existing.isEmpty();
        if (!created) {
            if (checkVersion) {
                ETags.requireMatch(ifMatch, household.version());
            } else if (change.sequence() <= household.sourceSequence()) {
                audit.record(AuditAction.CONSUME, HOUSEHOLD_PROFILE, household.householdId().toString(), purpose);
                return new Outcome<>(household, false, false);
            }
        }
        long sequence = Math.max(change.sequence(), created ? 0 : household.sourceSequence());
        household.apply(profile, change.numberOfAdopters(), sequence, clock.instant());
        if (created) {
            households.persist(household);
        }
        flushNew(() -> households.flush(), "household");
        audit.record(fixedAction != null ? fixedAction : created ? AuditAction.CREATE : AuditAction.UPDATE,
                HOUSEHOLD_PROFILE, household.householdId().toString(), purpose);
        return new Outcome<>(household, created, true);
    }

    /**
     * Row-level security hides another scope's row with the same id, so the insert is the first to find it: the
     * same conflict whoever holds it, naming nothing about it.
     */
    private static void flushNew(Runnable flush, String recordName) {
        try {
            flush.run();
        } catch (PersistenceException e) {
            throw ProblemException.conflict("A " + recordName + " with this id is held outside your scope.");
        }
    }

    /** Builds the domain profile once, so the projection never holds what the ranking would reject. */
    private static void validate(ChildProfileChange change) {
        if (change.available() && change.availableSince() == null) {
            throw ProblemException.validation("availableSince", "required-when-available",
                    "is required when the child is available for matching");
        }
        DomainProblems.translate(() -> new ChildProfile(change.childId(), change.authority(), change.dateOfBirth(),
                change.sex(), change.ethnicity(), change.disability(), change.needs(), change.siblingGroupId(),
                change.excludedAreas(), change.availableSince() != null ? change.availableSince()
                        : change.dateOfBirth(), change.earlyPermanenceWanted()));
    }
}
