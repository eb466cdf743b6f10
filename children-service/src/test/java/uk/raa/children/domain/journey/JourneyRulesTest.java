package uk.raa.children.domain.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.raa.children.domain.journey.JourneyFixtures.DOB;
import static uk.raa.children.domain.journey.JourneyFixtures.TODAY;
import static uk.raa.children.domain.journey.JourneyFixtures.consent;
import static uk.raa.children.domain.journey.JourneyFixtures.d;
import static uk.raa.children.domain.journey.JourneyFixtures.decision;
import static uk.raa.children.domain.journey.JourneyFixtures.match;
import static uk.raa.children.domain.journey.JourneyFixtures.order;
import static uk.raa.children.domain.journey.JourneyFixtures.placed;
import static uk.raa.children.domain.journey.JourneyFixtures.placement;
import static uk.raa.children.domain.journey.JourneyFixtures.placementOrder;
import static uk.raa.children.domain.journey.JourneyFixtures.usualJourney;

import java.util.List;
import org.junit.jupiter.api.Test;

class JourneyRulesTest {

    private static List<String> hardRules(ChildJourney journey) {
        return JourneyRules.check(journey, DOB, TODAY).hard().stream().map(JourneyViolation::rule).toList();
    }

    private static List<String> hardFields(ChildJourney journey, String rule) {
        return JourneyRules.check(journey, DOB, TODAY).hard().stream()
                .filter(v -> v.rule().equals(rule)).map(JourneyViolation::field).toList();
    }

    @Test
    void usualJourneyHasNoViolationsAndNoWarnings() {
        JourneyCheck check = JourneyRules.check(usualJourney().build(), DOB, TODAY);
        assertEquals(List.of(), check.violations());
        assertTrue(check.isValid());
    }

    @Test
    void sameDayBoundariesAreAllowed() {
        // decision on the day care began (334) and on the order day (554); match, placement and order on one day
        ChildJourney journey = ChildJourney.builder()
                .periodOfCare(JourneyFixtures.period("2015-01-01", null))
                .shouldBePlacedDecision(decision("2015-01-01"))
                .courtAuthority(placementOrder("2015-01-01"))
                .matchDecision(match("2015-01-01", "F1"))
                .placedForAdoption(placed("2015-01-01", "F1", AdoptivePlacementType.A6))
                .adoptionOrder(order("2015-01-01"))
                .build();
        assertEquals(List.of(), hardRules(journey));
    }

    @Test
    void dobRuleRejectsDatesBeforeBirth() {
        // born 2015-06-02: the decision (2015-06-01) and everything earlier precede birth
        List<JourneyViolation> hard = JourneyRules.check(usualJourney().build(), d("2015-06-02"), TODAY).hard();
        assertTrue(hard.stream().anyMatch(v -> v.rule().equals("dob") && v.field().equals("shouldBePlacedDecision.date")));
        assertTrue(hard.stream().anyMatch(v -> v.rule().equals("dob") && v.field().equals("periodsOfCare[0].start")));
        assertFalse(hard.stream().anyMatch(v -> v.rule().equals("dob") && v.field().equals("adoptionOrder.date")));
    }

    @Test
    void futureRuleRejectsDatesAfterToday() {
        List<JourneyViolation> hard = JourneyRules.check(usualJourney().build(), DOB, d("2017-01-09")).hard();
        assertEquals(List.of("adoptionOrder.date"), hard.stream().filter(v -> v.rule().equals("future"))
                .map(JourneyViolation::field).toList());
        assertEquals(List.of(), hardFields(usualJourney().build(), "future"));
    }

    @Test
    void rule334DecisionBeforeEnteringCare() {
        ChildJourney journey = usualJourney().shouldBePlacedDecision(decision("2014-12-31")).build();
        assertEquals(List.of("334"), hardRules(journey));
    }

    @Test
    void rule554DecisionAfterFirstPlacementOrder() {
        ChildJourney journey = usualJourney().shouldBePlacedDecision(decision("2015-09-02")).build();
        assertEquals(List.of("554"), hardRules(journey));
        assertEquals(List.of(), hardRules(usualJourney().shouldBePlacedDecision(decision("2015-09-01")).build()));
    }

    @Test
    void rule521DecisionAfterAdoptivePlacement() {
        // consent route: placed (A4) 2015-05-01, decision 2015-06-01 is a month too late
        ChildJourney.Builder builder = ChildJourney.builder()
                .periodOfCare(JourneyFixtures.period("2015-01-01", null))
                .courtAuthority(consent("2015-04-01"))
                .matchDecision(match("2015-04-15", "F1"))
                .placedForAdoption(placed("2015-05-01", "F1", AdoptivePlacementType.A4));
        assertEquals(List.of("521"), hardRules(builder.shouldBePlacedDecision(decision("2015-06-01")).build()));
        assertEquals(List.of(), hardRules(builder.shouldBePlacedDecision(decision("2015-05-01")).build()));
    }

    @Test
    void rule408PlacementOrderRouteBeforeTheOrder() {
        ChildJourney before = ChildJourney.builder()
                .periodOfCare(JourneyFixtures.period("2015-01-01", null))
                .courtAuthority(placementOrder("2016-04-01"))
                .matchDecision(match("2016-02-01", "F1"))
                .placedForAdoption(placed("2016-03-01", "F1", AdoptivePlacementType.A6))
                .build();
        assertEquals(List.of("408"), hardRules(before));
        assertEquals(List.of("placedForAdoption[0].date"), hardFields(before, "408"));
        ChildJourney noOrder = usualJourney().build().toBuilder().build();
        assertEquals(List.of(), hardRules(noOrder));
        ChildJourney withoutAnyOrder = new ChildJourney(noOrder.periodsOfCare(), noOrder.placements(),
                noOrder.shouldBePlacedDecision(), List.of(), List.of(), noOrder.matchDecisions(),
                noOrder.placedForAdoption(), noOrder.adoptionOrder(), null, List.of(), null);
        assertEquals(List.of("408"), hardRules(withoutAnyOrder));
    }

    @Test
    void rule408DoesNotApplyToConsentRoutes() {
        ChildJourney journey = ChildJourney.builder()
                .periodOfCare(JourneyFixtures.period("2015-01-01", null))
                .courtAuthority(consent("2016-03-01"))
                .matchDecision(match("2016-02-01", "F1"))
                .placedForAdoption(placed("2016-03-01", "F1", AdoptivePlacementType.A3))
                .build();
        assertEquals(List.of(), hardRules(journey));
    }

    @Test
    void placementMustFollowTheMatchForThatFamily() {
        ChildJourney late = usualJourney().build().toBuilder().build();
        ChildJourney lateMatch = new ChildJourney(late.periodsOfCare(), late.placements(), late.shouldBePlacedDecision(),
                late.courtAuthorities(), List.of(), List.of(match("2016-03-02", "F1")), late.placedForAdoption(),
                late.adoptionOrder(), null, List.of(), null);
        assertEquals(List.of("placement-after-match"), hardRules(lateMatch));

        // a match with another family says nothing about F1's placement: only a warning that F1 has no match
        ChildJourney otherFamily = new ChildJourney(late.periodsOfCare(), late.placements(),
                late.shouldBePlacedDecision(), late.courtAuthorities(), List.of(), List.of(match("2016-02-01", "F2")),
                late.placedForAdoption(), late.adoptionOrder(), null, List.of(), null);
        JourneyCheck check = JourneyRules.check(otherFamily, DOB, TODAY);
        assertEquals(List.of(), check.hard());
        assertTrue(check.warnings().stream().anyMatch(v -> v.rule().equals("placement-without-match")));
    }

    @Test
    void rule331MatchAndPlacementOnOrBeforeTheOrder() {
        // order 2016-02-28: after the match (2016-02-01) but before the placement (2016-03-01)
        ChildJourney journey = usualJourney().adoptionOrder(order("2016-02-28")).build();
        assertEquals(List.of("placedForAdoption[0].date"), hardFields(journey, "331"));
        ChildJourney beforeMatch = usualJourney().adoptionOrder(order("2016-01-31")).build();
        assertEquals(List.of("matchDecisions[0].date", "placedForAdoption[0].date"), hardFields(beforeMatch, "331"));
    }

    @Test
    void matchBeforePlacementOrderIsOnlyAWarning() {
        ChildJourney journey = usualJourney().matchDecision(match("2015-08-01", "F2")).build();
        JourneyCheck check = JourneyRules.check(journey, DOB, TODAY);
        assertTrue(check.isValid());
        assertTrue(check.warnings().stream().anyMatch(v -> v.rule().equals("match-before-placement-order")
                && v.field().equals("matchDecisions[0].date")));
    }

    @Test
    void requireValidThrowsTheRuleAndFieldWithoutPersonalData() {
        ChildJourney journey = usualJourney().shouldBePlacedDecision(decision("2014-12-31")).build();
        DomainRuleViolation e = assertThrows(DomainRuleViolation.class,
                () -> JourneyRules.requireValid(journey, DOB, TODAY));
        assertEquals("334", e.rule());
        assertEquals("shouldBePlacedDecision.date", e.field());
        assertFalse(e.getMessage().contains("2014"), "the message must not carry a date");
        assertFalse(e.getMessage().contains("2015"), "the message must not carry a date");
    }

    @Test
    void factsValidateThemselves() {
        DomainRuleViolation e = assertThrows(DomainRuleViolation.class,
                () -> placement("2016-03-01", "2016-02-01", "A6", false));
        assertEquals("end-before-start", e.rule());
        assertEquals("placement.end", e.field());
        assertEquals("required", assertThrows(DomainRuleViolation.class,
                () -> new MatchDecision(d("2016-01-01"), " ", FactSource.SYSTEM)).rule());
    }
}
