package uk.raa.children.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import uk.raa.children.domain.Child;
import uk.raa.children.domain.JourneyChange;
import uk.raa.children.domain.JourneyMilestone;
import uk.raa.children.domain.journey.ChildJourney;
import uk.raa.children.domain.journey.FactSource;
import uk.raa.children.domain.journey.JourneyCheck;
import uk.raa.children.domain.journey.JourneyFact;
import uk.raa.children.domain.journey.JourneyViolation;
import uk.raa.children.domain.journey.MilestoneType;
import uk.raa.children.domain.journey.MilestoneValues;
import uk.raa.children.repository.ChildRepository;
import uk.raa.children.repository.JourneyChangeRepository;
import uk.raa.children.repository.JourneyMilestoneRepository;
import uk.raa.common.audit.AuditAction;
import uk.raa.common.audit.AuditTrail;
import uk.raa.common.audit.Purpose;
import uk.raa.common.paging.Page;
import uk.raa.common.paging.PageRequest;
import uk.raa.common.problem.ProblemException;
import uk.raa.common.tenancy.ScopeContext;
import uk.raa.common.tenancy.TenantScope;
import uk.raa.common.tenancy.TenantScoped;
import uk.raa.common.write.ETags;
import uk.raa.common.write.IdempotentCreates;

/**
 * Recording and correcting a child's milestones and placements, reading the journey and its history. Hard journey
 * rules reject a change (422 naming the rule); soft ones come back as warnings. Nothing is overwritten silently: a
 * correction needs If-Match and a reason, and the old and new values go to the history.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class JourneyService {

    public static final String FACT_RECORD_TYPE = "journey fact";

    private final ChildRepository children;
    private final JourneyMilestoneRepository facts;
    private final JourneyChangeRepository changes;
    private final JourneyWriter writer;
    private final ScopeContext scopes;
    private final AuditTrail audit;
    private final IdempotentCreates idempotency;
    private final ProfileEvents profiles;

    public JourneyService(ChildRepository children, JourneyMilestoneRepository facts, JourneyChangeRepository changes,
            JourneyWriter writer, ScopeContext scopes, AuditTrail audit, IdempotentCreates idempotency,
            ProfileEvents profiles) {
        this.children = children;
        this.facts = facts;
        this.changes = changes;
        this.writer = writer;
        this.scopes = scopes;
        this.audit = audit;
        this.idempotency = idempotency;
        this.profiles = profiles;
    }

    /** The journey as stored, with its rule check. */
    public record JourneyState(Child child, List<JourneyMilestone> facts, ChildJourney journey, JourneyCheck check) {
    }

    /** A recorded or corrected fact and the journey's warnings after the change. */
    public record Recorded(JourneyMilestone fact, List<JourneyViolation> warnings, boolean replayed) {
    }

    public JourneyState journey(UUID childId) {
        TenantScope scope = scopes.current();
        Child child = requireChild(childId, scope);
        JourneyState state = state(child, scope);
        audit.record(AuditAction.READ, ChildService.RECORD_TYPE, child.id().toString(), Purpose.CASE_WORK);
        return state;
    }

    public Page<JourneyChange> history(UUID childId, PageRequest page) {
        TenantScope scope = scopes.current();
        Child child = requireChild(childId, scope);
        List<JourneyChange> items = changes.historyOf(child.id(), scope, page.page, page.size);
        long total = changes.countHistoryOf(child.id(), scope);
        audit.record(AuditAction.READ, ChildService.RECORD_TYPE, child.id().toString(), Purpose.CASE_WORK);
        return new Page<>(items, page.page, page.size, total);
    }

    public JourneyMilestone fact(UUID childId, UUID factId, boolean placement) {
        TenantScope scope = scopes.current();
        Child child = requireChild(childId, scope);
        JourneyMilestone fact = requireFact(child, factId, placement, scope);
        audit.record(AuditAction.READ, ChildService.RECORD_TYPE, child.id().toString(), Purpose.CASE_WORK);
        return fact;
    }

    /** Records a new milestone or placement (source SYSTEM: recorded through the API). */
    public Recorded record(UUID childId, MilestoneValues requested, String idempotencyKey, Object request) {
        TenantScope scope = scopes.current();
        Child child = requireChild(childId, scope);
        IdempotentCreates.Outcome outcome = idempotency.create(idempotencyKey, "journey-fact:" + childId, request,
                () -> add(child, requested, scope, agencyKind(scope, false), null).id().toString());
        JourneyMilestone fact = facts.findInScope(child.id(), UUID.fromString(outcome.id()), scope)
                .orElseThrow(() -> ProblemException.notFound(FACT_RECORD_TYPE));
        audit.record(outcome.replayed() ? AuditAction.READ : AuditAction.CREATE, ChildService.RECORD_TYPE,
                child.id().toString(), Purpose.CASE_WORK);
        return new Recorded(fact, state(child, scope).check().warnings(), outcome.replayed());
    }

    /** Corrects a fact: If-Match on its version, a reason, and the same type. */
    public Recorded correct(UUID childId, UUID factId, boolean placement, MilestoneValues requested, String reason,
            String ifMatch) {
        TenantScope scope = scopes.current();
        Child child = requireChild(childId, scope);
        JourneyMilestone fact = requireFact(child, factId, placement, scope);
        ETags.requireMatch(ifMatch, fact.version());
        if (requested.type() != fact.type()) {
            throw ProblemException.validation("type", "immutable", "must stay " + fact.type()
                    + "; record a new fact for another type");
        }
        if (reason == null || reason.isBlank()) {
            throw ProblemException.validation("reason", "required", "must say why the fact is corrected");
        }
        replace(child, fact, requested, scope, agencyKind(scope, true), reason);
        audit.record(AuditAction.CORRECT, ChildService.RECORD_TYPE, child.id().toString(), Purpose.CASE_WORK);
        return new Recorded(fact, state(child, scope).check().warnings(), false);
    }

    // ---- events from matching-service ------------------------------------------------------------------------

    /**
     * Applies a date matching-service recorded (match decision, placement started, disruption) for a family: the
     * system is the truth for it from then on ("Who owns a date"), so a different held date for the same family is
     * corrected, with the event as the reason. Runs in the child's authority's scope, set by the consumer.
     *
     * @return false when the child is not known here (the consumer parks the event)
     */
    public boolean applyFromMatching(UUID childId, MilestoneType type, String householdReference, LocalDate date,
            String eventId) {
        TenantScope scope = scopes.current();
        Optional<Child> found = children.findInScope(childId, scope);
        if (found.isEmpty()) {
            return false;
        }
        Child child = found.get();
        MilestoneValues values = new MilestoneValues(type, date, null, null, householdReference, false,
                FactSource.SYSTEM);
        Optional<JourneyMilestone> same = writer.held(child, scope).stream()
                .filter(f -> f.type() == type && householdReference.equals(f.values().familyReference()))
                .findFirst();
        String reason = "recorded by matching-service (event " + eventId + ")";
        if (same.isEmpty()) {
            add(child, values, scope, JourneyChange.Kind.EVENT_RECORDED, reason);
        } else if (!same.get().values().equals(new MilestoneValues(type, date, null,
                same.get().values().code(), householdReference, false, FactSource.SYSTEM))) {
            MilestoneValues corrected = new MilestoneValues(type, date, null, same.get().values().code(),
                    householdReference, false, FactSource.SYSTEM);
            replace(child, same.get(), corrected, scope, JourneyChange.Kind.EVENT_CORRECTED, reason);
        }
        audit.record(AuditAction.CONSUME, ChildService.RECORD_TYPE, child.id().toString(), Purpose.EVENT_PROCESSING);
        return true;
    }

    // ---- shared ----------------------------------------------------------------------------------------------

    private JourneyMilestone add(Child child, MilestoneValues values, TenantScope scope, JourneyChange.Kind kind,
            String reason) {
        List<JourneyMilestone> held = writer.held(child, scope);
        if (values.isSingleton() && held.stream().anyMatch(f -> f.type() == values.type())) {
            throw ProblemException.conflict("The child already has a " + values.type()
                    + "; correct it with PUT on its milestone id.");
        }
        JourneyFact fact = JourneyWriter.toFact(values);
        ChildJourney before = JourneyWriter.journey(child, held);
        ChildJourney.Builder after = before.toBuilder();
        MilestoneValues.addTo(after, fact);
        JourneyRejections.rejectNewHardViolations(writer.check(child, before), writer.check(child, after.build()));
        LocalDate availableBefore = profiles.availableSince(child, scope);
        JourneyMilestone stored = writer.add(child, values, scope, kind, reason, isAgencyRecorded(scope, kind));
        facts.flush();
        publishIfAvailabilityChanged(child, scope, availableBefore);
        return stored;
    }

    private void replace(Child child, JourneyMilestone fact, MilestoneValues values, TenantScope scope,
            JourneyChange.Kind kind, String reason) {
        JourneyWriter.toFact(values);
        List<JourneyMilestone> held = writer.held(child, scope);
        ChildJourney before = JourneyWriter.journey(child, held);
        List<JourneyFact> replaced = new ArrayList<>();
        for (JourneyMilestone f : held) {
            replaced.add(f.id().equals(fact.id()) ? values.toFact() : f.fact());
        }
        ChildJourney after = MilestoneValues.journey(replaced, child.adoptedByFosterCarers());
        JourneyRejections.rejectNewHardViolations(writer.check(child, before), writer.check(child, after));
        LocalDate availableBefore = profiles.availableSince(child, scope);
        writer.change(child, fact, values, scope, kind, reason, isAgencyRecorded(scope, kind));
        publishIfAvailabilityChanged(child, scope, availableBefore);
    }

    private void publishIfAvailabilityChanged(Child child, TenantScope scope, LocalDate before) {
        if (!java.util.Objects.equals(before, profiles.availableSince(child, scope))) {
            profiles.publish(child, scope);
        }
    }

    private static JourneyChange.Kind agencyKind(TenantScope scope, boolean correction) {
        return correction ? JourneyChange.Kind.CORRECTED : JourneyChange.Kind.RECORDED;
    }

    /** The agency's own records (its staff, or matching-service's events) form the authority's change feed. */
    private static boolean isAgencyRecorded(TenantScope scope, JourneyChange.Kind kind) {
        return scope.isAgencyStaff() || kind == JourneyChange.Kind.EVENT_RECORDED
                || kind == JourneyChange.Kind.EVENT_CORRECTED;
    }

    private JourneyState state(Child child, TenantScope scope) {
        List<JourneyMilestone> held = writer.held(child, scope);
        ChildJourney journey = JourneyWriter.journey(child, held);
        return new JourneyState(child, held, journey, writer.check(child, journey));
    }

    private Child requireChild(UUID childId, TenantScope scope) {
        return children.findInScope(childId, scope).orElseThrow(() -> ProblemException.notFound(ChildService.RECORD_TYPE));
    }

    private JourneyMilestone requireFact(Child child, UUID factId, boolean placement, TenantScope scope) {
        JourneyMilestone fact = facts.findInScope(child.id(), factId, scope)
                .orElseThrow(() -> ProblemException.notFound(FACT_RECORD_TYPE));
        if ((fact.type() == MilestoneType.PLACEMENT) != placement) {
            throw ProblemException.notFound(FACT_RECORD_TYPE);
        }
        return fact;
    }
}
