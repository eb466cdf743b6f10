package uk.raa.adopters.domain.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import uk.raa.adopters.domain.DomainRuleViolation;
import uk.raa.adopters.domain.household.AdopterPersonalDetails;
import uk.raa.adopters.domain.household.AgencyType;
import uk.raa.adopters.domain.household.AreaOfResidence;
import uk.raa.adopters.domain.household.FastTrackRoute;
import uk.raa.adopters.domain.household.Household;
import uk.raa.adopters.domain.household.HouseholdOffer;
import uk.raa.adopters.domain.household.HouseholdReference;
import uk.raa.adopters.domain.household.NeedArea;
import uk.raa.adopters.domain.household.NeedLevel;
import uk.raa.adopters.domain.household.RecruitingAgency;
import uk.raa.adopters.domain.process.ExitReason;
import uk.raa.adopters.domain.process.ProcessStep;
import uk.raa.adopters.domain.process.ProcessTimeline;

import static uk.raa.adopters.domain.process.ProcessStep.*;

/**
 * Thirteen households, hand-computed as at NOW (2 Dec 2024) and PAST (31 Mar 2024), first year 2022/23.
 *
 * <pre>
 * ref area            ENQ        ROI        S1 start   S1 done    S2 start   S2 done    panel      ADM        matched    then
 * H01 coventry        2023-04-10 2023-05-02 2023-05-09 2023-07-07 2023-07-17 2023-11-10 2023-11-24 2023-12-04 2024-01-15 placed 2024-02-12, order 2024-09-02
 * H02 coventry        2023-05-15 2023-06-01 2023-06-05 2023-08-01 2023-08-14 2023-11-01 2023-11-10 2023-11-20 2024-06-10
 * H03 solihull        2023-06-01 2023-06-20 2023-07-03 2023-09-01 2023-09-11 2024-01-05 2024-01-19 2024-01-29 -
 * H04 OUTSIDE (fast)  2023-09-04 2023-09-11 -          -          2023-09-15 2024-01-10 2024-01-26 2024-02-07 2024-05-07 placed 2024-06-03
 * H05 worcestershire  2023-10-02 2023-10-09 2023-10-16 withdrawn 2023-11-20
 * H06 coventry        2024-01-08 2024-01-15 2024-01-22 2024-03-22 2024-04-08 2024-08-01 2024-08-16 2024-08-27 -
 * H07 solihull        2023-04-17 2023-04-24 2023-05-02 2023-06-30 2023-07-10 withdrawn 2023-09-29
 * H08 warwickshire    2024-04-15 2024-05-01 2024-05-08 2024-07-05 2024-07-15
 * H09 solihull        2024-03-04 2024-03-25 deregistered 2024-04-12
 * H10 coventry        2022-11-07 2022-11-14 2022-11-21 2023-01-20 2023-02-06 2023-06-02 2023-06-16 2023-06-26 -
 * H11 coventry (voluntary agency: never counted) ... ADM 2023-10-02
 * H12 warwickshire    2024-10-01
 * H13 warwickshire    2023-11-06 2023-11-13 2023-11-20 2024-01-19 2024-01-29 2024-05-24 2024-06-07 2024-06-17 2024-07-22
 * </pre>
 */
class AdopterIndicatorCalculatorTest {

    private static final LocalDate NOW = LocalDate.parse("2024-12-02");
    private static final LocalDate PAST = LocalDate.parse("2024-03-31");
    private static final FinancialYear FY22 = FinancialYear.of(2022);
    private static final FinancialYear FY23 = FinancialYear.of(2023);
    private static final FinancialYear FY24 = FinancialYear.of(2024);

    private final AdopterIndicatorCalculator calculator = new AdopterIndicatorCalculator(IndicatorThresholds.defaults());

    private static Map<NeedArea, NeedLevel> needs(NeedLevel health, NeedLevel development, NeedLevel behaviour, NeedLevel education) {
        Map<NeedArea, NeedLevel> needs = new EnumMap<>(NeedArea.class);
        needs.put(NeedArea.HEALTH, health);
        needs.put(NeedArea.DEVELOPMENT, development);
        needs.put(NeedArea.BEHAVIOUR, behaviour);
        needs.put(NeedArea.EDUCATION, education);
        return needs;
    }

    private static final HouseholdOffer BROAD = new HouseholdOffer(2, 0, 6, true,
            needs(NeedLevel.MEDIUM, NeedLevel.MEDIUM, NeedLevel.MEDIUM, NeedLevel.MEDIUM), Set.of(), true);
    /** 0-1 (range 1 < 2), single child, no health needs, no early permanence. */
    private static final HouseholdOffer H03_OFFER = new HouseholdOffer(1, 0, 1, false,
            needs(NeedLevel.NONE, NeedLevel.LOW, NeedLevel.LOW, NeedLevel.LOW), Set.of(), false);
    /** 2-8 siblings, no behavioural needs, cannot live near solihull. */
    private static final HouseholdOffer H06_OFFER = new HouseholdOffer(2, 2, 8, true,
            needs(NeedLevel.MEDIUM, NeedLevel.MEDIUM, NeedLevel.NONE, NeedLevel.MEDIUM), Set.of("solihull"), true);
    /** 0-4 single child, low needs accepted in every area. */
    private static final HouseholdOffer H10_OFFER = new HouseholdOffer(1, 0, 4, false,
            needs(NeedLevel.LOW, NeedLevel.LOW, NeedLevel.LOW, NeedLevel.LOW), Set.of(), true);

    private static HouseholdTimeline household(String ref, String area, AgencyType agency, FastTrackRoute route,
                                               HouseholdOffer offer, Object... stepsAndDates) {
        HouseholdReference reference = HouseholdReference.of(ref);
        AreaOfResidence residence = area.equals(AreaOfResidence.OUTSIDE_AGENCY_CODE)
                ? AreaOfResidence.OUTSIDE_AGENCY : AreaOfResidence.authority(area);
        Household household = new Household(reference,
                List.of(new AdopterPersonalDetails("Given", "Family", LocalDate.of(1985, 1, 1))),
                residence, new RecruitingAgency(agency == AgencyType.THIS_AGENCY ? "ace" : "vaa-1", agency), offer, route);
        ProcessTimeline timeline = new ProcessTimeline(reference, route);
        for (int i = 0; i < stepsAndDates.length; i += 2) {
            ProcessStep step = (ProcessStep) stepsAndDates[i];
            ExitReason reason = step == WITHDRAWN ? ExitReason.ADOPTERS_DECIDED_NOT_TO_PROCEED
                    : step == DEREGISTERED ? ExitReason.OTHER : null;
            timeline.record(step, LocalDate.parse((String) stepsAndDates[i + 1]), reason, NOW);
        }
        return new HouseholdTimeline(household, timeline);
    }

    private static HouseholdTimeline ours(String ref, String area, HouseholdOffer offer, Object... stepsAndDates) {
        return household(ref, area, AgencyType.THIS_AGENCY, FastTrackRoute.NONE, offer, stepsAndDates);
    }

    private static List<HouseholdTimeline> fixture() {
        List<HouseholdTimeline> all = new ArrayList<>();
        all.add(ours("H01", "coventry", BROAD, ENQUIRY, "2023-04-10", REGISTRATION_OF_INTEREST, "2023-05-02",
                STAGE_1_STARTED, "2023-05-09", STAGE_1_COMPLETED, "2023-07-07", STAGE_2_STARTED, "2023-07-17",
                STAGE_2_COMPLETED, "2023-11-10", PANEL_RECOMMENDATION, "2023-11-24", ADM_APPROVAL, "2023-12-04",
                MATCHED, "2024-01-15", PLACED, "2024-02-12", ADOPTION_ORDER, "2024-09-02"));
        all.add(ours("H02", "coventry", BROAD, ENQUIRY, "2023-05-15", REGISTRATION_OF_INTEREST, "2023-06-01",
                STAGE_1_STARTED, "2023-06-05", STAGE_1_COMPLETED, "2023-08-01", STAGE_2_STARTED, "2023-08-14",
                STAGE_2_COMPLETED, "2023-11-01", PANEL_RECOMMENDATION, "2023-11-10", ADM_APPROVAL, "2023-11-20",
                MATCHED, "2024-06-10"));
        all.add(ours("H03", "solihull", H03_OFFER, ENQUIRY, "2023-06-01", REGISTRATION_OF_INTEREST, "2023-06-20",
                STAGE_1_STARTED, "2023-07-03", STAGE_1_COMPLETED, "2023-09-01", STAGE_2_STARTED, "2023-09-11",
                STAGE_2_COMPLETED, "2024-01-05", PANEL_RECOMMENDATION, "2024-01-19", ADM_APPROVAL, "2024-01-29"));
        all.add(household("H04", AreaOfResidence.OUTSIDE_AGENCY_CODE, AgencyType.THIS_AGENCY,
                FastTrackRoute.APPROVED_FOSTER_CARER, BROAD, ENQUIRY, "2023-09-04", REGISTRATION_OF_INTEREST, "2023-09-11",
                STAGE_2_STARTED, "2023-09-15", STAGE_2_COMPLETED, "2024-01-10", PANEL_RECOMMENDATION, "2024-01-26",
                ADM_APPROVAL, "2024-02-07", MATCHED, "2024-05-07", PLACED, "2024-06-03"));
        all.add(ours("H05", "worcestershire", BROAD, ENQUIRY, "2023-10-02", REGISTRATION_OF_INTEREST, "2023-10-09",
                STAGE_1_STARTED, "2023-10-16", WITHDRAWN, "2023-11-20"));
        all.add(ours("H06", "coventry", H06_OFFER, ENQUIRY, "2024-01-08", REGISTRATION_OF_INTEREST, "2024-01-15",
                STAGE_1_STARTED, "2024-01-22", STAGE_1_COMPLETED, "2024-03-22", STAGE_2_STARTED, "2024-04-08",
                STAGE_2_COMPLETED, "2024-08-01", PANEL_RECOMMENDATION, "2024-08-16", ADM_APPROVAL, "2024-08-27"));
        all.add(ours("H07", "solihull", BROAD, ENQUIRY, "2023-04-17", REGISTRATION_OF_INTEREST, "2023-04-24",
                STAGE_1_STARTED, "2023-05-02", STAGE_1_COMPLETED, "2023-06-30", STAGE_2_STARTED, "2023-07-10",
                WITHDRAWN, "2023-09-29"));
        all.add(ours("H08", "warwickshire", BROAD, ENQUIRY, "2024-04-15", REGISTRATION_OF_INTEREST, "2024-05-01",
                STAGE_1_STARTED, "2024-05-08", STAGE_1_COMPLETED, "2024-07-05", STAGE_2_STARTED, "2024-07-15"));
        all.add(ours("H09", "solihull", BROAD, ENQUIRY, "2024-03-04", REGISTRATION_OF_INTEREST, "2024-03-25",
                DEREGISTERED, "2024-04-12"));
        all.add(ours("H10", "coventry", H10_OFFER, ENQUIRY, "2022-11-07", REGISTRATION_OF_INTEREST, "2022-11-14",
                STAGE_1_STARTED, "2022-11-21", STAGE_1_COMPLETED, "2023-01-20", STAGE_2_STARTED, "2023-02-06",
                STAGE_2_COMPLETED, "2023-06-02", PANEL_RECOMMENDATION, "2023-06-16", ADM_APPROVAL, "2023-06-26"));
        all.add(household("H11", "coventry", AgencyType.VOLUNTARY_AGENCY, FastTrackRoute.NONE, BROAD,
                ENQUIRY, "2023-04-03", REGISTRATION_OF_INTEREST, "2023-04-05", STAGE_1_STARTED, "2023-04-11",
                STAGE_1_COMPLETED, "2023-06-09", STAGE_2_STARTED, "2023-06-19", STAGE_2_COMPLETED, "2023-09-15",
                PANEL_RECOMMENDATION, "2023-09-22", ADM_APPROVAL, "2023-10-02"));
        all.add(ours("H12", "warwickshire", BROAD, ENQUIRY, "2024-10-01"));
        all.add(ours("H13", "warwickshire", BROAD, ENQUIRY, "2023-11-06", REGISTRATION_OF_INTEREST, "2023-11-13",
                STAGE_1_STARTED, "2023-11-20", STAGE_1_COMPLETED, "2024-01-19", STAGE_2_STARTED, "2024-01-29",
                STAGE_2_COMPLETED, "2024-05-24", PANEL_RECOMMENDATION, "2024-06-07", ADM_APPROVAL, "2024-06-17",
                MATCHED, "2024-07-22"));
        return all;
    }

    private static void assertCounts(List<YearCount> actual, int... expected) {
        assertEquals(expected.length, actual.size(), actual.toString());
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual.get(i).count(), actual.get(i).year().label());
        }
    }

    private static void assertConversion(CohortConversion c, int size, int approved, int inProcess, int left, String percent) {
        assertEquals(size, c.cohortSize(), c.cohortYear().label() + " cohort");
        assertEquals(approved, c.approved(), c.cohortYear().label() + " approved");
        assertEquals(inProcess, c.stillInProcess(), c.cohortYear().label() + " in process");
        assertEquals(left, c.leftProcess(), c.cohortYear().label() + " left");
        assertPercent(percent, c.rate());
    }

    private static void assertProportion(YearProportion p, int numerator, int denominator, String percent) {
        assertEquals(numerator, p.proportion().numerator(), p.year().label());
        assertEquals(denominator, p.proportion().denominator(), p.year().label());
        assertPercent(percent, p.proportion());
    }

    private static void assertPercent(String expected, Proportion actual) {
        if (expected == null) {
            assertNull(actual.percent());
        } else {
            assertEquals(new BigDecimal(expected), actual.percent());
        }
    }

    private static List<String> refs(List<WaitingHousehold> waiting) {
        return waiting.stream().map(w -> w.reference().value()).toList();
    }

    @Test
    void agencyWideNow() {
        AdopterIndicators a = calculator.calculate(fixture(), NOW, FY22).agency();
        assertEquals(AdopterIndicators.AGENCY_WIDE, a.scope());

        // approvals: 2022/23 none; 2023/24 H10 (26 Jun), H02 (20 Nov), H01 (4 Dec), H03 (29 Jan), H04 (7 Feb) = 5;
        // 2024/25 H13 (17 Jun), H06 (27 Aug) = 2. H11 is a voluntary agency's household and is never counted.
        assertCounts(a.approvals(), 0, 5, 2);

        // enquiry cohorts: 2022/23 {H10} 1 approved -> 100.0
        assertConversion(a.enquiryToApproval().get(0), 1, 1, 0, 0, "100.0");
        // 2023/24 {H01,H02,H03,H04,H05,H06,H07,H09,H13} = 9; approved H01,H02,H03,H04,H06,H13 = 6;
        // left H05,H07,H09 = 3; 6/9 = 66.67 -> 66.7
        assertConversion(a.enquiryToApproval().get(1), 9, 6, 0, 3, "66.7");
        // 2024/25 {H08,H12} = 2, none approved yet, both in process -> 0.0
        assertConversion(a.enquiryToApproval().get(2), 2, 0, 2, 0, "0.0");

        // Stage 2 started cohorts: 2022/23 {H10} 1/1; 2023/24 {H07,H01,H02,H03,H04,H13} = 6, approved 5, H07 left
        // -> 5/6 = 83.33 -> 83.3; 2024/25 {H06,H08} approved H06, H08 in process -> 1/2 = 50.0
        assertConversion(a.assessmentToApproval().get(0), 1, 1, 0, 0, "100.0");
        assertConversion(a.assessmentToApproval().get(1), 6, 5, 0, 1, "83.3");
        assertConversion(a.assessmentToApproval().get(2), 2, 1, 1, 0, "50.0");

        // approved within 6 months of registration, by approval year:
        // 2022/23 no approvals -> no percentage
        // 2023/24: H10 ROI 14 Nov 22 + 6m = 14 May 23 < 26 Jun no; H02 1 Jun + 6m = 1 Dec >= 20 Nov yes;
        //          H01 2 May + 6m = 2 Nov < 4 Dec no; H03 20 Jun + 6m = 20 Dec < 29 Jan no;
        //          H04 11 Sep + 6m = 11 Mar >= 7 Feb yes -> 2/5 = 40.0
        // 2024/25: H13 13 Nov + 6m = 13 May < 17 Jun no; H06 15 Jan + 6m = 15 Jul < 27 Aug no -> 0/2 = 0.0
        assertProportion(a.approvedWithinTimescale().get(0), 0, 0, null);
        assertProportion(a.approvedWithinTimescale().get(1), 2, 5, "40.0");
        assertProportion(a.approvedWithinTimescale().get(2), 0, 2, "0.0");

        // A11: approved, not matched, not withdrawn: H03, H06, H10 (H11 not ours) = 3
        assertEquals(3, a.a11ApprovedAndWaiting());

        // A12 by match year: 2022/23 none; 2023/24 H01 matched 15 Jan, approved 4 Dec + 3m = 4 Mar -> not 3 months: 0/1
        // 2024/25: H04 approved 7 Feb + 3m = 7 May, matched 7 May (exactly 3 months counts) yes;
        //          H02 20 Nov + 3m = 20 Feb <= 10 Jun yes; H13 17 Jun + 3m = 17 Sep > 22 Jul no -> 2/3 = 66.7
        assertProportion(a.a12MatchedAfterWaiting().get(0), 0, 0, null);
        assertProportion(a.a12MatchedAfterWaiting().get(1), 0, 1, "0.0");
        assertProportion(a.a12MatchedAfterWaiting().get(2), 2, 3, "66.7");

        // A13: registered and not approved/withdrawn: only H08 (Stage 2); H12 is only an enquiry
        assertEquals(1, a.a13BeingAssessed());

        // more than 3 months: H03 29 Jan + 3m = 29 Apr, H06 27 Aug + 3m = 27 Nov, H10 -> all before 2 Dec = 3
        // more than 6 months: H03 29 Jul yes, H06 27 Feb 2025 no, H10 26 Dec 2023 yes = 2
        assertEquals(3, a.waitingOverThreshold());
        assertEquals(2, a.waitingOverLongThreshold());

        // days waiting: H10 26 Jun 23 -> 26 Jun 24 = 366 (leap day) + 4+31+31+30+31+30+2 = 159 -> 525
        //               H03 29 Jan -> 2 Dec 2024 = 2+29+31+30+31+30+31+31+30+31+30+2 = 308
        //               H06 27 Aug -> 2 Dec = 4+30+31+30+2 = 97
        assertEquals(List.of("H10", "H03", "H06"), refs(a.waiting()));
        WaitingHousehold h10 = a.waiting().get(0);
        assertEquals(525, h10.daysWaiting());
        assertEquals("coventry", h10.areaOfResidence());
        assertEquals(LocalDate.parse("2023-06-26"), h10.approvedOn());
        assertEquals(List.of(MatchLimitation.NO_SIBLING_GROUPS), h10.limitations());
        WaitingHousehold h03 = a.waiting().get(1);
        assertEquals(308, h03.daysWaiting());
        assertEquals(List.of(MatchLimitation.NARROW_AGE_RANGE, MatchLimitation.NO_SIBLING_GROUPS,
                MatchLimitation.HEALTH_NEEDS_NOT_ACCEPTED, MatchLimitation.NO_EARLY_PERMANENCE), h03.limitations());
        WaitingHousehold h06 = a.waiting().get(2);
        assertEquals(97, h06.daysWaiting());
        assertEquals(List.of(MatchLimitation.BEHAVIOURAL_NEEDS_NOT_ACCEPTED, MatchLimitation.EXCLUDED_AREAS),
                h06.limitations());
    }

    @Test
    void agencyWideAsAtThePastYearEnd() {
        AdopterIndicatorReport report = calculator.calculate(fixture(), PAST, FY22);
        AdopterIndicators a = report.agency();

        // only 2022/23 and 2023/24 exist as at 31 Mar 2024; approvals in 2023/24 are the same five (H13 came later)
        assertCounts(a.approvals(), 0, 5);

        // enquiry cohort 2023/24 still 9 (latest enquiry H09 4 Mar 2024); approved by then H01,H02,H03,H04 = 4;
        // left H05 (20 Nov), H07 (29 Sep) = 2 (H09 deregistered later); in process H06, H09, H13 = 3 -> 4/9 = 44.4
        assertConversion(a.enquiryToApproval().get(0), 1, 1, 0, 0, "100.0");
        assertConversion(a.enquiryToApproval().get(1), 9, 4, 3, 2, "44.4");
        // Stage 2 cohort 2023/24: H07,H01,H02,H03,H04,H13 = 6; approved 4; H07 left; H13 in Stage 2 -> 4/6 = 66.7
        assertConversion(a.assessmentToApproval().get(1), 6, 4, 1, 1, "66.7");
        assertProportion(a.approvedWithinTimescale().get(1), 2, 5, "40.0");

        // A11 then: H02 and H04 were not yet matched, H03 and H10 waiting; H01 already placed -> 4
        assertEquals(4, a.a11ApprovedAndWaiting());
        // A12 2023/24: only H01 matched by then, under 3 months -> 0/1
        assertEquals(2, a.a12MatchedAfterWaiting().size());
        assertProportion(a.a12MatchedAfterWaiting().get(1), 0, 1, "0.0");
        // A13 then: H06 (Stage 1 completed), H09 (registration), H13 (Stage 2) = 3; H08 and H12 had not started
        assertEquals(3, a.a13BeingAssessed());

        // more than 3 months at 31 Mar: H02 20 Nov + 3m = 20 Feb yes; H03 29 Apr no; H04 7 May no; H10 yes = 2
        // more than 6 months: H02 20 May no; H10 26 Dec 2023 yes = 1
        assertEquals(2, a.waitingOverThreshold());
        assertEquals(1, a.waitingOverLongThreshold());
        // days: H10 26 Jun 23 -> 31 Mar 24 = 4+31+31+30+31+30+31+31+29+31 = 279; H02 20 Nov -> 31 Mar = 10+31+31+29+31 = 132;
        //       H03 29 Jan -> 31 Mar = 2+29+31 = 62; H04 7 Feb -> 31 Mar = 22+31 = 53
        assertEquals(List.of("H10", "H02", "H03", "H04"), refs(a.waiting()));
        assertEquals(List.of(279L, 132L, 62L, 53L), a.waiting().stream().map(WaitingHousehold::daysWaiting).toList());
        assertEquals(AreaOfResidence.OUTSIDE_AGENCY_CODE, a.waiting().get(3).areaOfResidence());
        assertEquals(List.of(), a.waiting().get(1).limitations()); // H02's broad offer limits nothing
    }

    @Test
    void byAreaOfResidenceNow() {
        AdopterIndicatorReport report = calculator.calculate(fixture(), NOW, FY22);
        // H11 (voluntary agency, coventry) is excluded, so no area gains a household from it
        assertEquals(Set.of("coventry", "solihull", "warwickshire", "worcestershire", AreaOfResidence.OUTSIDE_AGENCY_CODE),
                report.byArea().keySet());

        AdopterIndicators coventry = report.byArea().get("coventry"); // H01, H02, H06, H10
        assertEquals("coventry", coventry.scope());
        assertCounts(coventry.approvals(), 0, 3, 1);                   // 23/24 H10,H02,H01; 24/25 H06
        assertConversion(coventry.enquiryToApproval().get(1), 3, 3, 0, 0, "100.0"); // H01,H02,H06
        assertConversion(coventry.enquiryToApproval().get(2), 0, 0, 0, 0, null);    // no enquiries in 24/25
        assertProportion(coventry.approvedWithinTimescale().get(1), 1, 3, "33.3");  // H02 of H10,H02,H01
        assertEquals(2, coventry.a11ApprovedAndWaiting());                          // H06, H10
        assertProportion(coventry.a12MatchedAfterWaiting().get(2), 1, 1, "100.0"); // H02
        assertEquals(0, coventry.a13BeingAssessed());
        assertEquals(2, coventry.waitingOverThreshold());                           // H06, H10
        assertEquals(1, coventry.waitingOverLongThreshold());                       // H10
        assertEquals(List.of("H10", "H06"), refs(coventry.waiting()));

        AdopterIndicators solihull = report.byArea().get("solihull"); // H03, H07, H09
        assertCounts(solihull.approvals(), 0, 1, 0);
        assertConversion(solihull.enquiryToApproval().get(1), 3, 1, 0, 2, "33.3"); // 1/3 = 33.33
        assertEquals(1, solihull.a11ApprovedAndWaiting());
        assertEquals(1, solihull.waitingOverLongThreshold());

        AdopterIndicators warwickshire = report.byArea().get("warwickshire"); // H08, H12, H13
        assertConversion(warwickshire.enquiryToApproval().get(2), 2, 0, 2, 0, "0.0");
        assertConversion(warwickshire.assessmentToApproval().get(2), 1, 0, 1, 0, "0.0"); // H08
        assertProportion(warwickshire.a12MatchedAfterWaiting().get(2), 0, 1, "0.0");    // H13
        assertEquals(1, warwickshire.a13BeingAssessed());
        assertEquals(0, warwickshire.a11ApprovedAndWaiting());

        AdopterIndicators outside = report.byArea().get(AreaOfResidence.OUTSIDE_AGENCY_CODE); // H04
        assertCounts(outside.approvals(), 0, 1, 0);
        assertProportion(outside.a12MatchedAfterWaiting().get(2), 1, 1, "100.0");

        AdopterIndicators worcestershire = report.byArea().get("worcestershire"); // H05 withdrew
        assertConversion(worcestershire.enquiryToApproval().get(1), 1, 0, 0, 1, "0.0");
    }

    @Test
    void byAreaOfResidenceAsAtThePast() {
        AdopterIndicatorReport report = calculator.calculate(fixture(), PAST, FY22);
        // as at 31 Mar 2024: coventry waiting H10 (279 days) and H02 (132); H01 placed; H06 in Stage 1 gap
        AdopterIndicators coventry = report.byArea().get("coventry");
        assertEquals(List.of("H10", "H02"), refs(coventry.waiting()));
        assertEquals(2, coventry.waitingOverThreshold());
        assertEquals(1, coventry.waitingOverLongThreshold());
        assertEquals(1, coventry.a13BeingAssessed()); // H06
        // warwickshire: H08 and H12 had not enquired yet; H13 was in Stage 2
        AdopterIndicators warwickshire = report.byArea().get("warwickshire");
        assertEquals(1, warwickshire.a13BeingAssessed());
        assertConversion(warwickshire.enquiryToApproval().get(1), 1, 0, 1, 0, "0.0");
    }

    @Test
    void aRegisteredHouseholdsFullJourneyIsAlwaysInExactlyOnePlace() {
        // each counted household as at NOW is in A11, A13, matched/placed/adopted, left, or an enquiry only
        AdopterIndicators a = calculator.calculate(fixture(), NOW, FY22).agency();
        // 12 counted = A11 3 (H03,H06,H10) + A13 1 (H08) + matched-or-later 4 (H01,H02,H04,H13) + left 3 (H05,H07,H09) + enquiry 1 (H12)
        assertEquals(12, a.a11ApprovedAndWaiting() + a.a13BeingAssessed() + 4 + 3 + 1);
        assertFalse(refs(a.waiting()).contains("H11"));
    }

    @Test
    void waitingMoreThanThreeMonthsStartsTheDayAfterTheThreeMonthDate() {
        // H06 approved 27 Aug 2024 + 3 months = 27 Nov 2024
        AdopterIndicators onTheDay = calculator.calculate(fixture(), LocalDate.parse("2024-11-27"), FY22).byArea().get("coventry");
        assertEquals(1, onTheDay.waitingOverThreshold()); // H10 only: H06 has waited exactly 3 months, not more
        AdopterIndicators dayAfter = calculator.calculate(fixture(), LocalDate.parse("2024-11-28"), FY22).byArea().get("coventry");
        assertEquals(2, dayAfter.waitingOverThreshold()); // H10 and H06
    }

    @Test
    void thresholdsAreReferenceData() {
        // with a 12-month "approved within" figure: 2023/24 H10 14 Nov 23 >= 26 Jun yes, H02 yes, H01 2 May 24 yes,
        // H03 20 Jun 24 yes, H04 yes -> 5/5
        IndicatorThresholds twelveMonths = new IndicatorThresholds(12, 3, 3, 6, 2, NeedLevel.NONE);
        AdopterIndicators a = new AdopterIndicatorCalculator(twelveMonths).calculate(fixture(), NOW, FY22).agency();
        assertProportion(a.approvedWithinTimescale().get(1), 5, 5, "100.0");
        // limiting need level LOW: H10 (all LOW) now also has every need area as a limitation
        IndicatorThresholds lowLimits = new IndicatorThresholds(6, 3, 3, 6, 2, NeedLevel.LOW);
        WaitingHousehold h10 = new AdopterIndicatorCalculator(lowLimits).calculate(fixture(), NOW, FY22).agency().waiting().get(0);
        assertEquals(List.of(MatchLimitation.NO_SIBLING_GROUPS, MatchLimitation.HEALTH_NEEDS_NOT_ACCEPTED,
                MatchLimitation.DEVELOPMENTAL_NEEDS_NOT_ACCEPTED, MatchLimitation.BEHAVIOURAL_NEEDS_NOT_ACCEPTED,
                MatchLimitation.EDUCATIONAL_NEEDS_NOT_ACCEPTED), h10.limitations());
    }

    @Test
    void theFirstYearMayNotBeAfterTheAsAtYear() {
        DomainRuleViolation e = assertThrows(DomainRuleViolation.class,
                () -> calculator.calculate(fixture(), PAST, FY24));
        assertEquals("firstYear", e.field());
        assertEquals(FY23, FinancialYear.containing(PAST));
    }
}
