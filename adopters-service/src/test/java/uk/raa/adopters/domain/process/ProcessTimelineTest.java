package uk.raa.adopters.domain.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.raa.adopters.domain.DomainRuleViolation;
import uk.raa.adopters.domain.household.FastTrackRoute;
import uk.raa.adopters.domain.household.HouseholdReference;

class ProcessTimelineTest {

    private static final LocalDate TODAY = LocalDate.parse("2024-12-02");

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static ProcessTimeline timeline(FastTrackRoute route) {
        return new ProcessTimeline(HouseholdReference.of("H-100"), route);
    }

    /** Full route up to approval, dates as in the indicator fixture's H06. */
    private static ProcessTimeline approvedHousehold() {
        ProcessTimeline t = timeline(FastTrackRoute.NONE);
        t.record(ProcessStep.ENQUIRY, d("2024-01-08"), TODAY);
        t.record(ProcessStep.REGISTRATION_OF_INTEREST, d("2024-01-15"), TODAY);
        t.record(ProcessStep.STAGE_1_STARTED, d("2024-01-22"), TODAY);
        t.record(ProcessStep.STAGE_1_COMPLETED, d("2024-03-22"), TODAY);
        t.record(ProcessStep.STAGE_2_STARTED, d("2024-04-08"), TODAY);
        t.record(ProcessStep.STAGE_2_COMPLETED, d("2024-08-01"), TODAY);
        t.record(ProcessStep.PANEL_RECOMMENDATION, d("2024-08-16"), TODAY);
        t.record(ProcessStep.ADM_APPROVAL, d("2024-08-27"), TODAY);
        return t;
    }

    private static InvalidTransition invalid(ProcessTimeline t, ProcessStep step, LocalDate date) {
        return assertThrows(InvalidTransition.class, () -> t.record(step, date, TODAY));
    }

    @Test
    void theFullRouteEndsInAnAdoptionOrder() {
        ProcessTimeline t = approvedHousehold();
        assertEquals(ProcessState.ADM_APPROVAL, t.currentState());
        t.record(ProcessStep.MATCHED, d("2024-10-14"), TODAY);
        t.record(ProcessStep.PLACED, d("2024-11-04"), TODAY);
        t.record(ProcessStep.ADOPTION_ORDER, d("2024-12-02"), TODAY); // today itself is allowed
        assertEquals(ProcessState.ADOPTION_ORDER, t.currentState());
        assertEquals(11, t.events().size());
        assertTrue(t.currentState().isTerminal());
    }

    @Test
    void aSkippedStepIsAConflictNamingTheStateAndTheStep() {
        ProcessTimeline t = timeline(FastTrackRoute.NONE);
        t.record(ProcessStep.ENQUIRY, d("2024-01-08"), TODAY);
        InvalidTransition e = invalid(t, ProcessStep.STAGE_1_STARTED, d("2024-01-22"));
        assertEquals(ProcessState.ENQUIRY, e.currentState());
        assertEquals(ProcessStep.STAGE_1_STARTED, e.attemptedStep());
        assertEquals(InvalidTransition.RULE, e.rule());
        assertEquals("step", e.field());
        assertTrue(e.getMessage().contains("ENQUIRY") && e.getMessage().contains("STAGE_1_STARTED"), e.getMessage());
        assertEquals(ProcessState.ENQUIRY, t.currentState(), "a rejected step changes nothing");
        assertEquals(1, t.events().size());
    }

    @Test
    void otherInvalidTransitions() {
        ProcessTimeline empty = timeline(FastTrackRoute.NONE);
        assertEquals(ProcessState.NOT_STARTED, invalid(empty, ProcessStep.REGISTRATION_OF_INTEREST, d("2024-01-08")).currentState());

        ProcessTimeline t = approvedHousehold();
        assertEquals(ProcessState.ADM_APPROVAL, invalid(t, ProcessStep.PLACED, d("2024-09-01")).currentState());
        assertEquals(ProcessState.ADM_APPROVAL, invalid(t, ProcessStep.STAGE_2_STARTED, d("2024-09-01")).currentState());
        assertEquals(ProcessState.ADM_APPROVAL, invalid(t, ProcessStep.ADM_APPROVAL, d("2024-09-01")).currentState());

        ProcessTimeline assessing = timeline(FastTrackRoute.NONE);
        assessing.record(ProcessStep.ENQUIRY, d("2024-01-08"), TODAY);
        assessing.record(ProcessStep.REGISTRATION_OF_INTEREST, d("2024-01-15"), TODAY);
        // a review is for approved households only
        assertEquals(ProcessStep.REVIEW, invalid(assessing, ProcessStep.REVIEW, d("2024-01-20")).attemptedStep());
        // an enquiry cannot be deregistered: nothing was registered yet
        ProcessTimeline enquiry = timeline(FastTrackRoute.NONE);
        enquiry.record(ProcessStep.ENQUIRY, d("2024-01-08"), TODAY);
        assertThrows(InvalidTransition.class,
                () -> enquiry.record(ProcessStep.DEREGISTERED, d("2024-01-09"), ExitReason.OTHER, TODAY));
    }

    @Test
    void nothingFollowsAWithdrawal() {
        ProcessTimeline t = timeline(FastTrackRoute.NONE);
        t.record(ProcessStep.ENQUIRY, d("2024-01-08"), TODAY);
        t.record(ProcessStep.WITHDRAWN, d("2024-01-10"), ExitReason.ADOPTERS_DECIDED_NOT_TO_PROCEED, TODAY);
        InvalidTransition e = invalid(t, ProcessStep.REGISTRATION_OF_INTEREST, d("2024-02-01"));
        assertEquals(ProcessState.WITHDRAWN, e.currentState());
        assertTrue(e.getMessage().contains("ended"), e.getMessage());
    }

    @Test
    void withdrawalAndDeregistrationNeedAReasonAndOnlyThey() {
        ProcessTimeline t = approvedHousehold();
        DomainRuleViolation missing = assertThrows(DomainRuleViolation.class,
                () -> t.record(ProcessStep.DEREGISTERED, d("2024-09-01"), TODAY));
        assertEquals("REASON_REQUIRED", missing.rule());
        DomainRuleViolation extra = assertThrows(DomainRuleViolation.class,
                () -> t.record(ProcessStep.MATCHED, d("2024-09-01"), ExitReason.OTHER, TODAY));
        assertEquals("REASON_NOT_ALLOWED", extra.rule());
        t.record(ProcessStep.DEREGISTERED, d("2024-09-01"), ExitReason.APPROVAL_TERMINATED_AT_REVIEW, TODAY);
        assertEquals(ExitReason.APPROVAL_TERMINATED_AT_REVIEW, t.events().get(8).reason());
    }

    @Test
    void fastTrackGoesFromRegistrationStraightToStageTwo() {
        ProcessTimeline t = timeline(FastTrackRoute.APPROVED_FOSTER_CARER);
        t.record(ProcessStep.ENQUIRY, d("2023-09-04"), TODAY);
        t.record(ProcessStep.REGISTRATION_OF_INTEREST, d("2023-09-11"), TODAY);
        t.record(ProcessStep.STAGE_2_STARTED, d("2023-09-15"), TODAY);
        assertEquals(ProcessState.STAGE_2_STARTED, t.currentState());
    }

    @Test
    void withoutFastTrackStageOneCannotBeSkipped() {
        ProcessTimeline t = timeline(FastTrackRoute.NONE);
        t.record(ProcessStep.ENQUIRY, d("2023-09-04"), TODAY);
        t.record(ProcessStep.REGISTRATION_OF_INTEREST, d("2023-09-11"), TODAY);
        InvalidTransition e = invalid(t, ProcessStep.STAGE_2_STARTED, d("2023-09-15"));
        assertEquals(ProcessState.REGISTRATION_OF_INTEREST, e.currentState());
        assertTrue(e.getMessage().contains("fast-track"), e.getMessage());
    }

    @Test
    void aFastTrackHouseholdMayStillTakeTheFullRoute() {
        ProcessTimeline t = timeline(FastTrackRoute.PREVIOUS_ADOPTER);
        t.record(ProcessStep.ENQUIRY, d("2023-09-04"), TODAY);
        t.record(ProcessStep.REGISTRATION_OF_INTEREST, d("2023-09-11"), TODAY);
        t.record(ProcessStep.STAGE_1_STARTED, d("2023-09-15"), TODAY);
        assertEquals(ProcessState.STAGE_1_STARTED, t.currentState());
    }

    @Test
    void datesMayNotGoBackwardsNorBeInTheFuture() {
        ProcessTimeline t = timeline(FastTrackRoute.NONE);
        t.record(ProcessStep.ENQUIRY, d("2024-01-08"), TODAY);
        DomainRuleViolation back = assertThrows(DomainRuleViolation.class,
                () -> t.record(ProcessStep.REGISTRATION_OF_INTEREST, d("2024-01-07"), TODAY));
        assertEquals("DATE_BEFORE_PREVIOUS_STEP", back.rule());
        assertEquals("date", back.field());
        DomainRuleViolation future = assertThrows(DomainRuleViolation.class,
                () -> t.record(ProcessStep.REGISTRATION_OF_INTEREST, d("2024-12-03"), TODAY));
        assertEquals("DATE_IN_FUTURE", future.rule());
        t.record(ProcessStep.REGISTRATION_OF_INTEREST, d("2024-01-08"), TODAY); // same day as the previous step is fine
        assertEquals(ProcessState.REGISTRATION_OF_INTEREST, t.currentState());
    }

    @Test
    void aReviewIsRecordedWithoutChangingState() {
        ProcessTimeline t = approvedHousehold();
        t.record(ProcessStep.REVIEW, d("2024-11-20"), TODAY);
        assertEquals(ProcessState.ADM_APPROVAL, t.currentState());
        assertEquals(d("2024-08-27"), t.stateAsAt(TODAY).stateSince());
    }

    @Test
    void stateAsAtReproducesPastDates() {
        ProcessTimeline t = approvedHousehold();
        t.record(ProcessStep.MATCHED, d("2024-10-14"), TODAY);

        ProcessSnapshot beforeEnquiry = t.stateAsAt(d("2024-01-07"));
        assertEquals(ProcessState.NOT_STARTED, beforeEnquiry.state());
        assertNull(beforeEnquiry.stateSince());
        assertTrue(beforeEnquiry.history().isEmpty());

        // 31 Mar 2024 falls after STAGE_1_COMPLETED (22 Mar) and before STAGE_2_STARTED (8 Apr)
        ProcessSnapshot yearEnd = t.stateAsAt(d("2024-03-31"));
        assertEquals(ProcessState.STAGE_1_COMPLETED, yearEnd.state());
        assertEquals(d("2024-03-22"), yearEnd.stateSince());
        assertEquals(4, yearEnd.history().size()); // ENQUIRY, ROI, S1 started, S1 completed
        assertTrue(yearEnd.dateOf(ProcessStep.ADM_APPROVAL).isEmpty());

        // a step counts from the end of its own day
        assertEquals(ProcessState.ADM_APPROVAL, t.stateAsAt(d("2024-08-27")).state());
        assertEquals(ProcessState.PANEL_RECOMMENDATION, t.stateAsAt(d("2024-08-26")).state());
        assertEquals(ProcessState.MATCHED, t.stateAsAt(TODAY).state());
    }

    @Test
    void replayRebuildsTheSameTimelineAndAppliesTheRules() {
        ProcessTimeline original = approvedHousehold();
        ProcessTimeline replayed = ProcessTimeline.replay(original.household(), FastTrackRoute.NONE, original.events(), TODAY);
        assertEquals(original.events(), replayed.events());
        assertEquals(ProcessState.ADM_APPROVAL, replayed.currentState());

        List<ProcessEvent> broken = List.of(ProcessEvent.of(ProcessStep.ENQUIRY, d("2024-01-08")),
                ProcessEvent.of(ProcessStep.STAGE_1_STARTED, d("2024-01-22")));
        assertThrows(InvalidTransition.class,
                () -> ProcessTimeline.replay(HouseholdReference.of("H-2"), FastTrackRoute.NONE, broken, TODAY));
    }

    @Test
    void eventsCannotBeChangedFromOutside() {
        ProcessTimeline t = approvedHousehold();
        assertThrows(UnsupportedOperationException.class,
                () -> t.events().add(ProcessEvent.of(ProcessStep.MATCHED, d("2024-09-01"))));
    }
}
