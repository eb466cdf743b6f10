package uk.raa.matching.domain.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import uk.raa.matching.domain.profile.AgencyType;
import uk.raa.matching.domain.profile.ChildProfile;
import uk.raa.matching.domain.profile.HouseholdProfile;
import uk.raa.matching.domain.profile.HouseholdStatus;
import uk.raa.matching.domain.profile.NeedArea;
import uk.raa.matching.domain.profile.NeedLevel;
import uk.raa.matching.domain.profile.Sex;

class RankingProperties {

    private static final LocalDate AS_AT = LocalDate.parse("2025-01-01");
    private static final List<String> AREAS = List.of("coventry", "solihull", "warwickshire", "worcestershire",
            "herefordshire", HouseholdProfile.OUTSIDE_AGENCY);
    private final MatchRanker ranker = new MatchRanker(RankingWeights.defaults());

    @Property(tries = 300)
    void householdScoreNeverFallsAsItsWaitGrows(@ForAll("children") ChildProfile child,
            @ForAll("households") HouseholdProfile household,
            @ForAll @IntRange(min = 0, max = 3000) int shorterWait,
            @ForAll @IntRange(min = 0, max = 3000) int extraWait) {
        HouseholdProfile eligible = eligibleFor(child, household);
        HouseholdProfile waitedLess = withApproval(eligible, AS_AT.minusDays(shorterWait));
        HouseholdProfile waitedMore = withApproval(eligible, AS_AT.minusDays(shorterWait + (long) extraWait));
        assertEquals(List.of(), ranker.whyNot(List.of(child), waitedLess, SearchContext.asAt(AS_AT)));

        BigDecimal less = scoreOf(child, waitedLess);
        BigDecimal more = scoreOf(child, waitedMore);

        assertTrue(more.compareTo(less) >= 0, more + " < " + less);
    }

    @Property(tries = 300)
    void childScoreNeverFallsAsItsWaitGrows(@ForAll("children") ChildProfile child,
            @ForAll("households") HouseholdProfile household,
            @ForAll @IntRange(min = 0, max = 3000) int shorterWait,
            @ForAll @IntRange(min = 0, max = 3000) int extraWait) {
        long ageDays = child.dateOfBirth().until(AS_AT, java.time.temporal.ChronoUnit.DAYS);
        long less = Math.min(shorterWait, ageDays);
        long more = Math.min(less + extraWait, ageDays);
        ChildProfile waitedLess = withAvailableSince(child, AS_AT.minusDays(less));
        ChildProfile waitedMore = withAvailableSince(child, AS_AT.minusDays(more));
        household = eligibleFor(child, household);
        assertEquals(List.of(), ranker.whyNot(List.of(waitedLess), household, SearchContext.asAt(AS_AT)));

        BigDecimal lessScore = ranker.rankChildren(household, List.of(waitedLess), SearchContext.asAt(AS_AT))
                .ranked().get(0).score();
        BigDecimal moreScore = ranker.rankChildren(household, List.of(waitedMore), SearchContext.asAt(AS_AT))
                .ranked().get(0).score();

        assertTrue(moreScore.compareTo(lessScore) >= 0, moreScore + " < " + lessScore);
    }

    @Property(tries = 100)
    void rankingIsTheSameWhateverTheInputOrder(@ForAll("children") ChildProfile child,
            @ForAll("householdPools") List<HouseholdProfile> households, @ForAll long seed) {
        List<HouseholdProfile> shuffled = new ArrayList<>(households);
        Collections.shuffle(shuffled, new Random(seed));

        HouseholdRanking first = ranker.rankHouseholds(List.of(child), households, SearchContext.asAt(AS_AT));
        HouseholdRanking second = ranker.rankHouseholds(List.of(child), shuffled, SearchContext.asAt(AS_AT));

        assertEquals(first, second);
    }

    @Property(tries = 100)
    void excludedCandidatesNeverAppearInResults(@ForAll("children") ChildProfile child,
            @ForAll("householdPools") List<HouseholdProfile> households) {
        Set<UUID> busy = new HashSet<>();
        for (int i = 0; i < households.size(); i += 3) {
            busy.add(households.get(i).householdId());
        }
        SearchContext context = new SearchContext(AS_AT, Set.of(), busy);

        HouseholdRanking ranking = ranker.rankHouseholds(List.of(child), households, context);

        Set<UUID> ranked = new HashSet<>();
        ranking.ranked().forEach(r -> ranked.add(r.householdId()));
        for (ExcludedHousehold excluded : ranking.excluded()) {
            assertFalse(ranked.contains(excluded.householdId()));
            assertFalse(excluded.failedConstraints().isEmpty());
        }
        for (HouseholdProfile household : households) {
            boolean eligible = ranker.whyNot(List.of(child), household, context).isEmpty();
            assertEquals(eligible, ranked.contains(household.householdId()));
        }
        busy.forEach(id -> assertFalse(ranked.contains(id)));
        assertEquals(households.size(), ranking.ranked().size() + ranking.excluded().size());
    }

    @Property(tries = 200)
    void explanationPointsAddUpToTheScore(@ForAll("children") ChildProfile child,
            @ForAll("householdPools") List<HouseholdProfile> households) {
        HouseholdRanking ranking = ranker.rankHouseholds(List.of(child), households, SearchContext.asAt(AS_AT));

        for (RankedHousehold ranked : ranking.ranked()) {
            BigDecimal sum = ranked.criteria().stream().map(CriterionScore::points)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(0, sum.compareTo(ranked.score()));
            for (CriterionScore criterion : ranked.criteria()) {
                assertTrue(criterion.points().signum() >= 0);
                assertTrue(criterion.points().compareTo(criterion.maximum()) <= 0);
            }
        }
        for (int i = 1; i < ranking.ranked().size(); i++) {
            assertTrue(ranking.ranked().get(i - 1).score().compareTo(ranking.ranked().get(i).score()) >= 0);
        }
    }

    @Property(tries = 500)
    void idTieBreakFollowsTheIdsTextOrder(@ForAll long highA, @ForAll long lowA, @ForAll long highB,
            @ForAll long lowB) {
        UUID a = new UUID(highA, lowA);
        UUID b = new UUID(highB, lowB);
        assertEquals(Integer.signum(a.toString().compareTo(b.toString())),
                Integer.signum(MatchRanker.BY_ID.compare(a, b)));
    }

    private BigDecimal scoreOf(ChildProfile child, HouseholdProfile household) {
        return ranker.rankHouseholds(List.of(child), List.of(household), SearchContext.asAt(AS_AT))
                .ranked().get(0).score();
    }

    @Provide
    Arbitrary<ChildProfile> children() {
        Arbitrary<LocalDate> born = Arbitraries.integers().between(0, 17 * 365).map(AS_AT::minusDays);
        Arbitrary<Map<NeedArea, NeedLevel>> needs = needMaps();
        // Exclusions name authorities; OUTSIDE_AGENCY is only ever a household's area.
        Arbitrary<Set<String>> excluded = Arbitraries.of(AREAS.subList(0, 5)).set().ofMaxSize(2);
        Arbitrary<Integer> waitFraction = Arbitraries.integers().between(0, 100);
        return Combinators.combine(born, needs, excluded, waitFraction, Arbitraries.of(true, false),
                Arbitraries.of("coventry", "solihull", "warwickshire", "worcestershire", "herefordshire"))
                .as((dob, need, areas, fraction, ep, authority) -> {
                    long age = dob.until(AS_AT, java.time.temporal.ChronoUnit.DAYS);
                    LocalDate since = AS_AT.minusDays(age * fraction / 100);
                    return new ChildProfile(UUID.randomUUID(), authority, dob, Sex.FEMALE, "WBRI", false, need, null,
                            areas, since, ep);
                });
    }

    @Provide
    Arbitrary<HouseholdProfile> households() {
        Arbitrary<Integer> minAge = Arbitraries.integers().between(0, 10);
        Arbitrary<Integer> span = Arbitraries.integers().between(0, 8);
        Arbitrary<Integer> capacity = Arbitraries.integers().between(1, 4);
        Arbitrary<LocalDate> approved = Arbitraries.integers().between(0, 1500).map(AS_AT::minusDays);
        Arbitrary<String> area = Arbitraries.of(AREAS);
        Arbitrary<Set<String>> excluded = Arbitraries.of(AREAS.subList(0, 5)).set().ofMaxSize(2);
        Arbitrary<HouseholdStatus> status = Arbitraries.frequency(
                net.jqwik.api.Tuple.of(9, HouseholdStatus.APPROVED_WAITING),
                net.jqwik.api.Tuple.of(1, HouseholdStatus.ON_HOLD));
        return Combinators.combine(minAge, span, capacity, approved, area, excluded, needMaps(), status)
                .as((min, width, cap, approval, lives, excl, acceptance, st) -> new HouseholdProfile(
                        UUID.randomUUID(), "H-" + min + width, lives, "ace", AgencyType.REGIONAL_ADOPTION_AGENCY,
                        cap, min, Math.min(17, min + width), cap > 1 && width % 2 == 0, acceptance, excl,
                        approval.getDayOfMonth() % 2 == 0, approval, st));
    }

    @Provide
    Arbitrary<List<HouseholdProfile>> householdPools() {
        return households().list().ofMinSize(0).ofMaxSize(30).uniqueElements(HouseholdProfile::householdId);
    }

    private static Arbitrary<Map<NeedArea, NeedLevel>> needMaps() {
        return Arbitraries.of(NeedLevel.class).list().ofSize(NeedArea.values().length).map(levels -> {
            Map<NeedArea, NeedLevel> map = new EnumMap<>(NeedArea.class);
            for (NeedArea area : NeedArea.values()) {
                map.put(area, levels.get(area.ordinal()));
            }
            return map;
        });
    }

    /** Widens a generated household just enough to pass every hard constraint for the child. */
    private static HouseholdProfile eligibleFor(ChildProfile child, HouseholdProfile h) {
        int age = java.time.Period.between(child.dateOfBirth(), AS_AT).getYears();
        Map<NeedArea, NeedLevel> acceptance = new EnumMap<>(NeedArea.class);
        for (NeedArea area : NeedArea.values()) {
            acceptance.put(area, h.acceptance(area).covers(child.need(area)) ? h.acceptance(area) : child.need(area));
        }
        Set<String> excluded = new HashSet<>(h.excludedAreas());
        excluded.remove(child.authorityCode());
        String lives = child.excludedAreas().contains(h.areaOfResidence()) ? HouseholdProfile.OUTSIDE_AGENCY
                : h.areaOfResidence();
        return new HouseholdProfile(h.householdId(), h.reference(), lives, h.recruitingAgency(),
                h.recruitingAgencyType(), h.childrenCapacity(), Math.min(age, h.minAgeYears()),
                Math.max(age, h.maxAgeYears()), h.siblingGroupsAccepted(), acceptance, excluded,
                h.earlyPermanenceWilling(), h.approvalDate(), HouseholdStatus.APPROVED_WAITING);
    }

    private static HouseholdProfile withApproval(HouseholdProfile h, LocalDate approval) {
        return new HouseholdProfile(h.householdId(), h.reference(), h.areaOfResidence(), h.recruitingAgency(),
                h.recruitingAgencyType(), h.childrenCapacity(), h.minAgeYears(), h.maxAgeYears(),
                h.siblingGroupsAccepted(), h.needAcceptance(), h.excludedAreas(), h.earlyPermanenceWilling(), approval,
                h.status());
    }

    private static ChildProfile withAvailableSince(ChildProfile c, LocalDate since) {
        return new ChildProfile(c.childId(), c.authorityCode(), c.dateOfBirth(), c.sex(), c.ethnicityCode(),
                c.disability(), c.needs(), c.siblingGroupId(), c.excludedAreas(), since, c.earlyPermanenceWanted());
    }
}
