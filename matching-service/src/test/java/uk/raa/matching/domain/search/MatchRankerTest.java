package uk.raa.matching.domain.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.raa.matching.domain.profile.ProfileFixtures.aChild;
import static uk.raa.matching.domain.profile.ProfileFixtures.aHousehold;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import uk.raa.matching.domain.profile.ChildProfile;
import uk.raa.matching.domain.profile.HouseholdProfile;
import uk.raa.matching.domain.profile.HouseholdStatus;
import uk.raa.matching.domain.profile.NeedArea;
import uk.raa.matching.domain.profile.NeedLevel;
import uk.raa.matching.domain.rules.DomainRuleViolation;

class MatchRankerTest {

    private static final LocalDate AS_AT = LocalDate.parse("2025-01-01");
    private final MatchRanker ranker = new MatchRanker(RankingWeights.defaults());

    @Test
    void whyNotListsEveryFailedConstraintWithValues() {
        UUID group = UUID.randomUUID();
        // both 3 years old on 2025-01-01
        ChildProfile first = aChild().inSiblingGroup(group).bornOn("2021-06-01").from("coventry")
                .need(NeedArea.HEALTH, NeedLevel.HIGH).build();
        ChildProfile second = aChild().inSiblingGroup(group).bornOn("2021-06-01").from("coventry")
                .mustNotLiveIn("solihull").build();
        HouseholdProfile household = aHousehold().takes(1).acceptsSiblings(false).ages(0, 1)
                .accepts(NeedArea.HEALTH, NeedLevel.LOW).livesIn("solihull").excludes("coventry")
                .status(HouseholdStatus.ON_HOLD).build();
        SearchContext context = new SearchContext(AS_AT, Set.of(second.childId()), Set.of(household.householdId()));

        List<FailedConstraint> failed = ranker.whyNot(List.of(first, second), household, context);

        assertEquals(List.of(
                new FailedConstraint(HardConstraint.HOUSEHOLD_NOT_AVAILABLE, null, null, "APPROVED_WAITING", "ON_HOLD",
                        "the household is not approved and waiting for a match"),
                new FailedConstraint(HardConstraint.CHILD_IN_ACTIVE_MATCH, 2, null, "no active match",
                        "active match in progress", "child 2 is already in an active match"),
                new FailedConstraint(HardConstraint.HOUSEHOLD_IN_ACTIVE_MATCH, null, null, "no active match",
                        "active match in progress", "the household is already in an active match"),
                new FailedConstraint(HardConstraint.CAPACITY, null, null, "at most 1 children", "2 children",
                        "a group of 2 children is more than the 1 the household can take"),
                new FailedConstraint(HardConstraint.SIBLING_GROUP_NOT_ACCEPTED, null, null, "sibling groups accepted",
                        "sibling groups not accepted", "the household does not take sibling groups"),
                new FailedConstraint(HardConstraint.AGE_RANGE, 1, null, "0-1 years", "3 years",
                        "child 1 is outside the household's age range"),
                new FailedConstraint(HardConstraint.AGE_RANGE, 2, null, "0-1 years", "3 years",
                        "child 2 is outside the household's age range"),
                new FailedConstraint(HardConstraint.NEED_LEVEL, 1, NeedArea.HEALTH, "at most LOW", "HIGH",
                        "child 1's health need is above the level the household accepts"),
                new FailedConstraint(HardConstraint.CHILD_EXCLUDES_AREA, 2, null,
                        "household not in an area excluded for the child", "household lives in solihull",
                        "child 2 must not be placed in the area where the household lives"),
                new FailedConstraint(HardConstraint.HOUSEHOLD_EXCLUDES_AREA, 1, null,
                        "child's authority not excluded by the household", "child's authority is coventry",
                        "the household has excluded children from coventry")),
                failed);
    }

    @Test
    void eligiblePairingHasNoReasonsWhyNot() {
        ChildProfile child = aChild().bornOn("2022-07-01").build();
        assertEquals(List.of(), ranker.whyNot(List.of(child), aHousehold().build(), SearchContext.asAt(AS_AT)));
    }

    @Test
    void ageIsTakenAtTheAsAtDate() {
        ChildProfile child = aChild().bornOn("2020-01-01").build();
        HouseholdProfile household = aHousehold().ages(0, 4).build();
        // 2024-12-31: 4 years 11 months -> inside 0-4; 2025-01-01: 5 years -> outside
        assertEquals(List.of(), ranker.whyNot(List.of(child), household,
                SearchContext.asAt(LocalDate.parse("2024-12-31"))));
        assertEquals(HardConstraint.AGE_RANGE, ranker.whyNot(List.of(child), household,
                SearchContext.asAt(AS_AT)).get(0).constraint());
    }

    @Test
    void householdOutsideAgencyIsNotCaughtByAuthorityExclusions() {
        ChildProfile child = aChild().mustNotLiveIn("coventry", "solihull").build();
        HouseholdProfile household = aHousehold().livesIn(HouseholdProfile.OUTSIDE_AGENCY).build();
        assertEquals(List.of(), ranker.whyNot(List.of(child), household, SearchContext.asAt(AS_AT)));
    }

    @Test
    void excludedHouseholdsAreListedAndNeverRanked() {
        ChildProfile child = aChild().bornOn("2022-07-01").need(NeedArea.BEHAVIOUR, NeedLevel.HIGH).build();
        HouseholdProfile meets = aHousehold().acceptsAll(NeedLevel.HIGH).build();
        HouseholdProfile doesNot = aHousehold().acceptsAll(NeedLevel.MEDIUM).build();

        HouseholdRanking ranking = ranker.rankHouseholds(List.of(child), List.of(doesNot, meets),
                SearchContext.asAt(AS_AT));

        assertEquals(List.of(meets.householdId()), ranking.ranked().stream().map(RankedHousehold::householdId).toList());
        assertEquals(1, ranking.excluded().size());
        assertEquals(doesNot.householdId(), ranking.excluded().get(0).householdId());
        assertEquals(HardConstraint.NEED_LEVEL, ranking.excluded().get(0).failedConstraints().get(0).constraint());
    }

    @Test
    void higherScoreRanksFirst() {
        ChildProfile child = aChild().bornOn("2022-07-01").build();
        HouseholdProfile longWait = aHousehold().approvedOn("2023-01-01").build();
        HouseholdProfile shortWait = aHousehold().approvedOn("2024-12-01").build();

        HouseholdRanking ranking = ranker.rankHouseholds(List.of(child), List.of(shortWait, longWait),
                SearchContext.asAt(AS_AT));

        assertEquals(List.of(longWait.householdId(), shortWait.householdId()),
                ranking.ranked().stream().map(RankedHousehold::householdId).toList());
        assertEquals(1, ranking.ranked().get(0).rank());
        assertEquals(2, ranking.ranked().get(1).rank());
        assertTrue(ranking.ranked().get(0).score().compareTo(ranking.ranked().get(1).score()) > 0);
    }

    @Test
    void equalScoresGoToTheLongerWaitThenToTheLowerId() {
        // Household waiting weighs nothing here, so waiting only breaks ties.
        RankingWeights noHouseholdWait = new RankingWeights(new BigDecimal("20"), new BigDecimal("15"),
                new BigDecimal("10"), new BigDecimal("25"), BigDecimal.ZERO, new BigDecimal("15"), 180, 90);
        MatchRanker tieRanker = new MatchRanker(noHouseholdWait);
        ChildProfile child = aChild().bornOn("2022-07-01").build();
        UUID low = UUID.fromString("00000000-0000-0000-0000-000000000001");
        UUID high = UUID.fromString("00000000-0000-0000-0000-000000000002");
        HouseholdProfile newerLowId = aHousehold().id(low).approvedOn("2024-12-01").build();
        HouseholdProfile olderHighId = aHousehold().id(high).approvedOn("2024-01-01").build();
        HouseholdProfile newerHighId = aHousehold().id(UUID.fromString("00000000-0000-0000-0000-000000000003"))
                .approvedOn("2024-12-01").build();

        HouseholdRanking ranking = tieRanker.rankHouseholds(List.of(child),
                List.of(newerHighId, newerLowId, olderHighId), SearchContext.asAt(AS_AT));

        assertEquals(List.of(high, low, newerHighId.householdId()),
                ranking.ranked().stream().map(RankedHousehold::householdId).toList());
        assertEquals(ranking.ranked().get(0).score(), ranking.ranked().get(2).score());
    }

    @Test
    void rankingChildrenTreatsSiblingsAsOneUnit() {
        HouseholdProfile household = aHousehold().takes(2).acceptsSiblings(true).build();
        UUID pair = UUID.randomUUID();
        UUID trio = UUID.randomUUID();
        ChildProfile pairOlder = aChild().inSiblingGroup(pair).bornOn("2021-01-01").build();
        ChildProfile pairYounger = aChild().inSiblingGroup(pair).bornOn("2023-01-01").build();
        ChildProfile alone = aChild().bornOn("2022-07-01").build();
        ChildProfile trio1 = aChild().inSiblingGroup(trio).bornOn("2021-01-01").build();
        ChildProfile trio2 = aChild().inSiblingGroup(trio).bornOn("2022-01-01").build();
        ChildProfile trio3 = aChild().inSiblingGroup(trio).bornOn("2023-01-01").build();

        ChildRanking ranking = ranker.rankChildren(household,
                List.of(pairYounger, trio3, alone, trio1, pairOlder, trio2), SearchContext.asAt(AS_AT));

        assertEquals(2, ranking.ranked().size());
        RankedChildren pairUnit = ranking.ranked().stream().filter(r -> r.unitId().equals(pair)).findFirst()
                .orElseThrow();
        // eldest first within the unit, whatever the input order
        assertEquals(List.of(pairOlder.childId(), pairYounger.childId()), pairUnit.childIds());
        assertEquals(1, ranking.excluded().size());
        assertEquals(trio, ranking.excluded().get(0).unitId());
        assertEquals(3, ranking.excluded().get(0).childIds().size());
        assertEquals(HardConstraint.CAPACITY, ranking.excluded().get(0).failedConstraints().get(0).constraint());
        assertTrue(ranking.ranked().stream().anyMatch(r -> r.unitId().equals(alone.childId())
                && r.childIds().equals(List.of(alone.childId()))));
    }

    @Test
    void childrenSearchedTogetherMustBeOneSiblingGroup() {
        ChildProfile a = aChild().build();
        ChildProfile b = aChild().build();
        DomainRuleViolation v = assertThrows(DomainRuleViolation.class,
                () -> ranker.rankHouseholds(List.of(a, b), List.of(aHousehold().build()), SearchContext.asAt(AS_AT)));
        assertEquals("NOT_ONE_SIBLING_GROUP", v.rule());
    }

    @Test
    void asAtBeforeBirthIsRejected() {
        ChildProfile child = aChild().bornOn("2025-06-01").availableSince("2025-06-01").build();
        DomainRuleViolation v = assertThrows(DomainRuleViolation.class,
                () -> ranker.rankHouseholds(List.of(child), List.of(), SearchContext.asAt(AS_AT)));
        assertEquals("BORN_AFTER_AS_AT", v.rule());
        assertEquals("asAt", v.field());
    }

    @Test
    void duplicateHouseholdsAreRejected() {
        HouseholdProfile household = aHousehold().build();
        DomainRuleViolation v = assertThrows(DomainRuleViolation.class,
                () -> ranker.rankHouseholds(List.of(aChild().build()), List.of(household, household),
                        SearchContext.asAt(AS_AT)));
        assertEquals("DUPLICATE_HOUSEHOLD", v.rule());
    }

    @Test
    void weightsMustNotBeNegative() {
        DomainRuleViolation v = assertThrows(DomainRuleViolation.class,
                () -> new RankingWeights(new BigDecimal("-1"), BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE,
                        BigDecimal.ONE, BigDecimal.ONE, 1, 1));
        assertEquals("needsMargin", v.field());
    }

    @Test
    void defaultWeightsAddUpToOneHundred() {
        RankingWeights w = RankingWeights.defaults();
        // 20 + 15 + 10 + 25 + 15 + 15 = 100
        assertEquals(new BigDecimal("100"), w.needsMargin().add(w.ageFit()).add(w.capacityFit())
                .add(w.childWaiting()).add(w.householdWaiting()).add(w.earlyPermanence()));
    }
}
