package uk.raa.children.domain.scorecard;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.raa.children.domain.scorecard.ScorecardChildFixture.aChild;

class ScorecardChildTest {

    @Test
    void placementBeforeEnteringCareIsRejectedNamingRuleAndFieldButNoPersonalData() {
        ScorecardRuleViolation violation = assertThrows(ScorecardRuleViolation.class, () -> aChild("CHILD-SECRET-REF")
                .enteredCare("2013-05-01").placed("2013-04-30").adopted("2014-01-01").build());
        assertEquals("SCORECARD_PLACED_BEFORE_ENTERING_CARE", violation.rule());
        assertEquals("placedForAdoptionDate", violation.field());
        assertFalse(violation.getMessage().contains("CHILD-SECRET-REF"));
        assertFalse(violation.getMessage().contains("2013"));
    }

    @Test
    void placementAfterTheOrderBreaksRule331() {
        ScorecardRuleViolation violation = assertThrows(ScorecardRuleViolation.class, () -> aChild("C1")
                .enteredCare("2013-01-01").placed("2014-02-02").adopted("2014-02-01").build());
        assertEquals("SCORECARD_PLACED_AFTER_ORDER", violation.rule());
    }

    @Test
    void placementBeforeTheMatchWithThatFamilyIsRejected() {
        ScorecardRuleViolation violation = assertThrows(ScorecardRuleViolation.class, () -> aChild("C1")
                .enteredCare("2013-01-01").matched("2013-06-02").placed("2013-06-01").adopted("2014-02-01").build());
        assertEquals("SCORECARD_PLACED_BEFORE_MATCH", violation.rule());
    }

    @Test
    void fosterCarerAdoptionNeedsTheMoveInDateAndOnlyThen() {
        ScorecardRuleViolation missing = assertThrows(ScorecardRuleViolation.class, () -> new ScorecardChild(
                "coventry", "C1", java.time.LocalDate.parse("2013-01-01"), null, null,
                java.time.LocalDate.parse("2013-06-01"), true, null, java.time.LocalDate.parse("2014-01-01"), null));
        assertEquals("movedInWithFosterCarersDate", missing.field());

        ScorecardRuleViolation stray = assertThrows(ScorecardRuleViolation.class, () -> new ScorecardChild(
                "coventry", "C1", java.time.LocalDate.parse("2013-01-01"), null, null,
                java.time.LocalDate.parse("2013-06-01"), false, java.time.LocalDate.parse("2013-02-01"),
                java.time.LocalDate.parse("2014-01-01"), null));
        assertEquals("SCORECARD_MOVED_IN_WITHOUT_FOSTER_CARER_ADOPTION", stray.rule());
    }

    @Test
    void aMatchBeforeThePlacementOrderIsAccepted() {
        // A legitimate out-of-order journey (DOMAIN.md §2), so not a hard error.
        ScorecardChild child = aChild("C1").enteredCare("2013-01-01").placementOrder("2013-06-01")
                .matched("2013-05-15").placed("2013-07-01").adopted("2014-05-01").build();
        assertTrue(child.courtAuthority().isPresent());
        assertEquals(ScorecardPeriod.oneYear(2014), child.adoptionYear());
    }
}
