package uk.raa.adopters.domain.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.raa.adopters.domain.DomainRuleViolation;
import uk.raa.adopters.domain.calendar.BankHolidays;
import uk.raa.adopters.domain.calendar.WorkingDayCalendar;
import uk.raa.adopters.domain.household.FastTrackRoute;
import uk.raa.adopters.domain.household.HouseholdReference;

class TimescaleMonitorTest {

    private static final LocalDate TODAY = LocalDate.parse("2024-12-02");
    private final TimescaleMonitor monitor = new TimescaleMonitor(ProcessTimescales.statutoryDefaults(),
            new WorkingDayCalendar(BankHolidays.englandAndWales()));

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /** Records the given steps (alternating step, ISO date) on a new timeline. */
    private static ProcessTimeline timeline(FastTrackRoute route, Object... stepsAndDates) {
        ProcessTimeline t = new ProcessTimeline(HouseholdReference.of("H-200"), route);
        for (int i = 0; i < stepsAndDates.length; i += 2) {
            ProcessStep step = (ProcessStep) stepsAndDates[i];
            LocalDate date = d((String) stepsAndDates[i + 1]);
            t.record(step, date, step.needsReason() ? ExitReason.OTHER : null, TODAY);
        }
        return t;
    }

    private static TimescaleFlag only(List<TimescaleFlag> flags) {
        assertEquals(1, flags.size(), flags.toString());
        return flags.get(0);
    }

    @Test
    void registrationDecisionDueFiveWorkingDaysLaterAcrossEaster() {
        // ROI Thu 28 Mar 2024; [Fri 29 Good Friday, weekend, Mon 1 Apr Easter Monday]; 2 (1), 3 (2), 4 (3), 5 (4), Mon 8 (5)
        assertEquals(d("2024-04-08"), monitor.dueDate(Timescale.REGISTRATION_DECISION, d("2024-03-28")));

        ProcessTimeline onTime = timeline(FastTrackRoute.NONE, ProcessStep.ENQUIRY, "2024-03-20",
                ProcessStep.REGISTRATION_OF_INTEREST, "2024-03-28", ProcessStep.STAGE_1_STARTED, "2024-04-08");
        // as at 30 Apr: decision on the due date, Stage 1 (due 8 Jun) still in time
        assertTrue(monitor.flagsAsAt(onTime, d("2024-04-30")).isEmpty());

        ProcessTimeline late = timeline(FastTrackRoute.NONE, ProcessStep.ENQUIRY, "2024-03-20",
                ProcessStep.REGISTRATION_OF_INTEREST, "2024-03-28", ProcessStep.STAGE_1_STARTED, "2024-04-10");
        TimescaleFlag flag = only(monitor.flagsAsAt(late, d("2024-04-30")));
        assertEquals(Timescale.REGISTRATION_DECISION, flag.timescale());
        assertEquals(d("2024-04-08"), flag.dueDate());
        assertEquals(d("2024-04-10"), flag.closedOn());
        assertEquals(2, flag.daysOver()); // 8 Apr -> 10 Apr = 2 calendar days
    }

    @Test
    void anUndecidedRegistrationIsFlaggedFromTheDayAfterItsDueDate() {
        ProcessTimeline waiting = timeline(FastTrackRoute.NONE, ProcessStep.ENQUIRY, "2024-03-20",
                ProcessStep.REGISTRATION_OF_INTEREST, "2024-03-28");
        assertTrue(monitor.flagsAsAt(waiting, d("2024-04-08")).isEmpty()); // on the due date itself: not late
        TimescaleFlag flag = only(monitor.flagsAsAt(waiting, d("2024-04-12")));
        assertTrue(flag.open());
        assertNull(flag.closedOn());
        assertEquals(4, flag.daysOver()); // 8 Apr -> 12 Apr = 4
    }

    @Test
    void stageOneOverTwoMonths() {
        // Stage 1 started 22 Jan 2024, due 22 Mar 2024; completed 2 Apr: 9 days to 31 Mar + 2 = 11 over
        ProcessTimeline t = timeline(FastTrackRoute.NONE, ProcessStep.ENQUIRY, "2024-01-08",
                ProcessStep.REGISTRATION_OF_INTEREST, "2024-01-15", ProcessStep.STAGE_1_STARTED, "2024-01-22",
                ProcessStep.STAGE_1_COMPLETED, "2024-04-02");
        // as at 30 Apr the Stage 2 start window (to 2 Oct) is still open and in time
        TimescaleFlag flag = only(monitor.flagsAsAt(t, d("2024-04-30")));
        assertEquals(Timescale.STAGE_1, flag.timescale());
        assertEquals(d("2024-01-22"), flag.startedOn());
        assertEquals(d("2024-03-22"), flag.dueDate());
        assertEquals(11, flag.daysOver());
    }

    @Test
    void monthEndDueDatesAreClamped() {
        // 31 Dec 2023 + 2 months = 29 Feb 2024 (leap year); 31 Aug + 2 months = 31 Oct
        assertEquals(d("2024-02-29"), monitor.dueDate(Timescale.STAGE_1, d("2023-12-31")));
        assertEquals(d("2024-10-31"), monitor.dueDate(Timescale.STAGE_1, d("2024-08-31")));
    }

    @Test
    void stageTwoMustStartWithinSixMonthsOfStageOne() {
        // Stage 1 completed 1 Aug 2023; window ends 1 Feb 2024; Stage 2 started 5 Feb = 4 days over
        ProcessTimeline late = timeline(FastTrackRoute.NONE, ProcessStep.ENQUIRY, "2023-05-15",
                ProcessStep.REGISTRATION_OF_INTEREST, "2023-06-01", ProcessStep.STAGE_1_STARTED, "2023-06-05",
                ProcessStep.STAGE_1_COMPLETED, "2023-08-01", ProcessStep.STAGE_2_STARTED, "2024-02-05");
        // as at 1 Mar 2024 Stage 2 itself (due 5 Jun) is in time
        TimescaleFlag flag = only(monitor.flagsAsAt(late, d("2024-03-01")));
        assertEquals(Timescale.STAGE_2_START, flag.timescale());
        assertEquals(d("2024-02-01"), flag.dueDate());
        assertEquals(4, flag.daysOver());
        // as at 1 Mar 2024 the same household was still in the gap: 1 Feb -> 1 Mar 2024 = 29 days (leap February)
        ProcessTimeline stillWaiting = timeline(FastTrackRoute.NONE, ProcessStep.ENQUIRY, "2023-05-15",
                ProcessStep.REGISTRATION_OF_INTEREST, "2023-06-01", ProcessStep.STAGE_1_STARTED, "2023-06-05",
                ProcessStep.STAGE_1_COMPLETED, "2023-08-01");
        TimescaleFlag open = only(monitor.flagsAsAt(stillWaiting, d("2024-03-01")));
        assertTrue(open.open());
        assertEquals(29, open.daysOver());
    }

    @Test
    void stageTwoOverFourMonths() {
        // fast track: Stage 2 started 29 Jan 2024, due 29 May; completed 10 Jun = 2 (to 31 May) + 10 = 12 over
        ProcessTimeline t = timeline(FastTrackRoute.PREVIOUS_ADOPTER, ProcessStep.ENQUIRY, "2024-01-15",
                ProcessStep.REGISTRATION_OF_INTEREST, "2024-01-22", ProcessStep.STAGE_2_STARTED, "2024-01-29",
                ProcessStep.STAGE_2_COMPLETED, "2024-06-10");
        TimescaleFlag flag = only(monitor.flagsAsAt(t, TODAY));
        assertEquals(Timescale.STAGE_2, flag.timescale());
        assertEquals(d("2024-05-29"), flag.dueDate());
        assertEquals(12, flag.daysOver());
        // no Stage 1 and no Stage 2 start window on the fast track; registration decision was on time
        // (22 Jan + 5 working days = 29 Jan)
    }

    @Test
    void aWithdrawalEndsTheRunningTimescale() {
        // Stage 1 due 22 Mar 2024; withdrawn 1 Apr = 10 days over, and no later date adds to it
        ProcessTimeline t = timeline(FastTrackRoute.NONE, ProcessStep.ENQUIRY, "2024-01-08",
                ProcessStep.REGISTRATION_OF_INTEREST, "2024-01-15", ProcessStep.STAGE_1_STARTED, "2024-01-22",
                ProcessStep.WITHDRAWN, "2024-04-01");
        TimescaleFlag flag = only(monitor.flagsAsAt(t, TODAY));
        assertEquals(d("2024-04-01"), flag.closedOn());
        assertEquals(10, flag.daysOver());
    }

    @Test
    void flagsAsAtAPastDateShowOnlyWhatWasLateThen() {
        ProcessTimeline t = timeline(FastTrackRoute.NONE, ProcessStep.ENQUIRY, "2024-01-08",
                ProcessStep.REGISTRATION_OF_INTEREST, "2024-01-15", ProcessStep.STAGE_1_STARTED, "2024-01-22",
                ProcessStep.STAGE_1_COMPLETED, "2024-04-02");
        assertTrue(monitor.flagsAsAt(t, d("2024-03-22")).isEmpty()); // due date, still on time
        TimescaleFlag then = only(monitor.flagsAsAt(t, d("2024-03-25")));
        assertTrue(then.open());
        assertEquals(3, then.daysOver()); // 22 Mar -> 25 Mar
        assertEquals(11, only(monitor.flagsAsAt(t, d("2024-04-30"))).daysOver());
        // by 2 Dec 2024 Stage 2 has not started: window due 2 Oct, 29 + 30 + 2 = 61 days over and still open
        List<TimescaleFlag> now = monitor.flagsAsAt(t, TODAY);
        assertEquals(2, now.size());
        assertEquals(Timescale.STAGE_2_START, now.get(1).timescale());
        assertEquals(d("2024-10-02"), now.get(1).dueDate());
        assertEquals(61, now.get(1).daysOver());
        assertTrue(now.get(1).open());
    }

    @Test
    void timescalesAreReferenceData() {
        TimescaleMonitor tenDays = new TimescaleMonitor(new ProcessTimescales(10, 2, 6, 4),
                new WorkingDayCalendar(BankHolidays.englandAndWales()));
        // Fri 7 Jun 2024 + 10 working days: 10-14 Jun (5), 17-21 Jun (10) -> Fri 21 Jun
        assertEquals(d("2024-06-21"), tenDays.dueDate(Timescale.REGISTRATION_DECISION, d("2024-06-07")));
        DomainRuleViolation e = assertThrows(DomainRuleViolation.class, () -> new ProcessTimescales(5, 0, 6, 4));
        assertEquals("stage1Months", e.field());
    }
}
