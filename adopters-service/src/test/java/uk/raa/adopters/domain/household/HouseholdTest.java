package uk.raa.adopters.domain.household;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import uk.raa.adopters.domain.DomainRuleViolation;

class HouseholdTest {

    private static final AdopterPersonalDetails ALEX =
            new AdopterPersonalDetails("Alexandra", "Quinton", LocalDate.of(1985, 3, 14));
    private static final AdopterPersonalDetails SAM =
            new AdopterPersonalDetails("Samuel", "Quinton", LocalDate.of(1983, 9, 2));
    private static final RecruitingAgency ACE = new RecruitingAgency("ace", AgencyType.THIS_AGENCY);

    private static Map<NeedArea, NeedLevel> needs(NeedLevel level) {
        Map<NeedArea, NeedLevel> needs = new EnumMap<>(NeedArea.class);
        for (NeedArea area : NeedArea.values()) {
            needs.put(area, level);
        }
        return needs;
    }

    private static HouseholdOffer offer(int children, int min, int max, boolean siblings) {
        return new HouseholdOffer(children, min, max, siblings, needs(NeedLevel.MEDIUM), Set.of(), true);
    }

    private static Household household(List<AdopterPersonalDetails> adopters) {
        return new Household(HouseholdReference.of("H-001"), adopters, AreaOfResidence.authority("coventry"), ACE,
                offer(2, 0, 5, true), FastTrackRoute.NONE);
    }

    private static DomainRuleViolation violation(String field, String rule, Executable executable) {
        DomainRuleViolation e = assertThrows(DomainRuleViolation.class, executable);
        assertEquals(field, e.field());
        assertEquals(rule, e.rule());
        assertTrue(e.getMessage().contains(field) && e.getMessage().contains(rule), e.getMessage());
        return e;
    }

    @Test
    void oneOrTwoAdopters() {
        assertEquals(1, household(List.of(ALEX)).adopters().size());
        assertEquals(2, household(List.of(ALEX, SAM)).adopters().size());
        violation("adopters", "ONE_OR_TWO_ADOPTERS", () -> household(List.of()));
        violation("adopters", "ONE_OR_TWO_ADOPTERS", () -> household(List.of(ALEX, SAM, ALEX)));
    }

    @Test
    void personalDetailsNeverAppearInTextOrMessages() {
        Household h = household(List.of(ALEX, SAM));
        assertFalse(h.toString().contains("Quinton"), h.toString());
        assertFalse(ALEX.toString().contains("Alexandra"), ALEX.toString());
        String longName = "Bartholomew".repeat(10); // 110 characters, over the 100 limit
        DomainRuleViolation e = violation("givenName", "MAX_LENGTH",
                () -> new AdopterPersonalDetails(longName, "Quinton", LocalDate.of(1985, 3, 14)));
        assertFalse(e.getMessage().contains("Bartholomew"), e.getMessage());
        violation("familyName", "NOT_BLANK", () -> new AdopterPersonalDetails("Alexandra", "  ", LocalDate.of(1985, 3, 14)));
        violation("dateOfBirth", "REQUIRED", () -> new AdopterPersonalDetails("Alexandra", "Quinton", null));
    }

    @Test
    void numberOfChildrenIsOneToFour() {
        assertEquals(4, offer(4, 0, 5, true).numberOfChildren());
        violation("offer.numberOfChildren", "RANGE", () -> offer(0, 0, 5, false));
        violation("offer.numberOfChildren", "RANGE", () -> offer(5, 0, 5, true));
    }

    @Test
    void ageRangeIsWithinChildhoodAndMinNotAboveMax() {
        assertEquals(0, offer(1, 3, 3, false).ageRangeYears()); // 3 - 3 = 0: a single age is allowed
        violation("offer.minAgeYears", "MIN_NOT_ABOVE_MAX", () -> offer(1, 6, 4, false));
        violation("offer.maxAgeYears", "RANGE", () -> offer(1, 0, 18, false));
        violation("offer.minAgeYears", "RANGE", () -> offer(1, -1, 4, false));
    }

    @Test
    void siblingGroupsNeedRoomForTwoChildren() {
        violation("offer.siblingGroupsAccepted", "NEEDS_TWO_OR_MORE_CHILDREN", () -> offer(1, 0, 5, true));
    }

    @Test
    void everyNeedAreaMustBeStated() {
        Map<NeedArea, NeedLevel> missingEducation = needs(NeedLevel.LOW);
        missingEducation.remove(NeedArea.EDUCATION);
        violation("offer.needAcceptance.EDUCATION", "REQUIRED",
                () -> new HouseholdOffer(1, 0, 4, false, missingEducation, Set.of(), false));
    }

    @Test
    void excludedAreasAreAuthorityCodes() {
        HouseholdOffer ok = new HouseholdOffer(1, 0, 4, false, needs(NeedLevel.LOW), Set.of("solihull", "coventry"), false);
        assertEquals(Set.of("coventry", "solihull"), ok.excludedAreas());
        violation("offer.excludedAreas", "AUTHORITY_CODE",
                () -> new HouseholdOffer(1, 0, 4, false, needs(NeedLevel.LOW), Set.of("Not A Code"), false));
    }

    @Test
    void areaOfResidenceIsAnAuthorityCodeOrOutsideTheAgency() {
        assertTrue(AreaOfResidence.OUTSIDE_AGENCY.isOutsideAgency());
        assertFalse(AreaOfResidence.authority("worcestershire").isOutsideAgency());
        violation("areaOfResidence", "AUTHORITY_CODE", () -> AreaOfResidence.authority("CV1 5RR"));
        violation("areaOfResidence", "AUTHORITY_CODE", () -> AreaOfResidence.authority("OUTSIDE_AGENCY"));
    }

    @Test
    void referenceAndAgencyAreValidated() {
        violation("householdReference", "PATTERN", () -> HouseholdReference.of("H 001"));
        violation("recruitingAgency.type", "REQUIRED", () -> new RecruitingAgency("ace", null));
        violation("fastTrackRoute", "REQUIRED", () -> new Household(HouseholdReference.of("H-1"), List.of(ALEX),
                AreaOfResidence.OUTSIDE_AGENCY, ACE, offer(1, 0, 2, false), null));
    }

    @Test
    void fastTrackRoutesSkipStageOne() {
        assertFalse(FastTrackRoute.NONE.skipsStage1());
        assertTrue(FastTrackRoute.APPROVED_FOSTER_CARER.skipsStage1());
        assertTrue(FastTrackRoute.PREVIOUS_ADOPTER.skipsStage1());
    }
}
