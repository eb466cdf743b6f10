package uk.raa.children.domain.scorecard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

import static uk.raa.children.domain.scorecard.ScorecardRuleViolation.require;
import static uk.raa.children.domain.scorecard.ScorecardRuleViolation.requirePresent;

/**
 * Computes the child-timeliness indicators (A1, A10, A2, A3) for an authority or the agency over a
 * 1-year or 3-year period. Every figure is a pooled calculation over the children adopted in the
 * period: sums are exact and rounding happens once, on the published figure.
 */
public final class ScorecardCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final List<ScorecardChild> children;
    private final AgencyMembership membership;
    private final ScorecardThresholds thresholds;
    /** The same children by authority (each list in the same order), so an authority's cohort reads only its own. */
    private final Map<String, List<ScorecardChild>> byAuthority;

    public ScorecardCalculator(Collection<ScorecardChild> children, AgencyMembership membership,
                               ScorecardThresholds thresholds) {
        requirePresent(children, "children");
        this.membership = requirePresent(membership, "membership");
        this.thresholds = requirePresent(thresholds, "thresholds");
        Set<String> seen = new HashSet<>();
        for (ScorecardChild child : children) {
            requirePresent(child, "children");
            // The authority reference is the drill-down key, so it must identify one child.
            require(seen.add(child.authorityCode() + "\u0000" + child.childReference()),
                    "SCORECARD_DUPLICATE_CHILD", "childReference", "appears twice for the same authority");
        }
        List<ScorecardChild> sorted = new ArrayList<>(children);
        sorted.sort(Comparator.comparing(ScorecardChild::authorityCode).thenComparing(ScorecardChild::childReference));
        this.children = List.copyOf(sorted);
        Map<String, List<ScorecardChild>> index = new HashMap<>();
        for (ScorecardChild child : this.children) {
            index.computeIfAbsent(child.authorityCode(), code -> new ArrayList<>()).add(child);
        }
        this.byAuthority = index;
    }

    /** The same calculator restricted to one "harder to place" group, for breakdowns. */
    public ScorecardCalculator restrictedTo(HarderToPlaceCategory category) {
        requirePresent(category, "category");
        return new ScorecardCalculator(
                children.stream().filter(c -> c.harderToPlace().contains(category)).toList(), membership, thresholds);
    }

    /**
     * Children adopted in the period who count for the scope: an authority's own children, or for the
     * agency every child of an authority that was a member in the financial year of the child's order.
     */
    public List<ScorecardChild> cohort(ScorecardScope scope, ScorecardPeriod period) {
        requirePresent(scope, "scope");
        requirePresent(period, "period");
        if (scope.isAgency()) {
            require(scope.code().equals(membership.agencyCode()), "SCORECARD_UNKNOWN_AGENCY", "scope",
                    "is not the agency whose membership was given");
        }
        List<ScorecardChild> candidates = scope.isAgency() ? children
                : byAuthority.getOrDefault(scope.code(), List.of());
        return candidates.stream()
                .filter(c -> period.contains(c.adoptionOrderDate()))
                .filter(c -> scope.isAgency()
                        ? membership.counts(c.authorityCode(), c.adoptionYear())
                        : c.authorityCode().equals(scope.code()))
                .toList();
    }

    /** A mean-days indicator: A1, A10 or A2. */
    public DaysFigure days(ScorecardIndicator indicator, ScorecardScope scope, ScorecardPeriod period) {
        requirePresent(indicator, "indicator");
        require(indicator != ScorecardIndicator.A3, "SCORECARD_NOT_A_DAYS_INDICATOR", "indicator",
                "A3 is a count and percentage; use withinThreshold");
        DaysTally current = tallyDays(indicator, scope, period);
        DaysTally previous = tallyDays(indicator, scope, period.previous());
        OptionalInt mean = current.mean();
        OptionalInt previousMean = previous.mean();

        OptionalInt threshold = thresholds.applicableTo(period)
                .map(t -> OptionalInt.of(indicator == ScorecardIndicator.A2 ? t.a2Days() : t.a1Days()))
                .orElse(OptionalInt.empty());
        OptionalInt distance = mean.isPresent() && threshold.isPresent()
                ? OptionalInt.of(mean.getAsInt() - threshold.getAsInt()) : OptionalInt.empty();
        OptionalInt change = mean.isPresent() && previousMean.isPresent()
                ? OptionalInt.of(mean.getAsInt() - previousMean.getAsInt()) : OptionalInt.empty();
        Direction direction = change.isEmpty() ? Direction.NOT_COMPARABLE
                : change.getAsInt() < 0 ? Direction.IMPROVED
                : change.getAsInt() > 0 ? Direction.WORSENED : Direction.UNCHANGED;

        return new DaysFigure(indicator, scope, period, current.counted.size(), current.totalDays, mean, threshold,
                distance, change, direction, current.counted, current.excluded);
    }

    /** A3: number and % of children who moved in less than the period's threshold months after entering care. */
    public WithinThresholdFigure withinThreshold(ScorecardScope scope, ScorecardPeriod period) {
        WaitTally current = tallyWait(scope, period);
        Optional<WaitTally> previous = thresholds.applicableTo(period.previous())
                .map(t -> tallyWait(scope, period.previous()));
        Optional<BigDecimal> percentage = current.percentage();
        Optional<BigDecimal> change = Optional.empty();
        Direction direction = Direction.NOT_COMPARABLE;
        // A different month threshold makes the two percentages answer different questions.
        if (previous.isPresent() && previous.get().months == current.months
                && percentage.isPresent() && previous.get().percentage().isPresent()) {
            BigDecimal delta = percentage.get().subtract(previous.get().percentage().get());
            change = Optional.of(delta);
            direction = delta.signum() > 0 ? Direction.IMPROVED
                    : delta.signum() < 0 ? Direction.WORSENED : Direction.UNCHANGED;
        }
        return new WithinThresholdFigure(scope, period, current.months, current.counted.size(), current.within,
                percentage, change, direction, current.counted, current.excluded);
    }

    /**
     * A3 for every authority counted by the agency in any year of the periods, plus the agency row, in
     * that order for each period: the input {@link DisclosureControl} expects.
     */
    public List<WithinThresholdFigure> withinThresholdTable(List<ScorecardPeriod> periods) {
        requirePresent(periods, "periods");
        TreeSet<String> authorities = new TreeSet<>();
        for (ScorecardPeriod period : periods) {
            period.financialYears().forEach(year -> authorities.addAll(membership.membersIn(year)));
        }
        List<WithinThresholdFigure> table = new ArrayList<>();
        for (ScorecardPeriod period : periods) {
            for (String authority : authorities) {
                table.add(withinThreshold(ScorecardScope.authority(authority), period));
            }
            table.add(withinThreshold(ScorecardScope.agency(membership.agencyCode()), period));
        }
        return List.copyOf(table);
    }

    private DaysTally tallyDays(ScorecardIndicator indicator, ScorecardScope scope, ScorecardPeriod period) {
        DaysTally tally = new DaysTally();
        for (ScorecardChild child : cohort(scope, period)) {
            switch (indicator) {
                case A1 -> tally.clock(child, child.enteredCareDate(), child.placedForAdoptionDate(), false);
                case A10 -> tally.clock(child, child.enteredCareDate(), child.adoptedByFosterCarers()
                        ? child.movedInWithFosterCarersDate() : child.placedForAdoptionDate(), false);
                case A2 -> {
                    Optional<ExclusionReason> reason = a2Exclusion(child);
                    if (reason.isPresent()) {
                        tally.exclude(child, reason.get());
                    } else {
                        tally.clock(child, child.courtAuthorityDate(), child.matchDecisionDate(), true);
                    }
                }
                default -> throw new IllegalStateException("not a days indicator: " + indicator);
            }
        }
        return tally;
    }

    private static Optional<ExclusionReason> a2Exclusion(ScorecardChild child) {
        if (child.courtAuthorityDate() == null) {
            return Optional.of(ExclusionReason.NO_COURT_AUTHORITY);
        }
        if (child.placedForAdoptionDate() == null) {
            return Optional.of(ExclusionReason.NOT_PLACED_FOR_ADOPTION);
        }
        if (!child.placedForAdoptionDate().isBefore(child.adoptionOrderDate())) {
            return Optional.of(ExclusionReason.NOT_PLACED_BEFORE_ORDER);
        }
        if (child.matchDecisionDate() == null) {
            return Optional.of(ExclusionReason.NO_MATCH_DECISION);
        }
        return Optional.empty();
    }

    private WaitTally tallyWait(ScorecardScope scope, ScorecardPeriod period) {
        ScorecardThreshold threshold = thresholds.applicableTo(period).orElseThrow(() -> new ScorecardRuleViolation(
                "SCORECARD_NO_THRESHOLD", "period", "no A3 month threshold applies to this period"));
        WaitTally tally = new WaitTally(threshold.a3Months());
        for (ScorecardChild child : cohort(scope, period)) {
            tally.add(child);
        }
        return tally;
    }

    private static final class DaysTally {
        private final List<ChildDays> counted = new ArrayList<>();
        private final List<ChildExclusion> excluded = new ArrayList<>();
        private long totalDays;

        void clock(ScorecardChild child, LocalDate start, LocalDate stop, boolean floorAtZero) {
            if (stop == null) {
                exclude(child, ExclusionReason.NOT_PLACED_FOR_ADOPTION);
                return;
            }
            long elapsed = ChronoUnit.DAYS.between(start, stop);
            // A2 only: a match before court authority counts as no delay, not as negative delay.
            long days = floorAtZero ? Math.max(0, elapsed) : elapsed;
            totalDays += days;
            counted.add(new ChildDays(child.authorityCode(), child.childReference(), child.adoptionOrderDate(),
                    start, stop, elapsed, days));
        }

        void exclude(ScorecardChild child, ExclusionReason reason) {
            excluded.add(new ChildExclusion(child.authorityCode(), child.childReference(),
                    child.adoptionOrderDate(), reason));
        }

        OptionalInt mean() {
            if (counted.isEmpty()) {
                return OptionalInt.empty();
            }
            return OptionalInt.of(BigDecimal.valueOf(totalDays)
                    .divide(BigDecimal.valueOf(counted.size()), 0, RoundingMode.HALF_UP).intValueExact());
        }
    }

    private static final class WaitTally {
        private final int months;
        private final List<ChildWait> counted = new ArrayList<>();
        private final List<ChildExclusion> excluded = new ArrayList<>();
        private int within;

        WaitTally(int months) {
            this.months = months;
        }

        void add(ScorecardChild child) {
            LocalDate placed = child.placedForAdoptionDate();
            if (placed == null) {
                excluded.add(new ChildExclusion(child.authorityCode(), child.childReference(),
                        child.adoptionOrderDate(), ExclusionReason.NOT_PLACED_FOR_ADOPTION));
                return;
            }
            // Calendar months: the same day N months on; where that day does not exist (31st, 29 Feb)
            // plusMonths gives the month's last day, the corresponding-date rule.
            LocalDate thresholdDate = child.enteredCareDate().plusMonths(months);
            boolean before = placed.isBefore(thresholdDate);
            if (before) {
                within++;
            }
            counted.add(new ChildWait(child.authorityCode(), child.childReference(), child.adoptionOrderDate(),
                    child.enteredCareDate(), placed, ChronoUnit.DAYS.between(child.enteredCareDate(), placed),
                    thresholdDate, before));
        }

        Optional<BigDecimal> percentage() {
            if (counted.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(BigDecimal.valueOf(within).multiply(HUNDRED)
                    .divide(BigDecimal.valueOf(counted.size()), 1, RoundingMode.HALF_UP));
        }
    }
}
