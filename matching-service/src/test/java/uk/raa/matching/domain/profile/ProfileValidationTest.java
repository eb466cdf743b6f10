package uk.raa.matching.domain.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.raa.matching.domain.profile.ProfileFixtures.aChild;
import static uk.raa.matching.domain.profile.ProfileFixtures.aHousehold;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import uk.raa.matching.domain.rules.DomainRuleViolation;

class ProfileValidationTest {

    @Test
    void childNeedsMustGradeEveryArea() {
        Map<NeedArea, NeedLevel> partial = new EnumMap<>(NeedArea.class);
        partial.put(NeedArea.HEALTH, NeedLevel.LOW);
        DomainRuleViolation v = assertThrows(DomainRuleViolation.class,
                () -> new ChildProfile(UUID.randomUUID(), "coventry", LocalDate.parse("2020-01-01"), Sex.MALE, "WBRI",
                        false, partial, null, Set.of(), LocalDate.parse("2021-01-01"), false));
        assertEquals("NEED_AREA_MISSING", v.rule());
        assertEquals("needs", v.field());
    }

    @Test
    void childCannotBeAvailableBeforeBirth() {
        DomainRuleViolation v = assertThrows(DomainRuleViolation.class,
                () -> aChild().bornOn("2022-05-01").availableSince("2022-04-30").build());
        assertEquals("DATE_BEFORE_BIRTH", v.rule());
        assertEquals("availableSince", v.field());
    }

    @Test
    void childProfileCopiesItsNeedsSoLaterEditsDoNotLeakIn() {
        Map<NeedArea, NeedLevel> needs = ProfileFixtures.allAt(NeedLevel.LOW);
        ChildProfile child = new ChildProfile(UUID.randomUUID(), "coventry", LocalDate.parse("2020-01-01"),
                Sex.MALE, "WBRI", false, needs, null, null, LocalDate.parse("2021-01-01"), false);
        needs.put(NeedArea.HEALTH, NeedLevel.HIGH);
        assertEquals(NeedLevel.LOW, child.need(NeedArea.HEALTH));
        assertEquals(Set.of(), child.excludedAreas());
    }

    @Test
    void householdAgeRangeMustNotBeInverted() {
        DomainRuleViolation v = assertThrows(DomainRuleViolation.class, () -> aHousehold().ages(5, 2).build());
        assertEquals("AGE_RANGE_INVERTED", v.rule());
        assertEquals("maxAgeYears", v.field());
    }

    @Test
    void householdAgesStopAtSeventeen() {
        DomainRuleViolation v = assertThrows(DomainRuleViolation.class, () -> aHousehold().ages(0, 18).build());
        assertEquals("OUT_OF_RANGE", v.rule());
    }

    @Test
    void householdTakingSiblingsMustOfferTwoPlaces() {
        DomainRuleViolation v = assertThrows(DomainRuleViolation.class,
                () -> aHousehold().takes(1).acceptsSiblings(true).build());
        assertEquals("SIBLINGS_NEED_CAPACITY", v.rule());
        assertEquals("siblingGroupsAccepted", v.field());
    }

    @Test
    void householdCapacityMustBePositive() {
        DomainRuleViolation v = assertThrows(DomainRuleViolation.class, () -> aHousehold().takes(0).build());
        assertEquals("childrenCapacity", v.field());
    }

    @Test
    void outsideAgencyIsRecognised() {
        assertTrue(aHousehold().livesIn(HouseholdProfile.OUTSIDE_AGENCY).build().livesOutsideAgency());
        assertFalse(aHousehold().livesIn("solihull").build().livesOutsideAgency());
    }

    @Test
    void needLevelCoverageAndMargin() {
        assertTrue(NeedLevel.MEDIUM.covers(NeedLevel.LOW));
        assertTrue(NeedLevel.MEDIUM.covers(NeedLevel.MEDIUM));
        assertFalse(NeedLevel.LOW.covers(NeedLevel.HIGH));
        // HIGH (3) - NONE (0) = 3; LOW (1) - HIGH (3) = -2
        assertEquals(3, NeedLevel.HIGH.marginOver(NeedLevel.NONE));
        assertEquals(-2, NeedLevel.LOW.marginOver(NeedLevel.HIGH));
    }
}
