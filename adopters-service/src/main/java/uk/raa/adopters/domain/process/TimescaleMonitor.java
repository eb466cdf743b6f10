package uk.raa.adopters.domain.process;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import uk.raa.adopters.domain.DomainRuleViolation;
import uk.raa.adopters.domain.calendar.WorkingDayCalendar;

/**
 * Flags stages past their statutory timescale. A timescale is on time when the step ending it is
 * dated on or before the due date; due dates in months use {@link LocalDate#plusMonths}, so a
 * start on 31 August is due on 31 October and one on 31 December is due on 28/29 February.
 */
public final class TimescaleMonitor {

    private final ProcessTimescales timescales;
    private final WorkingDayCalendar calendar;

    public TimescaleMonitor(ProcessTimescales timescales, WorkingDayCalendar calendar) {
        this.timescales = DomainRuleViolation.require(timescales, "timescales");
        this.calendar = DomainRuleViolation.require(calendar, "calendar");
    }

    /** Flags as they stood at the snapshot's as-at date, in {@link Timescale} order. */
    public List<TimescaleFlag> flags(ProcessSnapshot snapshot) {
        List<TimescaleFlag> flags = new ArrayList<>();
        for (Timescale timescale : Timescale.values()) {
            Optional<LocalDate> started = snapshot.dateOf(timescale.startStep());
            if (started.isEmpty()) {
                continue;
            }
            LocalDate due = dueDate(timescale, started.get());
            Optional<ProcessEvent> closing = snapshot.stepAfter(timescale.startStep());
            LocalDate end = closing.map(ProcessEvent::date).orElse(snapshot.asAt());
            if (end.isAfter(due)) {
                flags.add(new TimescaleFlag(timescale, started.get(), due,
                        closing.map(ProcessEvent::date).orElse(null), ChronoUnit.DAYS.between(due, end)));
            }
        }
        return flags;
    }

    public List<TimescaleFlag> flagsAsAt(ProcessTimeline timeline, LocalDate asAt) {
        return flags(timeline.stateAsAt(asAt));
    }

    public LocalDate dueDate(Timescale timescale, LocalDate startedOn) {
        return switch (timescale) {
            case REGISTRATION_DECISION -> calendar.addWorkingDays(startedOn, timescales.registrationDecisionWorkingDays());
            case STAGE_1 -> startedOn.plusMonths(timescales.stage1Months());
            case STAGE_2_START -> startedOn.plusMonths(timescales.stage2StartWindowMonths());
            case STAGE_2 -> startedOn.plusMonths(timescales.stage2Months());
        };
    }
}
