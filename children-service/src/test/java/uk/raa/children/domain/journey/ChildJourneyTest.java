package uk.raa.children.domain.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.raa.children.domain.journey.JourneyFixtures.d;
import static uk.raa.children.domain.journey.JourneyFixtures.order;
import static uk.raa.children.domain.journey.JourneyFixtures.period;
import static uk.raa.children.domain.journey.JourneyFixtures.placed;
import static uk.raa.children.domain.journey.JourneyFixtures.placement;
import static uk.raa.children.domain.journey.JourneyFixtures.placementOrder;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChildJourneyTest {

    @Test
    void enteredCareIsTheLatestPeriodStartedBeforeTheAdoptivePlacement() {
        ChildJourney journey = ChildJourney.builder()
                .periodOfCare(period("2012-01-01", "2012-06-01"))
                .periodOfCare(period("2014-02-01", null))
                .placedForAdoption(placed("2015-03-01", "F1", AdoptivePlacementType.A6))
                .adoptionOrder(order("2016-01-05"))
                .build();
        assertEquals(Optional.of(d("2014-02-01")), journey.enteredCare());
    }

    @Test
    void firstPlacementOrderIsTheFirstInThatPeriod() {
        ChildJourney journey = ChildJourney.builder()
                .periodOfCare(period("2012-01-01", "2012-06-01"))
                .periodOfCare(period("2014-02-01", null))
                .courtAuthority(placementOrder("2014-10-01"))
                .courtAuthority(placementOrder("2012-03-01"))
                .courtAuthority(placementOrder("2014-08-01"))
                .courtAuthority(JourneyFixtures.consent("2014-05-01"))
                .placedForAdoption(placed("2015-03-01", "F1", AdoptivePlacementType.A6))
                .build();
        // 2012-03-01 is in the earlier period; consent is not an order
        assertEquals(Optional.of(d("2014-08-01")), journey.firstPlacementOrder().map(CourtAuthority::date));
    }

    @Test
    void anEarlierDisruptedPlacementDoesNotCount() {
        ChildJourney journey = ChildJourney.builder()
                .periodOfCare(period("2014-02-01", null))
                .placedForAdoption(placed("2014-10-01", "F1", AdoptivePlacementType.A6))
                .disruption(new Disruption(d("2014-12-01"), "F1", FactSource.SYSTEM))
                .placedForAdoption(placed("2015-03-01", "F2", AdoptivePlacementType.A6))
                .adoptionOrder(order("2016-01-05"))
                .build();
        assertEquals(Optional.of(d("2015-03-01")), journey.adoptivePlacementLeadingToOrder().map(PlacedForAdoption::date));
        assertEquals("F2", journey.currentAdoptivePlacement().orElseThrow().familyReference());
        assertTrue(journey.isDisrupted(journey.placedForAdoption().get(0), null));
        assertFalse(journey.isDisrupted(journey.placedForAdoption().get(1), null));
    }

    @Test
    void aFamilyPlacedAgainAfterADisruptionCounts() {
        ChildJourney journey = ChildJourney.builder()
                .placedForAdoption(placed("2014-10-01", "F1", AdoptivePlacementType.A6))
                .disruption(new Disruption(d("2014-12-01"), "F1", FactSource.SYSTEM))
                .placedForAdoption(placed("2015-03-01", "F1", AdoptivePlacementType.A6))
                .adoptionOrder(order("2016-01-05"))
                .build();
        assertEquals(Optional.of(d("2015-03-01")), journey.adoptivePlacementLeadingToOrder().map(PlacedForAdoption::date));
    }

    private static ChildJourney.Builder fosterCarerRun() {
        // 2014-02-01 first carers; 2014-05-01 new carers (P); 2014-09-01 move with them (T);
        // 2015-03-01 the placement becomes adoptive with the same carers (U)
        return ChildJourney.builder()
                .periodOfCare(period("2014-02-01", null))
                .placement(placement("2014-02-01", "2014-05-01", "U6", false))
                .placement(placement("2014-05-01", "2014-09-01", "U4", false))
                .placement(placement("2014-09-01", "2015-03-01", "U4", true))
                .placement(placement("2015-03-01", "2016-01-05", "A5", true))
                .courtAuthority(placementOrder("2014-11-01"))
                .placedForAdoption(placed("2015-03-01", "F1", AdoptivePlacementType.A5))
                .adoptionOrder(order("2016-01-05"));
    }

    @Test
    void fosterCarerAdoptionClockStopsWhenTheChildMovedInWithThoseCarers() {
        ChildJourney journey = fosterCarerRun().adoptedByFosterCarers(true).build();
        assertTrue(journey.isFosterCarerAdoption());
        assertEquals(Optional.of(d("2014-05-01")), journey.movedInWithAdoptiveFamily());
    }

    @Test
    void otherAdoptionsStopTheClockAtTheAdoptivePlacement() {
        ChildJourney journey = fosterCarerRun().adoptedByFosterCarers(false).build();
        assertFalse(journey.isFosterCarerAdoption());
        assertEquals(Optional.of(d("2015-03-01")), journey.movedInWithAdoptiveFamily());
    }

    @Test
    void earlyPermanenceWithTheAdoptersMakesItAFosterCarerAdoption() {
        ChildJourney journey = ChildJourney.builder()
                .periodOfCare(period("2014-02-01", null))
                .placement(placement("2014-02-01", "2014-06-01", "U6", false))
                .placement(placement("2014-06-01", "2015-01-01", "U5", false))
                .placement(placement("2015-01-01", null, "A5", true))
                .earlyPermanence(new EarlyPermanence(EarlyPermanenceType.FOSTERING_FOR_ADOPTION, d("2014-06-01"), "F1",
                        FactSource.SYSTEM))
                .placedForAdoption(placed("2015-01-01", "F1", AdoptivePlacementType.A5))
                .build();
        assertTrue(journey.isFosterCarerAdoption());
        assertEquals(Optional.of(d("2014-06-01")), journey.movedInWithAdoptiveFamily());
    }

    @Test
    void factPathsResolveToTheFactsTheyName() {
        ChildJourney journey = fosterCarerRun().build();
        assertEquals(Optional.of(journey.placements().get(2)), journey.fact("placements[2].end"));
        assertEquals(Optional.of(journey.adoptionOrder()), journey.fact("adoptionOrder.date"));
        assertEquals(Optional.empty(), journey.fact("placements[9].start"));
    }

    @Test
    void factsAreKeptInDateOrderWhateverTheirArrival() {
        ChildJourney a = ChildJourney.builder()
                .placement(placement("2015-01-01", null, "A5", true))
                .placement(placement("2014-02-01", "2015-01-01", "U4", false))
                .build();
        ChildJourney b = ChildJourney.builder()
                .placement(placement("2014-02-01", "2015-01-01", "U4", false))
                .placement(placement("2015-01-01", null, "A5", true))
                .build();
        assertEquals(a, b);
    }
}
