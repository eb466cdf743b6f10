package uk.raa.matching.domain.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.raa.matching.domain.profile.ProfileFixtures.aChild;
import static uk.raa.matching.domain.profile.ProfileFixtures.aHousehold;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import uk.raa.matching.domain.profile.ChildProfile;
import uk.raa.matching.domain.profile.HouseholdProfile;
import uk.raa.matching.domain.profile.NeedArea;
import uk.raa.matching.domain.profile.NeedLevel;

class FitScoringTest {

    private static final LocalDate AS_AT = LocalDate.parse("2025-01-01");
    private final MatchRanker ranker = new MatchRanker(RankingWeights.defaults());

    private static HouseholdProfile household() {
        // approved 2024-10-03: 90 days before 2025-01-01 (Oct 3 -> Nov 3 = 31, -> Dec 3 = 61, -> Jan 1 = 90)
        return aHousehold().takes(2).acceptsSiblings(true).ages(0, 4).acceptsAll(NeedLevel.MEDIUM)
                .willingEarlyPermanence(true).approvedOn("2024-10-03").build();
    }

    @Test
    void handComputedScoreWithDefaultWeights() {
        // born 2022-07-01: 30 months on 2025-01-01; available 2024-07-05: 180 days waited
        ChildProfile child = aChild().bornOn("2022-07-01").need(NeedArea.HEALTH, NeedLevel.LOW)
                .availableSince("2024-07-05").wantsEarlyPermanence(true).build();

        RankedHousehold result = ranker.rankHouseholds(List.of(child), List.of(household()), SearchContext.asAt(AS_AT))
                .ranked().get(0);

        List<CriterionScore> c = result.criteria();
        // needs margin: HEALTH MEDIUM-LOW = 1, three areas MEDIUM-NONE = 2 each -> 7 of 12; 20 * 7/12 = 11.666.. -> 11.67
        assertEquals(new BigDecimal("11.67"), c.get(0).points());
        // age: range 0-4 years = 0..59 months, centre 30, half width 30; age 30 months -> distance 0; 15 * 30/30 = 15
        assertEquals(new BigDecimal("15.00"), c.get(1).points());
        // capacity: 1 child of 2 places; 10 * 1/2 = 5
        assertEquals(new BigDecimal("5.00"), c.get(2).points());
        // child waiting: 25 * 180 / (180 + 180) = 12.5
        assertEquals(new BigDecimal("12.50"), c.get(3).points());
        // household waiting: 15 * 90 / (90 + 90) = 7.5
        assertEquals(new BigDecimal("7.50"), c.get(4).points());
        // early permanence wanted and willing: 15
        assertEquals(new BigDecimal("15.00"), c.get(5).points());
        // 11.67 + 15 + 5 + 12.5 + 7.5 + 15 = 66.67
        assertEquals(new BigDecimal("66.67"), result.score());
        assertEquals(List.of(ScoreCriterion.values()), c.stream().map(CriterionScore::criterion).toList());
    }

    @Test
    void ageAwayFromCentreAndEarlyPermanenceRefusedScoreLess() {
        // born 2021-03-01: 3 years 10 months = 46 months on 2025-01-01; distance from centre 30 = 16
        ChildProfile child = aChild().bornOn("2021-03-01").availableSince("2024-07-05").wantsEarlyPermanence(true)
                .build();
        HouseholdProfile unwilling = aHousehold().takes(2).acceptsSiblings(true).ages(0, 4)
                .acceptsAll(NeedLevel.MEDIUM).willingEarlyPermanence(false).approvedOn("2024-10-03").build();

        List<CriterionScore> c = ranker.rankHouseholds(List.of(child), List.of(unwilling), SearchContext.asAt(AS_AT))
                .ranked().get(0).criteria();

        // needs margin: 4 areas MEDIUM-NONE = 2 each -> 8 of 12; 20 * 8/12 = 13.333.. -> 13.33
        assertEquals(new BigDecimal("13.33"), c.get(0).points());
        // age: 15 * (30 - 16)/30 = 15 * 14/30 = 7
        assertEquals(new BigDecimal("7.00"), c.get(1).points());
        // early permanence wanted, household unwilling: 0
        assertEquals(new BigDecimal("0.00"), c.get(5).points());
        assertTrue(c.get(5).reason().contains("not willing"));
    }

    @Test
    void siblingGroupUsesTheLongestWaitAndAveragesAges() {
        UUID group = UUID.randomUUID();
        // 30 months (distance 0) and 54 months (born 2020-07-01; distance 24)
        ChildProfile younger = aChild().inSiblingGroup(group).bornOn("2022-07-01").availableSince("2024-10-03")
                .build();
        ChildProfile older = aChild().inSiblingGroup(group).bornOn("2020-07-01").availableSince("2024-07-05")
                .build();

        List<CriterionScore> c = ranker.rankHouseholds(List.of(younger, older), List.of(household()),
                SearchContext.asAt(AS_AT)).ranked().get(0).criteria();

        // age: 15 * ((30 - 0) + (30 - 24)) / (2 * 30) = 15 * 36/60 = 9
        assertEquals(new BigDecimal("9.00"), c.get(1).points());
        // capacity: 2 of 2 places; 10 * 2/2 = 10
        assertEquals(new BigDecimal("10.00"), c.get(2).points());
        // child waiting uses the older child's 180 days: 25 * 180/360 = 12.5
        assertEquals(new BigDecimal("12.50"), c.get(3).points());
    }

    @Test
    void explanationsCarryNoIdsOrDates() {
        ChildProfile child = aChild().bornOn("2022-07-01").availableSince("2024-07-05").build();
        HouseholdProfile household = household();
        List<CriterionScore> c = ranker.rankHouseholds(List.of(child), List.of(household), SearchContext.asAt(AS_AT))
                .ranked().get(0).criteria();
        for (CriterionScore score : c) {
            assertTrue(!score.reason().contains(child.childId().toString())
                    && !score.reason().contains("2022") && !score.reason().contains(household.reference()),
                    score.reason());
        }
    }
}
