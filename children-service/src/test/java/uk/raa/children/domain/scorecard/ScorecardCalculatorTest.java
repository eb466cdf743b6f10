package uk.raa.children.domain.scorecard;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.raa.children.domain.scorecard.ScorecardChildFixture.aChild;
import static uk.raa.children.domain.scorecard.ScorecardIndicator.A1;
import static uk.raa.children.domain.scorecard.ScorecardIndicator.A10;
import static uk.raa.children.domain.scorecard.ScorecardIndicator.A2;

class ScorecardCalculatorTest {

    private static final ScorecardScope COVENTRY = ScorecardScope.authority("coventry");
    private static final AgencyMembership ACE = new AgencyMembership("ace", List.of(
            new MembershipPeriod("coventry", 2010, null)));

    private static ScorecardCalculator calculator(ScorecardChild... children) {
        return new ScorecardCalculator(List.of(children), ACE, DefaultScorecardThresholds.fromDomainBrief());
    }

    @Test
    void fosterCarerAdoptionStopsTheA10ClockWhenTheChildMovedInWithTheCarers() {
        ScorecardCalculator calc = calculator(
                // A1: 2013-04-01 -> 2014-04-01 = 365 days; A10: 2013-04-01 -> 2013-05-01 = 30 days.
                aChild("F").enteredCare("2013-04-01").adoptedByFosterCarersWithWhomMovedIn("2013-05-01")
                        .matched("2014-03-01").placed("2014-04-01").adopted("2014-10-01").build(),
                // Not a foster-carer adoption: A1 = A10 = 2013-04-01 -> 2013-10-01 = 30+31+30+31+31+30 = 183.
                aChild("N").enteredCare("2013-04-01").matched("2013-09-01").placed("2013-10-01")
                        .adopted("2014-06-01").build());
        ScorecardPeriod year = ScorecardPeriod.oneYear(2014);

        DaysFigure a1 = calc.days(A1, COVENTRY, year);
        DaysFigure a10 = calc.days(A10, COVENTRY, year);

        assertEquals(548, a1.totalDays());                   // 365 + 183
        assertEquals(OptionalInt.of(274), a1.meanDays());    // 548 / 2 = 274
        assertEquals(213, a10.totalDays());                  // 30 + 183
        assertEquals(OptionalInt.of(107), a10.meanDays());   // 213 / 2 = 106.5 -> 107 (half up)
        // A10 is judged against the A1 threshold: 2012-15 = 487; 107 - 487 = -380.
        assertEquals(OptionalInt.of(487), a10.thresholdDays());
        assertEquals(OptionalInt.of(-380), a10.distanceToThreshold());
        ChildDays f = a10.counted().stream().filter(c -> c.childReference().equals("F")).findFirst().orElseThrow();
        assertEquals(LocalDate.parse("2013-05-01"), f.clockStopDate());
        assertEquals(30, f.countedDays());
    }

    @Test
    void fosterCarerAdoptionWithoutAnAdoptivePlacementCountsInA10Only() {
        ScorecardCalculator calc = calculator(
                // 2014-01-01 -> 2014-03-02 = 31 + 28 + 1 = 60 days with the carers.
                aChild("FC").enteredCare("2014-01-01").adoptedByFosterCarersWithWhomMovedIn("2014-03-02")
                        .adopted("2015-01-10").build());
        ScorecardPeriod year = ScorecardPeriod.oneYear(2014);

        DaysFigure a1 = calc.days(A1, COVENTRY, year);
        assertTrue(a1.meanDays().isEmpty());
        assertEquals(ExclusionReason.NOT_PLACED_FOR_ADOPTION, a1.excluded().get(0).reason());
        assertEquals(OptionalInt.of(60), calc.days(A10, COVENTRY, year).meanDays());
    }

    @Test
    void matchBeforeThePlacementOrderCountsZeroDaysInA2() {
        ScorecardCalculator calc = calculator(
                // Matched 2013-05-15, order 2013-06-01: -17 days, counted as 0.
                aChild("M").enteredCare("2013-01-01").placementOrder("2013-06-01").matched("2013-05-15")
                        .placed("2013-07-01").adopted("2014-05-01").build(),
                // 2013-06-01 -> 2013-08-01 = 30 + 31 = 61 days.
                aChild("P").enteredCare("2013-01-01").placementOrder("2013-06-01").matched("2013-08-01")
                        .placed("2013-09-01").adopted("2014-05-02").build());

        DaysFigure a2 = calc.days(A2, COVENTRY, ScorecardPeriod.oneYear(2014));

        assertEquals(61, a2.totalDays());                   // 0 + 61
        assertEquals(OptionalInt.of(31), a2.meanDays());    // 61 / 2 = 30.5 -> 31
        ChildDays m = a2.counted().get(0);
        assertEquals("M", m.childReference());
        assertEquals(-17, m.elapsedDays());
        assertEquals(0, m.countedDays());
        // Threshold 2012-15 A2 = 121: 31 - 121 = -90.
        assertEquals(OptionalInt.of(-90), a2.distanceToThreshold());
    }

    @Test
    void consentCaseWithoutAPlacementOrderIsInA1ButNotInA2() {
        ScorecardCalculator calc = calculator(
                // Consent: 2013-03-01 -> 2013-08-01 = 31+30+31+30+31 = 153 days.
                aChild("C").enteredCare("2013-03-01").matched("2013-07-01").placed("2013-08-01")
                        .adopted("2014-07-01").build(),
                // 2013-03-01 -> 2013-07-01 = 31+30+31+30 = 122; A2 2013-05-01 -> 2013-06-10 = 31 + 9 = 40.
                aChild("D").enteredCare("2013-03-01").placementOrder("2013-05-01").matched("2013-06-10")
                        .placed("2013-07-01").adopted("2014-07-02").build(),
                // Placed on the day of the order: in A1 (518 days), not in A2.
                aChild("S").enteredCare("2013-03-01").placementOrder("2013-05-01").matched("2013-06-01")
                        .placed("2014-08-01").adopted("2014-08-01").build());
        ScorecardPeriod year = ScorecardPeriod.oneYear(2014);

        DaysFigure a1 = calc.days(A1, COVENTRY, year);
        DaysFigure a2 = calc.days(A2, COVENTRY, year);

        assertEquals(3, a1.children());
        assertEquals(OptionalInt.of(264), a1.meanDays());   // (153 + 122 + 518) / 3 = 793 / 3 = 264.33 -> 264
        assertEquals(1, a2.children());
        assertEquals(OptionalInt.of(40), a2.meanDays());
        assertEquals(List.of(
                new ChildExclusion("coventry", "C", LocalDate.parse("2014-07-01"), ExclusionReason.NO_COURT_AUTHORITY),
                new ChildExclusion("coventry", "S", LocalDate.parse("2014-08-01"), ExclusionReason.NOT_PLACED_BEFORE_ORDER)),
                a2.excluded());
    }

    @Test
    void a3MovingInExactlyNMonthsAfterEnteringCareIsNotLessThanNMonths() {
        // 2014/15 is judged against 2012-15: 18 months. 2013-01-15 + 18 months = 2014-07-15.
        ScorecardCalculator calc = calculator(
                aChild("EXACT").enteredCare("2013-01-15").placed("2014-07-15").adopted("2014-12-01").build(),
                aChild("DAY-BEFORE").enteredCare("2013-01-15").placed("2014-07-14").adopted("2014-12-02").build());

        WithinThresholdFigure a3 = calc.withinThreshold(COVENTRY, ScorecardPeriod.oneYear(2014));

        assertEquals(18, a3.thresholdMonths());
        assertEquals(2, a3.children());
        assertEquals(1, a3.withinThreshold());
        assertEquals(new BigDecimal("50.0"), a3.percentage().orElseThrow());   // 1 / 2 = 50.0%
        ChildWait exact = a3.counted().stream().filter(w -> w.childReference().equals("EXACT")).findFirst().orElseThrow();
        assertEquals(LocalDate.parse("2014-07-15"), exact.thresholdDate());
        assertFalse(exact.movedInBeforeThreshold());
    }

    @Test
    void a3CalendarMonthsAcrossLeapDaysAndMonthEnds() {
        // 2015/16 is judged against 2013-16: 14 months.
        ScorecardCalculator calc = calculator(
                // 2012-02-29 + 14 months = 2013-04-29 (the same day exists).
                aChild("LEAP-IN").enteredCare("2012-02-29").placed("2013-04-28").adopted("2015-05-01").build(),
                aChild("LEAP-OUT").enteredCare("2012-02-29").placed("2013-04-29").adopted("2015-05-02").build(),
                // 2013-12-31 + 14 months: no 31 February, so the last day, 2015-02-28.
                aChild("END-IN").enteredCare("2013-12-31").placed("2015-02-27").adopted("2015-05-03").build(),
                aChild("END-OUT").enteredCare("2013-12-31").placed("2015-02-28").adopted("2015-05-04").build(),
                // 2014-12-31 + 14 months = 2016-02-29 (leap year).
                aChild("TO-LEAP-IN").enteredCare("2014-12-31").placed("2016-02-28").adopted("2016-03-30").build(),
                aChild("TO-LEAP-OUT").enteredCare("2014-12-31").placed("2016-02-29").adopted("2016-03-31").build());

        WithinThresholdFigure a3 = calc.withinThreshold(COVENTRY, ScorecardPeriod.oneYear(2015));

        assertEquals(14, a3.thresholdMonths());
        assertEquals(6, a3.children());
        assertEquals(3, a3.withinThreshold());               // the three *-IN children
        assertEquals(new BigDecimal("50.0"), a3.percentage().orElseThrow());   // 3 / 6
        for (ChildWait wait : a3.counted()) {
            assertEquals(wait.childReference().endsWith("-IN"), wait.movedInBeforeThreshold(), wait.childReference());
        }
        assertEquals(LocalDate.parse("2013-04-29"), a3.counted().stream()
                .filter(w -> w.childReference().equals("LEAP-OUT")).findFirst().orElseThrow().thresholdDate());
        assertEquals(LocalDate.parse("2016-02-29"), a3.counted().stream()
                .filter(w -> w.childReference().equals("TO-LEAP-OUT")).findFirst().orElseThrow().thresholdDate());
    }

    @Test
    void anAdoptionOrderOnFirstAprilCountsInTheNextYear() {
        ScorecardCalculator calc = calculator(
                aChild("MARCH").enteredCare("2014-01-01").placed("2014-02-01").adopted("2015-03-31").build(),  // 31 days
                aChild("APRIL").enteredCare("2014-01-01").placed("2014-03-01").adopted("2015-04-01").build()); // 59 days

        DaysFigure y2014 = calc.days(A1, COVENTRY, ScorecardPeriod.oneYear(2014));
        DaysFigure y2015 = calc.days(A1, COVENTRY, ScorecardPeriod.oneYear(2015));

        assertEquals(List.of("MARCH"), y2014.counted().stream().map(ChildDays::childReference).toList());
        assertEquals(OptionalInt.of(31), y2014.meanDays());
        assertEquals(List.of("APRIL"), y2015.counted().stream().map(ChildDays::childReference).toList());
        assertEquals(OptionalInt.of(59), y2015.meanDays());  // 31 (Jan) + 28 (Feb 2014) = 59
    }

    @Test
    void threeYearFigureIsPooledOverChildrenNotTheMeanOfYearlyMeans() {
        ScorecardCalculator calc = calculator(
                aChild("Y1").enteredCare("2012-01-01").placed("2012-04-10").adopted("2012-06-01").build(), // 31+29+31+9 = 100
                aChild("Y2").enteredCare("2013-01-01").placed("2013-07-20").adopted("2013-09-01").build(), // 200
                aChild("Y3A").enteredCare("2013-01-01").placed("2014-02-05").adopted("2014-12-01").build(), // 365+35 = 400
                aChild("Y3B").enteredCare("2013-01-01").placed("2014-05-16").adopted("2014-12-02").build()); // 365+135 = 500

        DaysFigure threeYears = calc.days(A1, COVENTRY, ScorecardPeriod.threeYears(2012));

        // Pooled: (100 + 200 + 400 + 500) / 4 = 300. Mean of yearly means would be (100 + 200 + 450) / 3 = 250.
        assertEquals(4, threeYears.children());
        assertEquals(1200, threeYears.totalDays());
        assertEquals(OptionalInt.of(300), threeYears.meanDays());
        assertEquals(OptionalInt.of(450), calc.days(A1, COVENTRY, ScorecardPeriod.oneYear(2014)).meanDays());
        // 3-year 2012-15 threshold A1 = 487: 300 - 487 = -187.
        assertEquals(OptionalInt.of(-187), threeYears.distanceToThreshold());
    }

    @Test
    void meansRoundHalvesUpAndAcrossALeapFebruary() {
        ScorecardCalculator calc = calculator(
                aChild("L1").enteredCare("2016-02-01").placed("2016-03-01").adopted("2016-06-01").build(), // 29 (Feb 2016)
                aChild("L2").enteredCare("2016-02-01").placed("2016-03-02").adopted("2016-06-02").build(), // 30
                aChild("T1").enteredCare("2017-01-01").placed("2017-01-02").adopted("2017-06-01").build(), // 1
                aChild("T2").enteredCare("2017-01-01").placed("2017-01-02").adopted("2017-06-02").build(), // 1
                aChild("T3").enteredCare("2017-01-01").placed("2017-01-03").adopted("2017-06-03").build()); // 2

        assertEquals(OptionalInt.of(30), calc.days(A1, COVENTRY, ScorecardPeriod.oneYear(2016)).meanDays()); // 59/2 = 29.5 -> 30
        assertEquals(OptionalInt.of(1), calc.days(A1, COVENTRY, ScorecardPeriod.oneYear(2017)).meanDays());  // 4/3 = 1.33 -> 1
    }

    @Test
    void percentagesRoundToOneDecimalHalfUp() {
        List<ScorecardChild> children = new ArrayList<>();
        // 2015/16, 14 months. One child within (2 months), fifteen waited 24 months.
        children.add(aChild("IN").enteredCare("2015-01-01").placed("2015-03-01").adopted("2015-06-01").build());
        for (int i = 0; i < 15; i++) {
            children.add(aChild("OUT" + i).enteredCare("2013-01-01").placed("2015-01-01").adopted("2015-06-01").build());
        }
        ScorecardCalculator calc = new ScorecardCalculator(children, ACE, DefaultScorecardThresholds.fromDomainBrief());

        WithinThresholdFigure a3 = calc.withinThreshold(COVENTRY, ScorecardPeriod.oneYear(2015));

        assertEquals(16, a3.children());
        assertEquals(new BigDecimal("6.3"), a3.percentage().orElseThrow());  // 100 * 1 / 16 = 6.25 -> 6.3
    }

    @Test
    void seedScorecardArithmetic() {
        ScorecardCalculator calc = calculator(
                // 2014/15: A1 2013-01-01 -> 2014-06-14 = 365 + 31+28+31+30+31 + 13 = 529;
                //          A2 2013-06-01 -> 2013-11-22 = 30+31+31+30+31 + 21 = 174.
                aChild("S15").enteredCare("2013-01-01").placementOrder("2013-06-01").matched("2013-11-22")
                        .placed("2014-06-14").adopted("2014-12-01").build(),
                // 2013/14: A1 2012-01-01 -> 2013-09-02 = 366 (2012) + 243 + 1 = 610;
                //          A2 2012-06-01 -> 2012-12-11 = 30+31+31+30+31+30 + 10 = 193.
                aChild("S14").enteredCare("2012-01-01").placementOrder("2012-06-01").matched("2012-12-11")
                        .placed("2013-09-02").adopted("2014-01-15").build());
        ScorecardPeriod year = ScorecardPeriod.oneYear(2014);

        DaysFigure a1 = calc.days(A1, COVENTRY, year);
        assertEquals(OptionalInt.of(529), a1.meanDays());
        assertEquals(OptionalInt.of(487), a1.thresholdDays());          // judged against 2012-15
        assertEquals(OptionalInt.of(42), a1.distanceToThreshold());     // 529 - 487 = 42 (not the paper's 72)
        assertEquals(OptionalInt.of(-81), a1.changeFromPrevious());     // 529 - 610 = -81: 81 days better
        assertEquals(Direction.IMPROVED, a1.direction());

        DaysFigure a2 = calc.days(A2, COVENTRY, year);
        assertEquals(OptionalInt.of(174), a2.meanDays());
        assertEquals(OptionalInt.of(53), a2.distanceToThreshold());     // 174 - 121 = 53
        assertEquals(OptionalInt.of(-19), a2.changeFromPrevious());     // 174 - 193 = -19
        assertEquals(Direction.IMPROVED, a2.direction());

        // The other way round: 2013/14 against 2012/13 (no children) is not comparable.
        assertEquals(Direction.NOT_COMPARABLE, calc.days(A1, COVENTRY, ScorecardPeriod.oneYear(2013)).direction());
    }

    @Test
    void worseningAndUnchangedDirections() {
        ScorecardCalculator calc = calculator(
                aChild("A").enteredCare("2013-01-01").placed("2013-02-01").adopted("2013-06-01").build(),   // 2013/14: 31
                aChild("B").enteredCare("2014-01-01").placed("2014-03-01").adopted("2014-06-01").build(),   // 2014/15: 59
                aChild("C").enteredCare("2015-01-01").placed("2015-03-01").adopted("2015-06-01").build());  // 2015/16: 59
        assertEquals(Direction.WORSENED, calc.days(A1, COVENTRY, ScorecardPeriod.oneYear(2014)).direction());  // 59 > 31
        assertEquals(Direction.UNCHANGED, calc.days(A1, COVENTRY, ScorecardPeriod.oneYear(2015)).direction()); // 59 = 59
    }

    @Test
    void a3DirectionIsNotComparableWhenTheMonthThresholdChanged() {
        ScorecardCalculator calc = calculator(
                aChild("A").enteredCare("2013-01-01").placed("2013-03-01").adopted("2013-06-01").build(),  // 2013/14 (20 months)
                aChild("B").enteredCare("2014-01-01").placed("2014-03-01").adopted("2014-06-01").build(),  // 2014/15 (18)
                aChild("C").enteredCare("2015-01-01").placed("2015-03-01").adopted("2015-06-01").build(),  // 2015/16 (14)
                aChild("D").enteredCare("2014-01-01").placed("2016-01-01").adopted("2016-06-01").build(),  // 2016/17 (14), 24 months
                aChild("E").enteredCare("2016-01-01").placed("2016-03-01").adopted("2016-06-02").build()); // 2016/17, 2 months

        assertEquals(Direction.NOT_COMPARABLE, calc.withinThreshold(COVENTRY, ScorecardPeriod.oneYear(2014)).direction());
        assertEquals(Direction.NOT_COMPARABLE, calc.withinThreshold(COVENTRY, ScorecardPeriod.oneYear(2015)).direction());
        WithinThresholdFigure y2016 = calc.withinThreshold(COVENTRY, ScorecardPeriod.oneYear(2016));
        assertEquals(new BigDecimal("50.0"), y2016.percentage().orElseThrow());              // 1 of 2
        assertEquals(new BigDecimal("-50.0"), y2016.changeFromPrevious().orElseThrow());     // 50.0 - 100.0
        assertEquals(Direction.WORSENED, y2016.direction());                                 // higher is better for A3
    }

    @Test
    void emptyCohortGivesAnAbsentFigureNotZero() {
        ScorecardCalculator calc = calculator();
        DaysFigure a1 = calc.days(A1, COVENTRY, ScorecardPeriod.oneYear(2014));
        assertEquals(0, a1.children());
        assertTrue(a1.meanDays().isEmpty());
        assertTrue(a1.distanceToThreshold().isEmpty());
        assertEquals(OptionalInt.of(487), a1.thresholdDays());
        assertEquals(Direction.NOT_COMPARABLE, a1.direction());
        WithinThresholdFigure a3 = calc.withinThreshold(COVENTRY, ScorecardPeriod.oneYear(2014));
        assertTrue(a3.percentage().isEmpty());
        assertEquals(0, a3.children());
    }

    @Test
    void a3WithoutAnApplicableThresholdIsARuleViolation() {
        ScorecardRuleViolation violation = assertThrows(ScorecardRuleViolation.class,
                () -> calculator().withinThreshold(COVENTRY, ScorecardPeriod.oneYear(2009)));   // 2007-10: before 2009-12
        assertEquals("SCORECARD_NO_THRESHOLD", violation.rule());
    }

    @Test
    void agencyFigurePoolsMembersOnlyForTheYearsTheyWereMembers() {
        AgencyMembership membership = new AgencyMembership("ace", List.of(
                new MembershipPeriod("coventry", 2018, null),
                new MembershipPeriod("herefordshire", 2020, null),
                new MembershipPeriod("solihull", 2018, 2019)));
        ScorecardCalculator calc = new ScorecardCalculator(List.of(
                aChild("COV1").of("coventry").enteredCare("2019-01-01").placed("2019-04-11").adopted("2019-09-01").build(),      // 100
                aChild("HER1").of("herefordshire").enteredCare("2019-01-01").placed("2019-10-28").adopted("2019-12-01").build(), // 300, not yet a member
                aChild("HER2").of("herefordshire").enteredCare("2020-01-01").placed("2020-07-19").adopted("2020-09-01").build(), // 200
                aChild("COV2").of("coventry").enteredCare("2019-06-01").placed("2020-07-05").adopted("2020-10-01").build(),      // 400
                aChild("SOL1").of("solihull").enteredCare("2019-01-01").placed("2019-02-20").adopted("2020-06-01").build()),     // 50, left
                membership, DefaultScorecardThresholds.fromDomainBrief());
        ScorecardScope ace = ScorecardScope.agency("ace");

        assertEquals(OptionalInt.of(100), calc.days(A1, ace, ScorecardPeriod.oneYear(2019)).meanDays());  // COV1 only
        assertEquals(OptionalInt.of(300), calc.days(A1, ace, ScorecardPeriod.oneYear(2020)).meanDays());  // (200 + 400) / 2
        DaysFigure threeYears = calc.days(A1, ace, ScorecardPeriod.threeYears(2018));
        assertEquals(OptionalInt.of(233), threeYears.meanDays());                                          // 700 / 3 = 233.3
        assertEquals(List.of("COV1", "COV2", "HER2"),
                threeYears.counted().stream().map(ChildDays::childReference).toList());
        // The authority's own figure does not depend on membership.
        assertEquals(OptionalInt.of(300),
                calc.days(A1, ScorecardScope.authority("herefordshire"), ScorecardPeriod.oneYear(2019)).meanDays());
        assertThrows(ScorecardRuleViolation.class, () -> calc.days(A1, ScorecardScope.agency("other"), ScorecardPeriod.oneYear(2019)));
    }

    @Test
    void drillDownListsTheChildrenAndDatesBehindAFigure() {
        ScorecardCalculator calc = calculator(
                aChild("REF-7").enteredCare("2014-01-01").placementOrder("2014-02-01").matched("2014-03-01")
                        .placed("2014-03-15").adopted("2014-09-01").build());
        DaysFigure a1 = calc.days(A1, COVENTRY, ScorecardPeriod.oneYear(2014));
        // 2014-01-01 -> 2014-03-15 = 31 + 28 + 14 = 73.
        assertEquals(List.of(new ChildDays("coventry", "REF-7", LocalDate.parse("2014-09-01"),
                LocalDate.parse("2014-01-01"), LocalDate.parse("2014-03-15"), 73, 73)), a1.counted());
        DaysFigure a2 = calc.days(A2, COVENTRY, ScorecardPeriod.oneYear(2014));
        // 2014-02-01 -> 2014-03-01 = 28.
        assertEquals(List.of(new ChildDays("coventry", "REF-7", LocalDate.parse("2014-09-01"),
                LocalDate.parse("2014-02-01"), LocalDate.parse("2014-03-01"), 28, 28)), a2.counted());
    }

    @Test
    void harderToPlaceBreakdownRestrictsTheCohort() {
        ScorecardCalculator calc = calculator(
                aChild("SIB").enteredCare("2014-01-01").placed("2014-03-01").adopted("2014-09-01")
                        .harderToPlace(HarderToPlaceCategory.SIBLING_GROUP).build(),           // 59
                aChild("ONE").enteredCare("2014-01-01").placed("2014-02-01").adopted("2014-09-02").build()); // 31
        ScorecardPeriod year = ScorecardPeriod.oneYear(2014);
        assertEquals(OptionalInt.of(45), calc.days(A1, COVENTRY, year).meanDays());   // 90 / 2
        assertEquals(OptionalInt.of(59), calc.restrictedTo(HarderToPlaceCategory.SIBLING_GROUP)
                .days(A1, COVENTRY, year).meanDays());
    }

    @Test
    void customThresholdsAreData() {
        ScorecardCalculator calc = new ScorecardCalculator(List.of(
                aChild("X").enteredCare("2014-01-01").placed("2014-03-01").adopted("2014-09-01").build()), ACE,
                new ScorecardThresholds(Map.of(ScorecardPeriod.threeYears(2012), new ScorecardThreshold(50, 10, 2))));
        assertEquals(OptionalInt.of(9), calc.days(A1, COVENTRY, ScorecardPeriod.oneYear(2014)).distanceToThreshold()); // 59 - 50
        assertEquals(0, calc.withinThreshold(COVENTRY, ScorecardPeriod.oneYear(2014)).withinThreshold()); // 2014-03-01 is exactly 2 months
    }

    @Test
    void duplicateChildReferenceInOneAuthorityIsRejected() {
        ScorecardChild one = aChild("REF-XYZ").enteredCare("2014-01-01").placed("2014-03-01").adopted("2014-09-01").build();
        ScorecardRuleViolation violation = assertThrows(ScorecardRuleViolation.class,
                () -> new ScorecardCalculator(List.of(one, one), ACE, DefaultScorecardThresholds.fromDomainBrief()));
        assertEquals("SCORECARD_DUPLICATE_CHILD", violation.rule());
        assertFalse(violation.getMessage().contains("REF-XYZ"));
    }
}
