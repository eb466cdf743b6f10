package uk.raa.matching.domain.search;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import uk.raa.matching.domain.profile.ChildProfile;
import uk.raa.matching.domain.profile.HouseholdProfile;
import uk.raa.matching.domain.rules.DomainRuleViolation;
import uk.raa.matching.domain.rules.Require;

/**
 * Family finding both ways: households for a child or sibling group, and children (siblings as one unit) for a
 * household. It ranks and explains; it never creates a match. Hard constraints exclude, soft criteria score,
 * and ties are broken by longer wait, then id, so the same input always gives the same order.
 */
public final class MatchRanker {

    /**
     * Ids in the order of their canonical text form (unsigned high bits, then unsigned low bits), which is
     * what a reader sorting the printed ids would get; {@link UUID#compareTo} compares signed and differs.
     */
    static final Comparator<UUID> BY_ID = (a, b) -> {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    };

    private final RankingWeights weights;
    private final FitScoring scoring;

    public MatchRanker(RankingWeights weights) {
        this.weights = Require.present(weights, "weights");
        this.scoring = new FitScoring(weights);
    }

    public RankingWeights weights() {
        return weights;
    }

    /** Ranks households for one child, or for a sibling group searched as a unit (all of one sibling group). */
    public HouseholdRanking rankHouseholds(List<ChildProfile> children, Collection<HouseholdProfile> households,
            SearchContext context) {
        Require.present(context, "context");
        Require.present(households, "households");
        ChildGroup group = ChildGroup.of(children, context.asAt());
        List<ScoredHousehold> eligible = new ArrayList<>();
        List<ExcludedHousehold> excluded = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (HouseholdProfile household : households) {
            Require.present(household, "households");
            if (!seen.add(household.householdId())) {
                throw new DomainRuleViolation("DUPLICATE_HOUSEHOLD", "households",
                        "households must not repeat a household");
            }
            List<FailedConstraint> failed = ConstraintCheck.failures(group, household, context);
            if (failed.isEmpty()) {
                long waited = ChildGroup.daysWaited(household.approvalDate(), context.asAt());
                List<CriterionScore> criteria = scoring.score(group, household, waited);
                eligible.add(new ScoredHousehold(household, FitScoring.total(criteria), waited, criteria));
            } else {
                excluded.add(new ExcludedHousehold(household.householdId(), failed));
            }
        }
        eligible.sort(Comparator.comparing(ScoredHousehold::score).reversed()
                .thenComparing(Comparator.comparingLong(ScoredHousehold::waitingDays).reversed())
                .thenComparing(s -> s.household().householdId(), BY_ID));
        excluded.sort(Comparator.comparing(ExcludedHousehold::householdId, BY_ID));
        List<RankedHousehold> ranked = new ArrayList<>(eligible.size());
        for (int i = 0; i < eligible.size(); i++) {
            ScoredHousehold s = eligible.get(i);
            ranked.add(new RankedHousehold(i + 1, s.household().householdId(), s.household().reference(), s.score(),
                    s.waitingDays(), s.criteria()));
        }
        return new HouseholdRanking(context.asAt(), ranked, excluded);
    }

    /**
     * Ranks children for a household. Children sharing a sibling group id form one unit, considered only as a
     * whole; a child without a sibling group stands alone.
     */
    public ChildRanking rankChildren(HouseholdProfile household, Collection<ChildProfile> children,
            SearchContext context) {
        Require.present(household, "household");
        Require.present(context, "context");
        Require.present(children, "children");
        long householdWaited = ChildGroup.daysWaited(household.approvalDate(), context.asAt());
        List<ScoredGroup> eligible = new ArrayList<>();
        List<ExcludedChildren> excluded = new ArrayList<>();
        for (List<ChildProfile> unit : units(children)) {
            ChildGroup group = ChildGroup.of(unit, context.asAt());
            List<FailedConstraint> failed = ConstraintCheck.failures(group, household, context);
            if (failed.isEmpty()) {
                List<CriterionScore> criteria = scoring.score(group, household, householdWaited);
                eligible.add(new ScoredGroup(group, FitScoring.total(criteria), criteria));
            } else {
                excluded.add(new ExcludedChildren(group.unitId(), group.childIds(), failed));
            }
        }
        eligible.sort(Comparator.comparing(ScoredGroup::score).reversed()
                .thenComparing(Comparator.comparingLong((ScoredGroup s) -> s.group().waitingDays()).reversed())
                .thenComparing(s -> s.group().unitId(), BY_ID));
        excluded.sort(Comparator.comparing(ExcludedChildren::unitId, BY_ID));
        List<RankedChildren> ranked = new ArrayList<>(eligible.size());
        for (int i = 0; i < eligible.size(); i++) {
            ScoredGroup s = eligible.get(i);
            ranked.add(new RankedChildren(i + 1, s.group().unitId(), s.group().childIds(), s.score(),
                    s.group().waitingDays(), s.criteria()));
        }
        return new ChildRanking(context.asAt(), ranked, excluded);
    }

    /**
     * Why a child or sibling group and a household are not offered to each other: every hard constraint the
     * pairing fails, with the values compared. Empty when the pairing is eligible.
     */
    public List<FailedConstraint> whyNot(List<ChildProfile> children, HouseholdProfile household,
            SearchContext context) {
        Require.present(household, "household");
        Require.present(context, "context");
        return List.copyOf(ConstraintCheck.failures(ChildGroup.of(children, context.asAt()), household, context));
    }

    /**
     * Groups children into search units by sibling group id; within a unit, eldest first then by id, so the
     * input order never changes a result.
     */
    private static Collection<List<ChildProfile>> units(Collection<ChildProfile> children) {
        Map<UUID, List<ChildProfile>> units = new LinkedHashMap<>();
        for (ChildProfile child : children) {
            Require.present(child, "children");
            UUID key = child.siblingGroupId() != null ? child.siblingGroupId() : child.childId();
            units.computeIfAbsent(key, k -> new ArrayList<>()).add(child);
        }
        Comparator<ChildProfile> eldestFirst = Comparator.comparing(ChildProfile::dateOfBirth)
                .thenComparing(ChildProfile::childId, BY_ID);
        units.values().forEach(unit -> unit.sort(eldestFirst));
        return units.values();
    }

    private record ScoredHousehold(HouseholdProfile household, BigDecimal score, long waitingDays,
            List<CriterionScore> criteria) {
    }

    private record ScoredGroup(ChildGroup group, BigDecimal score, List<CriterionScore> criteria) {
    }
}
