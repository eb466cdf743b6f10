package uk.raa.children.domain.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.raa.children.domain.journey.JourneyFixtures.d;

import java.util.List;
import org.junit.jupiter.api.Test;

class JourneyMergeTest {

    private static PeriodOfCare importedPeriod(String start, String end) {
        return new PeriodOfCare(d(start), end == null ? null : d(end), FactSource.IMPORT);
    }

    private static Placement importedPlacement(String start, String end, String type, boolean sameCarers) {
        return new Placement(d(start), end == null ? null : d(end), type, sameCarers, FactSource.IMPORT);
    }

    /** Year one's return: in care since 2015-01-01, placed (A6) 2016-03-01, both still open. */
    private static ChildJourney yearOne() {
        return ChildJourney.builder()
                .periodOfCare(importedPeriod("2015-01-01", null))
                .placement(importedPlacement("2015-01-01", "2016-03-01", "U4", false))
                .placement(importedPlacement("2016-03-01", null, "A6", false))
                .courtAuthority(new CourtAuthority(CourtAuthorityType.PLACEMENT_ORDER, d("2015-09-01"), FactSource.IMPORT))
                .placedForAdoption(new PlacedForAdoption(d("2016-03-01"), FamilyReferences.IMPORTED_ADOPTERS,
                        AdoptivePlacementType.A6, FactSource.IMPORT))
                .build();
    }

    /** Year two's return: the open episode re-reported and closed by the adoption order. */
    private static ChildJourney yearTwo() {
        return ChildJourney.builder()
                .periodOfCare(importedPeriod("2015-01-01", "2017-01-10"))
                .placement(importedPlacement("2016-03-01", "2017-01-10", "A6", false))
                .placedForAdoption(new PlacedForAdoption(d("2016-03-01"), FamilyReferences.IMPORTED_ADOPTERS,
                        AdoptivePlacementType.A6, FactSource.IMPORT))
                .matchDecision(new MatchDecision(d("2016-02-01"), FamilyReferences.IMPORTED_ADOPTERS, FactSource.IMPORT))
                .adoptionOrder(new AdoptionOrder(d("2017-01-10"), AdoptionOrderType.E11, FactSource.IMPORT))
                .build();
    }

    @Test
    void reImportingTheSameJourneyChangesNothing() {
        MergeResult again = JourneyMerge.merge(yearOne(), yearOne());
        assertEquals(yearOne(), again.journey());
        assertEquals(List.of(), again.findings());

        MergeResult once = JourneyMerge.merge(yearOne(), yearTwo());
        MergeResult twice = JourneyMerge.merge(once.journey(), yearTwo());
        assertEquals(once.journey(), twice.journey());
        assertEquals(List.of(), twice.findings());
    }

    @Test
    void episodesContinueAndOpenOnesClose() {
        ChildJourney merged = JourneyMerge.merge(yearOne(), yearTwo()).journey();
        assertEquals(List.of(importedPeriod("2015-01-01", "2017-01-10")), merged.periodsOfCare());
        assertEquals(List.of(importedPlacement("2015-01-01", "2016-03-01", "U4", false),
                importedPlacement("2016-03-01", "2017-01-10", "A6", false)), merged.placements());
        assertEquals(1, merged.placedForAdoption().size());
        assertEquals(d("2017-01-10"), merged.adoptionOrder().date());
        assertEquals(1, merged.courtAuthorities().size());
    }

    @Test
    void aPeriodContinuedWithoutItsStartClosesTheHeldOne() {
        // the next return holds only the episodes from 2016-04-01 on (no RNE S): the same period of care
        ChildJourney next = ChildJourney.builder().periodOfCare(importedPeriod("2016-04-01", "2017-01-10")).build();
        ChildJourney merged = JourneyMerge.merge(yearOne(), next).journey();
        assertEquals(List.of(importedPeriod("2015-01-01", "2017-01-10")), merged.periodsOfCare());
    }

    @Test
    void theSystemsOwnDatesAreKeptAndTheDifferenceReported() {
        ChildJourney held = ChildJourney.builder()
                .matchDecision(new MatchDecision(d("2016-02-03"), "household-42", FactSource.SYSTEM))
                .placedForAdoption(new PlacedForAdoption(d("2016-03-01"), "household-42", AdoptivePlacementType.A6,
                        FactSource.SYSTEM))
                .build();
        MergeResult result = JourneyMerge.merge(held, yearTwo());
        // the 903 match (2016-02-01) is read as household-42's and disagrees with the system's 2016-02-03
        assertEquals(List.of(new MatchDecision(d("2016-02-03"), "household-42", FactSource.SYSTEM)),
                result.journey().matchDecisions());
        // the placement date agrees, so the system's fact stays as it was
        assertEquals(held.placedForAdoption(), result.journey().placedForAdoption());
        assertEquals(List.of(new MergeFinding("matchDecisions.date", MergeFinding.SYSTEM_DATE_KEPT,
                "matchDecisions.date differs from the date the system recorded; the system's date was kept")),
                result.findings());
    }

    @Test
    void aLaterImportRevisesAnEarlierImport() {
        ChildJourney held = ChildJourney.builder()
                .shouldBePlacedDecision(new ShouldBePlacedDecision(d("2015-06-01"), FactSource.IMPORT)).build();
        ChildJourney revised = ChildJourney.builder()
                .shouldBePlacedDecision(new ShouldBePlacedDecision(d("2015-06-03"), FactSource.IMPORT)).build();
        MergeResult result = JourneyMerge.merge(held, revised);
        assertEquals(d("2015-06-03"), result.journey().shouldBePlacedDecision().date());
        assertEquals(List.of(MergeFinding.IMPORT_REVISED), result.findings().stream().map(MergeFinding::rule).toList());
    }

    @Test
    void aSystemEndIsNotOverwrittenByADifferentImportedEnd() {
        ChildJourney held = ChildJourney.builder()
                .placement(new Placement(d("2016-03-01"), d("2017-01-09"), "A6", false, FactSource.SYSTEM)).build();
        MergeResult result = JourneyMerge.merge(held, yearTwo());
        assertEquals(d("2017-01-09"), result.journey().placements().get(0).end());
        assertEquals(List.of("placements.end"), result.findings().stream().map(MergeFinding::field).toList());
    }
}
