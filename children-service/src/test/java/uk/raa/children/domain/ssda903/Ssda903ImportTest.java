package uk.raa.children.domain.ssda903;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.raa.children.domain.ssda903.Ssda903TestFiles.AD1;
import static uk.raa.children.domain.ssda903.Ssda903TestFiles.EPISODES;
import static uk.raa.children.domain.ssda903.Ssda903TestFiles.HEADER;
import static uk.raa.children.domain.ssda903.Ssda903TestFiles.PLACED;
import static uk.raa.children.domain.ssda903.Ssda903TestFiles.only;
import static uk.raa.children.domain.ssda903.Ssda903TestFiles.read;
import static uk.raa.children.domain.ssda903.Ssda903TestFiles.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.raa.children.domain.journey.AdoptivePlacementType;
import uk.raa.children.domain.journey.ChildJourney;
import uk.raa.children.domain.journey.CourtAuthority;
import uk.raa.children.domain.journey.CourtAuthorityType;
import uk.raa.children.domain.journey.FamilyReferences;
import uk.raa.children.domain.journey.PlacedForAdoption;
import uk.raa.children.domain.journey.Placement;

class Ssda903ImportTest {

    private static final String C1_HEADER = HEADER + "C1,1,10/01/2014,WBRI,A123456789012,,\n";
    private static final String C1_AD1_FOSTER = AD1 + "C1,10/01/2014,01/07/2015,01/02/2016,1,2,MF,L11\n";
    private static final String C1_AD1_OTHER = AD1 + "C1,10/01/2014,01/07/2015,01/02/2016,0,2,MF,L11\n";
    private static final String C1_PLACED = PLACED + "C1,10/01/2014,01/07/2015,,\n";

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /** A5: the child's foster carers (moved in 2015-05-01, then T, L, U changes) adopt it. */
    private static final String A5_FOSTER_CARER_RUN = EPISODES
            + "C1,01/02/2015,S,V2,N1,U6,PR1,01/05/2015,X1,CARPL,,,\n"
            + "C1,01/05/2015,P,C2,N1,U4,PR1,01/09/2015,X1,CARPL,,,\n"
            + "C1,01/09/2015,L,E1,N1,U4,PR1,01/11/2015,X1,,,,\n"
            + "C1,01/11/2015,T,E1,N1,U4,PR1,01/03/2016,X1,PLACE,,,\n"
            + "C1,01/03/2016,U,E1,N1,A5,PR1,10/01/2017,E11,,,,\n";

    @Test
    void a5RouteWithAFosterCarerRunJoinedByTUAndL() {
        ImportedChild child = only(read(C1_HEADER, A5_FOSTER_CARER_RUN, C1_AD1_FOSTER, C1_PLACED));
        ChildJourney journey = child.journey();
        assertEquals(List.of(), child.findings());
        assertEquals(1, journey.periodsOfCare().size());
        assertEquals(d("2017-01-10"), journey.periodsOfCare().get(0).end());
        // L continues a placement; P starts a new one with other carers; T and U keep the carers
        assertEquals(List.of(
                new Placement(d("2015-02-01"), d("2015-05-01"), "U6", false, journey.placements().get(0).source()),
                new Placement(d("2015-05-01"), d("2015-11-01"), "U4", false, journey.placements().get(0).source()),
                new Placement(d("2015-11-01"), d("2016-03-01"), "U4", true, journey.placements().get(0).source()),
                new Placement(d("2016-03-01"), d("2017-01-10"), "A5", true, journey.placements().get(0).source())),
                journey.placements());
        assertEquals(d("2015-02-01"), journey.enteredCare().orElseThrow());
        assertEquals(d("2015-09-01"), journey.firstPlacementOrder().map(CourtAuthority::date).orElseThrow());
        assertEquals(d("2016-03-01"), journey.adoptivePlacementLeadingToOrder().map(PlacedForAdoption::date).orElseThrow());
        assertEquals(FamilyReferences.IMPORTED_ADOPTERS, journey.matchDecisions().get(0).familyReference());
        assertEquals(d("2015-07-01"), journey.shouldBePlacedDecision().date());
        assertTrue(journey.isFosterCarerAdoption());
        // A10 clock stop: the P episode that brought the child to these carers
        assertEquals(Optional.of(d("2015-05-01")), journey.movedInWithAdoptiveFamily());
    }

    @Test
    void a6RouteWithNewCarers() {
        String episodes = EPISODES
                + "C1,01/02/2015,S,V2,N1,U6,PR1,01/09/2015,X1,,,,\n"
                + "C1,01/09/2015,L,E1,N1,U6,PR1,01/03/2016,X1,,,,\n"
                + "C1,01/03/2016,B,E1,N1,A6,PR2,10/01/2017,E12,,,,\n";
        ImportedChild child = only(read(C1_HEADER, episodes, C1_AD1_OTHER, C1_PLACED));
        assertEquals(List.of(), child.findings());
        PlacedForAdoption placed = child.journey().placedForAdoption().get(0);
        assertEquals(AdoptivePlacementType.A6, placed.placementType());
        assertFalse(child.journey().isFosterCarerAdoption());
        assertEquals(Optional.of(d("2016-03-01")), child.journey().movedInWithAdoptiveFamily());
    }

    @Test
    void a3ConsentRouteWithCurrentFosterCarers() {
        String episodes = EPISODES
                + "C1,01/02/2015,S,V2,N1,U4,PR1,01/03/2016,X1,,,,\n"
                + "C1,01/03/2016,T,V2,N1,A3,PR1,10/01/2017,E11,,,,\n";
        ImportedChild child = only(read(C1_HEADER, episodes, C1_AD1_FOSTER, C1_PLACED));
        assertEquals(List.of(), child.findings());
        assertEquals(List.of(CourtAuthorityType.CONSENT),
                child.journey().courtAuthorities().stream().map(CourtAuthority::type).toList());
        assertEquals(d("2016-03-01"), child.journey().courtAuthorities().get(0).date());
        assertEquals(Optional.of(d("2015-02-01")), child.journey().movedInWithAdoptiveFamily());
    }

    @Test
    void a4ConsentRouteWithNewCarers() {
        String episodes = EPISODES
                + "C1,01/02/2015,S,V2,N1,U6,PR1,01/03/2016,X1,,,,\n"
                + "C1,01/03/2016,P,V2,N1,A4,PR1,10/01/2017,E11,,,,\n";
        ImportedChild child = only(read(C1_HEADER, episodes, C1_AD1_OTHER, C1_PLACED));
        assertEquals(List.of(), child.findings());
        assertEquals(AdoptivePlacementType.A4, child.journey().placedForAdoption().get(0).placementType());
        assertEquals(Optional.of(d("2016-03-01")), child.journey().movedInWithAdoptiveFamily());
    }

    @Test
    void a5WithoutAPlacementOrderBreaksRule408OnThatEpisode() {
        String episodes = EPISODES
                + "C1,01/02/2015,S,V2,N1,U4,PR1,01/03/2016,X1,,,,\n"
                + "C1,01/03/2016,T,C2,N1,A5,PR1,10/01/2017,E11,,,,\n";
        ImportedChild child = only(read(C1_HEADER, episodes, C1_AD1_FOSTER, C1_PLACED));
        assertEquals(List.of(Finding.error("Episodes", 3, "DECOM", "408",
                "placedForAdoption[0].date is a placement-order route (A5/A6) and must be on or after a placement "
                        + "or freeing order (rule 408)")), child.findings());
    }

    @Test
    void anEarlierDisruptedAdoptivePlacementDoesNotCount() {
        String episodes = EPISODES
                + "C1,01/02/2015,S,C2,N1,U6,PR1,01/09/2015,X1,,,,\n"
                + "C1,01/09/2015,L,E1,N1,U6,PR1,01/12/2015,X1,,,,\n"
                + "C1,01/12/2015,P,E1,N1,A6,PR1,01/04/2016,X1,CREQB,,,\n"
                + "C1,01/04/2016,P,E1,N1,U6,PR1,01/08/2016,X1,,,,\n"
                + "C1,01/08/2016,P,E1,N1,A6,PR1,10/05/2017,E11,,,,\n";
        String ad1 = AD1 + "C1,10/01/2014,01/07/2015,01/07/2016,0,2,MF,L11\n";
        ImportedChild child = only(read(C1_HEADER, episodes, ad1, C1_PLACED));
        ChildJourney journey = child.journey();
        assertEquals(2, journey.placedForAdoption().size());
        assertEquals(d("2016-04-01"), journey.disruptions().get(0).date());
        assertEquals(FamilyReferences.importedEarlierPlacement(d("2015-12-01")),
                journey.disruptions().get(0).familyReference());
        assertEquals(d("2016-08-01"), journey.adoptivePlacementLeadingToOrder().orElseThrow().date());
        assertEquals(Optional.of(d("2016-08-01")), journey.movedInWithAdoptiveFamily());
        // the disrupted family had no match in the 903: a warning on its episode, no error
        assertEquals(List.of(), rules(child, Severity.ERROR));
        assertEquals(List.of("placement-without-match"), rules(child, Severity.WARNING));
        assertEquals(4, child.findings().get(0).row());
    }

    @Test
    void badDatesAreFindingsAndTheEpisodeIsReportedUnused() {
        String episodes = EPISODES
                + "C1,31/02/2015,S,V2,N1,U6,PR1,,,,,,\n"
                + "C1,2015-03-01,P,V2,N1,U6,PR1,,,,,,\n";
        String header = HEADER + "C1,1,1/1/2014,WBRI,,,\n";
        ImportedChild child = only(read(header, episodes, AD1, PLACED));
        assertEquals(List.of(
                Finding.error("Episodes", 2, "DECOM", "date-format", "DECOM is not a valid date in the form dd/mm/yyyy"),
                Finding.error("Episodes", 2, "DECOM", "episode-not-used", "the episode has no valid DECOM and is not used in the journey"),
                Finding.error("Episodes", 3, "DECOM", "date-format", "DECOM is not a valid date in the form dd/mm/yyyy"),
                Finding.error("Episodes", 3, "DECOM", "episode-not-used", "the episode has no valid DECOM and is not used in the journey"),
                Finding.error("Header", 2, "DOB", "date-format", "DOB is not a valid date in the form dd/mm/yyyy")),
                child.findings());
        assertEquals(ChildJourney.empty(), child.journey());
    }

    @Test
    void unknownCodesAreFindingsNeverCrashes() {
        String header = HEADER + "C1,3,10/01/2014,ZZZZ,,,\n";
        String episodes = EPISODES + "C1,01/02/2015,S,Q1,N1,\"Q\"\"9\",PR1,,,,,,\n";
        String placed = PLACED + "C1,10/01/2014,01/07/2015,01/03/2016,XXX\n";
        ImportedChild child = only(read(header, episodes, AD1, placed));
        assertTrue(child.findings().contains(Finding.error("Header", 2, "SEX", "unknown-code",
                "SEX code '3' is not in the SEX code list")));
        assertTrue(child.findings().contains(Finding.error("Header", 2, "ETHNIC", "unknown-code",
                "ETHNIC code 'ZZZZ' is not in the ETHNIC code list")));
        assertTrue(child.findings().contains(Finding.error("Episodes", 2, "LS", "unknown-code",
                "LS code 'Q1' is not in the LS code list")));
        // a quoted value with an embedded quote is not echoed back
        assertTrue(child.findings().contains(Finding.error("Episodes", 2, "PLACE", "unknown-code",
                "PLACE code '?' is not in the PLACE code list")));
        assertTrue(child.findings().contains(Finding.error("PlacedAdoption", 2, "REASON_PLACED_CEASED",
                "unknown-code", "REASON_PLACED_CEASED code 'XXX' is not in the REASON_PLACED_CEASED code list")));
        assertTrue(rules(child, Severity.WARNING).contains("placement-not-used"));
        assertEquals(null, child.journey().decisionReversed());
        assertEquals(1, child.journey().periodsOfCare().size());
    }

    @Test
    void decisionReversedComesFromTheCeasedReason() {
        String placed = PLACED + "C1,10/01/2014,01/07/2015,01/03/2016,RD3\n";
        String episodes = EPISODES + "C1,01/02/2015,S,C2,N1,U6,PR1,,,,,,\n";
        ImportedChild child = only(read(C1_HEADER, episodes, AD1, placed));
        assertEquals(d("2016-03-01"), child.journey().decisionReversed().date());
        assertEquals("RD3", child.journey().decisionReversed().reason().name());
    }

    @Test
    void headerLineMustBeExact() {
        String header = "CHILD,SEX,DOB,ETHNICITY,UPN,MOTHER,MC_DOB\nC1,1,10/01/2014,WBRI,,,\n";
        Ssda903Import imported = read(header, EPISODES, AD1, PLACED);
        assertEquals(List.of("missing-column", "unexpected-column"),
                imported.fileFindings().stream().map(Finding::rule).toList());
        ImportedChild child = only(imported);
        assertEquals(List.of("missing-value"), rules(child, Severity.ERROR));
        assertEquals("ETHNIC", child.findings().get(0).column());
    }

    @Test
    void rowsWithoutAChildAreReportedAgainstTheFile() {
        String episodes = EPISODES + ",01/02/2015,S,C2,N1,U6,PR1,,,,,,\n";
        Ssda903Import imported = read(C1_HEADER, episodes, AD1, PLACED);
        assertTrue(imported.fileFindings().contains(Finding.error("Episodes", 2, "CHILD", "missing-value",
                "CHILD is missing; the row cannot be attributed to a child and is not used")));
        assertEquals(1, imported.allChildren().size());
    }

    @Test
    void rowsWithTheWrongNumberOfFieldsAreReported() {
        String episodes = EPISODES + "C1,01/02/2015,S,C2,N1,U6,PR1\n";
        ImportedChild child = only(read(C1_HEADER, episodes, AD1, PLACED));
        assertTrue(rules(child, Severity.ERROR).contains("column-count"));
        assertEquals(1, child.journey().placements().size());
    }

    @Test
    void rule390AdoptedFromANonAdoptivePlacement() {
        String episodes = EPISODES + "C1,01/02/2015,S,C2,N1,U4,PR1,10/01/2017,E11,,,,\n";
        ImportedChild child = only(read(C1_HEADER, episodes, AD1, PLACED));
        assertTrue(child.findings().contains(Finding.error("Episodes", 2, "REC", "390",
                "REC E11 (adopted) but PLACE is not A3-A6 (rule 390)")));
    }

    @Test
    void rules523And552CompareTheDecisionDates() {
        // AD1 says 2015-07-01, PlacedAdoption says 2016-04-01, which is after the A5 DECOM of 2016-03-01
        String placed = PLACED + "C1,10/01/2014,01/04/2016,,\n";
        ImportedChild child = only(read(C1_HEADER, A5_FOSTER_CARER_RUN, C1_AD1_FOSTER, placed));
        assertEquals(List.of("523", "552"), rules(child, Severity.ERROR));
        assertEquals("AD1", child.findings().get(0).table());
        assertEquals("DATE_PLACED", child.findings().get(1).column());
    }

    @Test
    void rule334DecisionBeforeEnteringCareIsReportedOnTheAd1Row() {
        String ad1 = AD1 + "C1,10/01/2014,01/01/2015,01/02/2016,1,2,MF,L11\n";
        String placed = PLACED + "C1,10/01/2014,01/01/2015,,\n";
        ImportedChild child = only(read(C1_HEADER, A5_FOSTER_CARER_RUN, ad1, placed));
        assertEquals(List.of(Finding.error("AD1", 2, "DATE_INT", "334",
                "shouldBePlacedDecision.date must be on or after the start of the latest period of care (rule 334)")),
                child.findings());
    }

    @Test
    void rule554DecisionAfterThePlacementOrder() {
        String ad1 = AD1 + "C1,10/01/2014,02/09/2015,01/02/2016,1,2,MF,L11\n";
        String placed = PLACED + "C1,10/01/2014,02/09/2015,,\n";
        ImportedChild child = only(read(C1_HEADER, A5_FOSTER_CARER_RUN, ad1, placed));
        assertEquals(List.of("554"), rules(child, Severity.ERROR));
    }

    @Test
    void rule331AndPlacementAfterMatchOnTheMatchDate() {
        // matched 2017-02-01: after the placement (2016-03-01) and after the order (2017-01-10)
        String ad1 = AD1 + "C1,10/01/2014,01/07/2015,01/02/2017,1,2,MF,L11\n";
        ImportedChild child = only(read(C1_HEADER, A5_FOSTER_CARER_RUN, ad1, C1_PLACED));
        assertEquals(List.of("331", "placement-after-match"), rules(child, Severity.ERROR).stream().sorted().toList());
    }

    @Test
    void duplicateRowsAreReportedAndNotUsed() {
        String placed = PLACED + "C1,10/01/2014,01/07/2015,,\nC1,10/01/2014,01/07/2016,,\n";
        String header = C1_HEADER + "C1,2,10/01/2014,WBRI,,,\n";
        ImportedChild child = only(read(header, A5_FOSTER_CARER_RUN, C1_AD1_FOSTER, placed));
        assertEquals(List.of(
                Finding.error("Header", 3, "CHILD", "duplicate-child", "a second Header row for the same CHILD; its values are not used"),
                Finding.error("PlacedAdoption", 3, "CHILD", "duplicate-child", "a second PlacedAdoption row for the same CHILD; its values are not used")),
                child.findings());
        assertEquals("1", child.characteristics().sex());
        assertEquals(d("2015-07-01"), child.journey().shouldBePlacedDecision().date());
    }

    @Test
    void unsortedFilesGiveTheSameChildren() {
        String sorted = EPISODES
                + "C1,01/02/2015,S,V2,N1,U4,PR1,01/03/2016,X1,,,,\n"
                + "C1,01/03/2016,T,V2,N1,A3,PR1,10/01/2017,E11,,,,\n"
                + "C2,01/02/2016,S,C2,N1,U6,PR1,,,,,,\n";
        String unsorted = EPISODES
                + "C1,01/03/2016,T,V2,N1,A3,PR1,10/01/2017,E11,,,,\n"
                + "C2,01/02/2016,S,C2,N1,U6,PR1,,,,,,\n"
                + "C1,01/02/2015,S,V2,N1,U4,PR1,01/03/2016,X1,,,,\n";
        String header = HEADER + "C2,2,01/05/2015,NOBT,,,\nC1,1,10/01/2014,WBRI,,,\n";
        List<ImportedChild> a = read(header, sorted, AD1, PLACED).allChildren();
        List<ImportedChild> b = read(header, unsorted, AD1, PLACED).allChildren();
        assertEquals(List.of("C2", "C1"), b.stream().map(ImportedChild::childId).toList());
        assertEquals(a.stream().map(ImportedChild::journey).toList(), b.stream().map(ImportedChild::journey).toList());
    }
}
