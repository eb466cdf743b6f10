package uk.raa.children.domain.journey;

import java.time.LocalDate;

/** Short builders so tests read like the journey they describe. */
final class JourneyFixtures {

    static final LocalDate DOB = d("2014-01-10");
    static final LocalDate TODAY = d("2020-01-01");

    private JourneyFixtures() {
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static PeriodOfCare period(String start, String end) {
        return new PeriodOfCare(d(start), end == null ? null : d(end), FactSource.SYSTEM);
    }

    static Placement placement(String start, String end, String type, boolean sameCarers) {
        return new Placement(d(start), end == null ? null : d(end), type, sameCarers, FactSource.SYSTEM);
    }

    static ShouldBePlacedDecision decision(String date) {
        return new ShouldBePlacedDecision(d(date), FactSource.SYSTEM);
    }

    static CourtAuthority placementOrder(String date) {
        return new CourtAuthority(CourtAuthorityType.PLACEMENT_ORDER, d(date), FactSource.SYSTEM);
    }

    static CourtAuthority consent(String date) {
        return new CourtAuthority(CourtAuthorityType.CONSENT, d(date), FactSource.SYSTEM);
    }

    static MatchDecision match(String date, String family) {
        return new MatchDecision(d(date), family, FactSource.SYSTEM);
    }

    static PlacedForAdoption placed(String date, String family, AdoptivePlacementType type) {
        return new PlacedForAdoption(d(date), family, type, FactSource.SYSTEM);
    }

    static AdoptionOrder order(String date) {
        return new AdoptionOrder(d(date), AdoptionOrderType.E11, FactSource.SYSTEM);
    }

    /**
     * A journey in the usual order: care 2015-01-01, decision 2015-06-01, placement order 2015-09-01, match with F1
     * 2016-02-01, placed (A6) 2016-03-01, order 2017-01-10.
     */
    static ChildJourney.Builder usualJourney() {
        return ChildJourney.builder()
                .periodOfCare(period("2015-01-01", null))
                .placement(placement("2015-01-01", "2016-03-01", "U4", false))
                .placement(placement("2016-03-01", null, "A6", false))
                .shouldBePlacedDecision(decision("2015-06-01"))
                .courtAuthority(placementOrder("2015-09-01"))
                .matchDecision(match("2016-02-01", "F1"))
                .placedForAdoption(placed("2016-03-01", "F1", AdoptivePlacementType.A6))
                .adoptionOrder(order("2017-01-10"));
    }
}
