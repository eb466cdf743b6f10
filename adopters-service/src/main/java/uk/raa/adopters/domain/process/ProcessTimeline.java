package uk.raa.adopters.domain.process;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import uk.raa.adopters.domain.DomainRuleViolation;
import uk.raa.adopters.domain.household.FastTrackRoute;
import uk.raa.adopters.domain.household.HouseholdReference;

/**
 * A household's journey as an append-only list of dated steps, guarded by the {@link ProcessState}
 * state machine. Steps are never edited or removed, so {@link #stateAsAt(LocalDate)} can
 * reproduce the state on any past date.
 *
 * <p>Fast track: a household on a fast-track route may go from REGISTRATION_OF_INTEREST straight
 * to STAGE_2_STARTED (Stage 1 skipped). It may still take the full route if the agency decides so.
 * A household not on the fast track must complete Stage 1 first.
 */
public final class ProcessTimeline {

    private final HouseholdReference household;
    private final FastTrackRoute fastTrackRoute;
    private final List<ProcessEvent> events = new ArrayList<>();
    private ProcessState state = ProcessState.NOT_STARTED;

    public ProcessTimeline(HouseholdReference household, FastTrackRoute fastTrackRoute) {
        this.household = DomainRuleViolation.require(household, "household");
        this.fastTrackRoute = DomainRuleViolation.require(fastTrackRoute, "fastTrackRoute");
    }

    /** Rebuilds a timeline from stored events, applying every rule as if they were recorded in order. */
    public static ProcessTimeline replay(HouseholdReference household, FastTrackRoute fastTrackRoute,
                                         List<ProcessEvent> history, LocalDate today) {
        ProcessTimeline timeline = new ProcessTimeline(household, fastTrackRoute);
        DomainRuleViolation.require(history, "history");
        for (ProcessEvent event : history) {
            timeline.record(event, today);
        }
        return timeline;
    }

    public ProcessEvent record(ProcessStep step, LocalDate date, LocalDate today) {
        return record(new ProcessEvent(step, date, null), today);
    }

    public ProcessEvent record(ProcessStep step, LocalDate date, ExitReason reason, LocalDate today) {
        return record(new ProcessEvent(step, date, reason), today);
    }

    /**
     * Appends a step.
     *
     * @throws InvalidTransition   if the step cannot follow the current state
     * @throws DomainRuleViolation if the date is before the previous step's date or after {@code today}
     */
    public ProcessEvent record(ProcessEvent event, LocalDate today) {
        DomainRuleViolation.require(event, "event");
        DomainRuleViolation.require(today, "today");
        ProcessStep step = event.step();
        if (!state.allows(step)) {
            throw new InvalidTransition(state, step, state.isTerminal()
                    ? "the process has ended"
                    : "allowed next steps are " + state.allowedNext());
        }
        if (state == ProcessState.REGISTRATION_OF_INTEREST && step == ProcessStep.STAGE_2_STARTED
                && !fastTrackRoute.skipsStage1()) {
            throw new InvalidTransition(state, step, "only a fast-track household may skip Stage 1");
        }
        if (event.date().isAfter(today)) {
            throw new DomainRuleViolation("date", "DATE_IN_FUTURE", "must not be after today");
        }
        if (!events.isEmpty() && event.date().isBefore(lastEvent().date())) {
            throw new DomainRuleViolation("date", "DATE_BEFORE_PREVIOUS_STEP",
                    "must not be before the previous step's date");
        }
        events.add(event);
        state = state.after(step);
        return event;
    }

    public HouseholdReference household() {
        return household;
    }

    public FastTrackRoute fastTrackRoute() {
        return fastTrackRoute;
    }

    public ProcessState currentState() {
        return state;
    }

    public List<ProcessEvent> events() {
        return List.copyOf(events);
    }

    /** The state and history as they stood at the end of {@code asAt}: every step dated on or before it. */
    public ProcessSnapshot stateAsAt(LocalDate asAt) {
        DomainRuleViolation.require(asAt, "asAt");
        ProcessState stateThen = ProcessState.NOT_STARTED;
        LocalDate since = null;
        List<ProcessEvent> upTo = new ArrayList<>();
        for (ProcessEvent event : events) {
            if (event.date().isAfter(asAt)) {
                break; // dates never go backwards, so nothing later can be on or before asAt
            }
            upTo.add(event);
            if (event.step().changesState()) {
                stateThen = stateThen.after(event.step());
                since = event.date();
            }
        }
        return new ProcessSnapshot(household, fastTrackRoute, asAt, stateThen, since, upTo);
    }

    private ProcessEvent lastEvent() {
        return events.get(events.size() - 1);
    }
}
