package uk.raa.adopters.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import uk.raa.adopters.domain.DomainRuleViolation;
import uk.raa.adopters.domain.entity.AdopterEntity;
import uk.raa.adopters.domain.entity.HouseholdAddress;
import uk.raa.adopters.domain.entity.HouseholdEntity;
import uk.raa.adopters.domain.entity.ProcessStepEntity;
import uk.raa.adopters.domain.household.Household;
import uk.raa.adopters.domain.household.HouseholdReference;
import uk.raa.adopters.domain.indicators.AdopterIndicatorCalculator;
import uk.raa.adopters.domain.indicators.AdopterIndicatorReport;
import uk.raa.adopters.domain.indicators.FinancialYear;
import uk.raa.adopters.domain.indicators.HouseholdTimeline;
import uk.raa.adopters.domain.indicators.IndicatorThresholds;
import uk.raa.adopters.domain.process.InvalidTransition;
import uk.raa.adopters.domain.process.ProcessEvent;
import uk.raa.adopters.domain.process.ProcessSnapshot;
import uk.raa.adopters.domain.process.ProcessStep;
import uk.raa.adopters.domain.process.ProcessTimeline;
import uk.raa.adopters.domain.process.Timescale;
import uk.raa.adopters.domain.process.TimescaleMonitor;
import uk.raa.adopters.messaging.HouseholdEventPublisher;
import uk.raa.adopters.messaging.HouseholdEvents;
import uk.raa.adopters.repository.AdopterRepository;
import uk.raa.adopters.repository.HouseholdAddressRepository;
import uk.raa.adopters.repository.HouseholdRepository;
import uk.raa.adopters.repository.ProcessStepRepository;
import uk.raa.adopters.service.HouseholdViews.Created;
import uk.raa.adopters.service.HouseholdViews.Full;
import uk.raa.adopters.service.HouseholdViews.Indicators;
import uk.raa.adopters.service.HouseholdViews.ListFilter;
import uk.raa.adopters.service.HouseholdViews.MatchProfile;
import uk.raa.adopters.service.HouseholdViews.Timeline;
import uk.raa.adopters.service.HouseholdViews.TimescaleStatus;
import uk.raa.adopters.service.HouseholdViews.TrackedTimescale;
import uk.raa.adopters.service.HouseholdViews.Visible;
import uk.raa.common.audit.AuditAction;
import uk.raa.common.audit.AuditTrail;
import uk.raa.common.audit.Purpose;
import uk.raa.common.paging.Page;
import uk.raa.common.paging.PageRequest;
import uk.raa.common.problem.Problem;
import uk.raa.common.problem.ProblemException;
import uk.raa.common.tenancy.ScopeContext;
import uk.raa.common.tenancy.TenantScope;
import uk.raa.common.tenancy.TenantScoped;
import uk.raa.common.write.ETags;
import uk.raa.common.write.IdempotentCreates;

/**
 * Households of the caller's agency and their two-stage process: create, read, update, record steps, timeline and
 * indicators. Every read and change is audited (record type {@value #RECORD_TYPE}). Agency staff see whole
 * households; a council sees only the match profile of a household linked to a match with one of its children, and
 * gets the same 404 as for a nonexistent id otherwise. Changes to an approved household's match profile (offer, area,
 * status, approval) publish {@code household.profile-changed.v1} through the outbox in the same transaction.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class HouseholdService {

    public static final String RECORD_TYPE = "household";

    private final HouseholdRepository households;
    private final AdopterRepository adopters;
    private final HouseholdAddressRepository addresses;
    private final ProcessStepRepository steps;
    private final ScopeContext scopes;
    private final AuditTrail audit;
    private final IdempotentCreates idempotency;
    private final TimescaleMonitor monitor;
    private final AdopterIndicatorCalculator calculator;
    private final IndicatorThresholds thresholds;
    private final HouseholdEventPublisher events;
    private final Clock clock;

    public HouseholdService(HouseholdRepository households, AdopterRepository adopters,
            HouseholdAddressRepository addresses, ProcessStepRepository steps, ScopeContext scopes, AuditTrail audit,
            IdempotentCreates idempotency, TimescaleMonitor monitor, AdopterIndicatorCalculator calculator,
            IndicatorThresholds thresholds, HouseholdEventPublisher events, Clock clock) {
        this.households = households;
        this.adopters = adopters;
        this.addresses = addresses;
        this.steps = steps;
        this.scopes = scopes;
        this.audit = audit;
        this.idempotency = idempotency;
        this.monitor = monitor;
        this.calculator = calculator;
        this.thresholds = thresholds;
        this.events = events;
        this.clock = clock;
    }

    /** A new household for the caller's agency (never one named in the request). */
    public Created create(HouseholdDetails details, String idempotencyKey, Object request) {
        String agency = requireStaff(scopes.current());
        Household household = details.household();
        IdempotentCreates.Outcome outcome = idempotency.create(idempotencyKey, "create-household", request, () -> {
            if (households.findByReference(agency, household.reference().value()).isPresent()) {
                throw ProblemException.conflict("Your agency already has a household with this householdReference.");
            }
            HouseholdEntity entity = new HouseholdEntity(UUID.randomUUID(), agency, household.reference(), now());
            entity.applyProfile(household.adopters().size(), household.areaOfResidence(), household.recruitingAgency(),
                    household.fastTrackRoute(), household.offer(), now());
            households.persist(entity);
            writeRestricted(entity, details);
            households.flush();
            return entity.id().toString();
        });
        Full file = full(households.findForAgency(UUID.fromString(outcome.id()), agency)
                .orElseThrow(() -> ProblemException.notFound(RECORD_TYPE)));
        audit.record(outcome.replayed() ? AuditAction.READ : AuditAction.CREATE, RECORD_TYPE,
                file.household().id().toString(), Purpose.CASE_WORK);
        return new Created(file, outcome.replayed());
    }

    /** Agency staff get the whole household; a linked council the match profile; anyone else a 404. */
    public Visible get(UUID id) {
        TenantScope scope = scopes.current();
        Visible visible;
        if (scope.isAgencyStaff()) {
            visible = full(households.findForAgency(id, scope.agency())
                    .orElseThrow(() -> ProblemException.notFound(RECORD_TYPE)));
        } else if (scope.authority() != null && scope.agency() != null) {
            visible = new MatchProfile(households.findLinkedTo(id, scope.agency(), scope.authority())
                    .orElseThrow(() -> ProblemException.notFound(RECORD_TYPE)));
        } else {
            throw ProblemException.notFound(RECORD_TYPE);
        }
        audit.record(AuditAction.READ, RECORD_TYPE, id.toString(),
                scope.isAgencyStaff() ? Purpose.CASE_WORK : Purpose.MATCHING);
        return visible;
    }

    public Page<HouseholdEntity> list(ListFilter filter, PageRequest page) {
        String agency = requireStaff(scopes.current());
        LocalDate approvedBefore = filter.waitingLongerThanDays() == null ? null
                : today().minusDays(filter.waitingLongerThanDays());
        HouseholdRepository.Filter query = new HouseholdRepository.Filter(filter.state(), filter.area(), approvedBefore);
        List<HouseholdEntity> items = households.page(agency, query, page.page, page.size);
        long total = households.count(agency, query);
        audit.record(AuditAction.LIST, RECORD_TYPE, items.stream().map(h -> h.id().toString()).toList(),
                Purpose.CASE_WORK);
        return new Page<>(items, page.page, page.size, total);
    }

    /**
     * Replaces the household's details (never its reference or agency: the details are built for the stored
     * reference). A change of fast-track route must still
     * explain the steps already recorded, or it is refused with 409.
     */
    public Full update(UUID id, Function<HouseholdReference, HouseholdDetails> detailsFor, String ifMatch) {
        String agency = requireStaff(scopes.current());
        HouseholdEntity entity = households.findForAgency(id, agency)
                .orElseThrow(() -> ProblemException.notFound(RECORD_TYPE));
        ETags.requireMatch(ifMatch, entity.version());
        HouseholdDetails details = detailsFor.apply(entity.reference());
        Household household = details.household();
        if (household.fastTrackRoute() != entity.fastTrackRoute()) {
            replay(entity, household.fastTrackRoute());
        }
        Optional<HouseholdEvents.ProfileChanged> before = HouseholdEvents.profileOf(entity);
        entity.applyProfile(household.adopters().size(), household.areaOfResidence(), household.recruitingAgency(),
                household.fastTrackRoute(), household.offer(), now());
        writeRestricted(entity, details);
        events.publishIfChanged(before, entity);
        households.flush();
        audit.record(AuditAction.UPDATE, RECORD_TYPE, id.toString(), Purpose.CASE_WORK);
        return full(entity);
    }

    /**
     * Appends a dated step. An invalid transition is a 409 naming the current state and the attempted step; a date
     * in the future or before the previous step is a 422.
     */
    public Timeline recordStep(UUID id, ProcessEvent event, String idempotencyKey, Object request) {
        TenantScope scope = scopes.current();
        String agency = requireStaff(scope);
        idempotency.create(idempotencyKey, "record-household-step:" + id, request, () -> {
            HouseholdEntity entity = households.lockForAgency(id, agency)
                    .orElseThrow(() -> ProblemException.notFound(RECORD_TYPE));
            List<ProcessStepEntity> recorded = steps.ofHousehold(id, agency);
            ProcessTimeline timeline = ProcessTimeline.replay(entity.reference(), entity.fastTrackRoute(),
                    recorded.stream().map(ProcessStepEntity::event).toList(), today());
            try {
                timeline.record(event, today());
                monitor.flagsAsAt(timeline, today());
            } catch (InvalidTransition e) {
                throw new ProblemException(409, "invalid-transition", "Invalid transition",
                        "Cannot record " + e.attemptedStep() + " when the current state is " + e.currentState()
                                + "; allowed next steps are " + e.currentState().allowedNext() + ".",
                        List.of(new Problem.Violation("step", "invalid-transition",
                                "current state " + e.currentState() + " does not allow " + e.attemptedStep())),
                        Map.of());
            } catch (DomainRuleViolation e) {
                throw ProblemException.rule(e.field(), kebab(e.rule()), message(e));
            }
            Optional<HouseholdEvents.ProfileChanged> before = HouseholdEvents.profileOf(entity);
            ProcessStepEntity step = new ProcessStepEntity(UUID.randomUUID(), id, agency, recorded.size() + 1, event,
                    now(), scope.actor());
            steps.persist(step);
            ProcessSnapshot current = timeline.stateAsAt(today());
            entity.applyProcess(current.state(), current.stateSince(),
                    current.dateOf(ProcessStep.ADM_APPROVAL).orElse(null), now());
            events.publishIfChanged(before, entity);
            households.flush();
            return step.id().toString();
        });
        audit.record(AuditAction.UPDATE, RECORD_TYPE, id.toString(), Purpose.CASE_WORK);
        return timelineOf(id, agency, today());
    }

    /** The timeline with the state, timescales and flags as at {@code asAt} (default today). */
    public Timeline timeline(UUID id, LocalDate asAt) {
        String agency = requireStaff(scopes.current());
        LocalDate at = asAt == null ? today() : asAt;
        Timeline timeline = timelineOf(id, agency, at);
        audit.record(AuditAction.READ, RECORD_TYPE, id.toString(), Purpose.CASE_WORK);
        return timeline;
    }

    /** Agency-wide and by-area indicators as at {@code asAt}, years from {@code firstYear} (default five years). */
    public Indicators indicators(LocalDate asAt, Integer firstYear) {
        String agency = requireStaff(scopes.current());
        LocalDate at = asAt == null ? today() : asAt;
        if (at.isAfter(today())) {
            throw ProblemException.validation("asAt", "not-future", "must not be after today");
        }
        FinancialYear first = firstYear == null ? FinancialYear.of(FinancialYear.containing(at).startYear() - 4)
                : FinancialYear.of(firstYear);
        Map<UUID, List<ProcessEvent>> eventsByHousehold = new HashMap<>();
        for (ProcessStepEntity step : steps.allForAgency(agency)) {
            eventsByHousehold.computeIfAbsent(step.householdId(), k -> new ArrayList<>()).add(step.event());
        }
        Map<UUID, List<AdopterEntity>> adoptersByHousehold = new HashMap<>();
        for (AdopterEntity adopter : adopters.allForAgency(agency)) {
            adoptersByHousehold.computeIfAbsent(adopter.householdId(), k -> new ArrayList<>()).add(adopter);
        }
        List<HouseholdTimeline> timelines = new ArrayList<>();
        Map<String, UUID> ids = new HashMap<>();
        for (HouseholdEntity h : households.allForAgency(agency)) {
            Household household = new Household(h.reference(),
                    adoptersByHousehold.getOrDefault(h.id(), List.of()).stream().map(AdopterEntity::details).toList(),
                    h.areaOfResidence(), h.recruitingAgency(), h.offer(), h.fastTrackRoute());
            timelines.add(new HouseholdTimeline(household, ProcessTimeline.replay(h.reference(), h.fastTrackRoute(),
                    eventsByHousehold.getOrDefault(h.id(), List.of()), today())));
            ids.put(h.reference().value(), h.id());
        }
        AdopterIndicatorReport report = calculator.calculate(timelines, at, first);
        audit.record(AuditAction.LIST, RECORD_TYPE, ids.values().stream().map(UUID::toString).sorted().toList(),
                Purpose.REPORTING);
        return new Indicators(report, thresholds, ids);
    }

    private Timeline timelineOf(UUID id, String agency, LocalDate asAt) {
        HouseholdEntity entity = households.findForAgency(id, agency)
                .orElseThrow(() -> ProblemException.notFound(RECORD_TYPE));
        List<ProcessStepEntity> recorded = steps.ofHousehold(id, agency);
        ProcessTimeline timeline = ProcessTimeline.replay(entity.reference(), entity.fastTrackRoute(),
                recorded.stream().map(ProcessStepEntity::event).toList(), today());
        ProcessSnapshot snapshot = timeline.stateAsAt(asAt);
        List<TrackedTimescale> tracked = new ArrayList<>();
        for (Timescale timescale : Timescale.values()) {
            Optional<LocalDate> started = snapshot.dateOf(timescale.startStep());
            if (started.isEmpty()) {
                continue;
            }
            LocalDate due = monitor.dueDate(timescale, started.get());
            LocalDate closed = snapshot.stepAfter(timescale.startStep()).map(ProcessEvent::date).orElse(null);
            TimescaleStatus status = closed != null
                    ? (closed.isAfter(due) ? TimescaleStatus.MISSED : TimescaleStatus.MET)
                    : (asAt.isAfter(due) ? TimescaleStatus.OVERDUE : TimescaleStatus.RUNNING);
            tracked.add(new TrackedTimescale(timescale, started.get(), due, closed, status));
        }
        return new Timeline(entity, recorded, snapshot, tracked, monitor.flags(snapshot));
    }

    /** Checks that the recorded steps still hold under another fast-track route. */
    private void replay(HouseholdEntity entity, uk.raa.adopters.domain.household.FastTrackRoute route) {
        List<ProcessEvent> history = steps.ofHousehold(entity.id(), entity.agency()).stream()
                .map(ProcessStepEntity::event).toList();
        try {
            ProcessTimeline.replay(entity.reference(), route, history, today());
        } catch (InvalidTransition e) {
            throw ProblemException.conflict("The recorded steps skip Stage 1, so fastTrackRoute cannot be changed to "
                    + route + ".");
        }
    }

    private void writeRestricted(HouseholdEntity entity, HouseholdDetails details) {
        List<AdopterEntity> existing = adopters.ofHousehold(entity.id(), entity.agency());
        List<uk.raa.adopters.domain.household.AdopterPersonalDetails> people = details.household().adopters();
        for (int i = 0; i < Math.max(existing.size(), people.size()); i++) {
            if (i >= people.size()) {
                adopters.delete(existing.get(i));
                continue;
            }
            AdopterEntity adopter = i < existing.size() ? existing.get(i)
                    : new AdopterEntity(UUID.randomUUID(), entity.id(), entity.agency(), i + 1);
            HouseholdDetails.AdopterContact contact = details.contacts().get(i);
            adopter.apply(people.get(i), contact.email(), contact.phone());
            if (i >= existing.size()) {
                adopters.persist(adopter);
            }
        }
        Optional<HouseholdAddress> address = addresses.ofHousehold(entity.id(), entity.agency());
        if (details.homeAddress() == null) {
            address.ifPresent(addresses::delete);
        } else {
            HouseholdAddress row = address.orElseGet(() -> new HouseholdAddress(entity.id(), entity.agency()));
            row.apply(details.homeAddress().address(), details.homeAddress().postcode());
            if (address.isEmpty()) {
                addresses.persist(row);
            }
        }
    }

    private Full full(HouseholdEntity entity) {
        return new Full(entity, adopters.ofHousehold(entity.id(), entity.agency()),
                addresses.ofHousehold(entity.id(), entity.agency()).orElse(null));
    }

    private static String requireStaff(TenantScope scope) {
        if (!scope.isAgencyStaff()) {
            throw ProblemException.forbidden("Households are managed by the agency's staff.");
        }
        return scope.agency();
    }

    static String kebab(String rule) {
        return rule.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static String message(DomainRuleViolation e) {
        String text = e.getMessage();
        int colon = text.indexOf(": ");
        int rule = text.lastIndexOf(" (rule ");
        return colon >= 0 && rule > colon ? text.substring(colon + 2, rule) : text;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Instant now() {
        return clock.instant();
    }
}
