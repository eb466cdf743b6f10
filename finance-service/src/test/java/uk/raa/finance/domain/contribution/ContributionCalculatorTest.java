package uk.raa.finance.domain.contribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.raa.finance.domain.contribution.AceFixture.COVENTRY;
import static uk.raa.finance.domain.contribution.AceFixture.FOUNDERS;
import static uk.raa.finance.domain.contribution.AceFixture.HEREFORDSHIRE;
import static uk.raa.finance.domain.contribution.AceFixture.LAUNCH;
import static uk.raa.finance.domain.contribution.AceFixture.SOLIHULL;
import static uk.raa.finance.domain.contribution.AceFixture.WARWICKSHIRE;
import static uk.raa.finance.domain.contribution.AceFixture.WORCESTERSHIRE;
import static uk.raa.finance.domain.contribution.AceFixture.Y2018;
import static uk.raa.finance.domain.contribution.AceFixture.Y2019;
import static uk.raa.finance.domain.contribution.AceFixture.Y2020;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import uk.raa.finance.domain.money.Money;
import uk.raa.finance.domain.partnership.AuthorityCode;
import uk.raa.finance.domain.partnership.FinancialYear;
import uk.raa.finance.domain.partnership.MembershipPeriod;
import uk.raa.finance.domain.partnership.Partnership;
import uk.raa.finance.domain.partnership.ProRata;
import uk.raa.finance.domain.partnership.Standing;
import uk.raa.finance.domain.rules.DomainRuleViolation;

/**
 * Herefordshire joins ACE on 1 July 2019: 275 of 2019/20's 366 days. Founders' 2018/19 baselines are in
 * {@link AceFixture}; the ACE average is 3,500,000 / 110 = 31,818.1818... per adoption.
 */
class ContributionCalculatorTest {

    private final ContributionCalculator calculator = new ContributionCalculator();

    private ContributionOutcome herefordshire2019(Money spend, int adoptions, List<BoardDecision> decisions,
                                                  List<GrantAllocation> grants) {
        return calculator.calculate(Y2019, AceFixture.withHerefordshire(),
                AceFixture.baselinesWithHerefordshire(spend, adoptions), AceFixture.terms2019(), decisions, grants);
    }

    private static MemberContribution of(ContributionOutcome outcome, AuthorityCode m) {
        return outcome.contributionOf(m).orElseThrow();
    }

    private static void assertFoundersPayTheirAgreedBaselines(ContributionOutcome outcome) {
        assertEquals(Money.of(1_200_000), of(outcome, COVENTRY).contribution());
        assertEquals(Money.of(600_000), of(outcome, SOLIHULL).contribution());
        assertEquals(Money.of(900_000), of(outcome, WARWICKSHIRE).contribution());
        assertEquals(Money.of(800_000), of(outcome, WORCESTERSHIRE).contribution());
    }

    @Nested
    class JoinerAtOrAboveAverage {

        // Herefordshire 2018/19: £330,000 / 10 adoptions = £33,000 ≥ £31,818.18
        private final ContributionOutcome outcome = herefordshire2019(Money.of(330_000), 10, List.of(), List.of());

        @Test
        void paysItsInScopeSpendProRated() {
            MemberContribution h = of(outcome, HEREFORDSHIRE);
            assertEquals(Standing.JOINER, h.standing());
            assertEquals(new ProRata(275, 366), h.proRata());
            // 330,000 × 275 / 366 = 90,750,000 / 366 = 247,950.819... → 247,950.82
            assertEquals(Money.of("247950.82"), h.contribution());
            JoinerAssessment a = h.joinerAssessment();
            assertEquals(GapStatus.NO_GAP, a.gapStatus());
            assertFalse(a.needsBoardDecision());
            assertEquals(Money.ZERO, a.fullYearGap());
            assertEquals(Money.of("33000.00"), a.joinerUnitCost().forDisplay());
            assertEquals(Money.of("31818.18"), a.agencyAverageUnitCost().forDisplay());
            assertEquals(Y2018, a.baselineYear());
        }

        @Test
        void hasNoAdverseImpact() {
            AdverseImpact impact = outcome.adverseImpacts().get(0);
            // expected cost = 3,500,000/110 × 10 × 275/366 = 87,500,000 / 366 = 239,071.038... → 239,071.04
            assertEquals(Money.of("239071.04"), impact.expectedCost());
            // 247,950.82 covers 239,071.04: no shortfall
            assertEquals(Money.ZERO, impact.shortfall());
            assertEquals(Money.ZERO, impact.amount());
            assertTrue(impact.noAdverseImpact());
            assertTrue(outcome.noAdverseImpact());
            impact.allocation().forEach(s -> assertEquals(Money.ZERO, s.share()));
        }

        @Test
        void foundersStillPayTheirAgreedBaselines() {
            assertFoundersPayTheirAgreedBaselines(outcome);
        }
    }

    @Nested
    class JoinerBelowAverage {

        // Herefordshire 2018/19: £280,000 / 10 adoptions = £28,000 < £31,818.18
        // gap per adoption = 3,500,000/110 − 28,000 = 42,000/11 = 3,818.1818...
        // full-year gap = 420,000/11 = 38,181.8181... → 38,181.82
        // pro-rated gap = 420,000/11 × 275/366 = 10,500,000/366 = 28,688.5245... → 28,688.52
        // pro-rated spend = 280,000 × 275/366 = 77,000,000/366 = 210,382.5136... → 210,382.51
        // expected cost = 87,500,000/366 = 239,071.0382... = spend + gap, exactly
        private static final Money SPEND = Money.of(280_000);

        private ContributionOutcome withDecision(BoardDecision decision) {
            return herefordshire2019(SPEND, 10, decision == null ? List.of() : List.of(decision), List.of());
        }

        @Test
        void withoutADecisionTheGapIsFlaggedAndTheImpactShown() {
            ContributionOutcome outcome = withDecision(null);
            JoinerAssessment a = of(outcome, HEREFORDSHIRE).joinerAssessment();
            assertEquals(GapStatus.AWAITING_BOARD_DECISION, a.gapStatus());
            assertTrue(a.needsBoardDecision());
            assertEquals(Money.of("38181.82"), a.fullYearGap());
            assertEquals(Money.of("28688.52"), a.proRatedGap());
            assertEquals(Money.of("210382.51"), a.proRatedSpend());
            assertEquals(Money.of("210382.51"), of(outcome, HEREFORDSHIRE).contribution());
            AdverseImpact impact = outcome.adverseImpacts().get(0);
            assertEquals(Money.of("28688.52"), impact.amount());
            assertEquals(GapStatus.AWAITING_BOARD_DECISION, impact.gapStatus());
            assertNull(impact.decisionKind());
        }

        @Test
        void closeInFullMakesTheJoinerPayTheExpectedCost() {
            ContributionOutcome outcome = withDecision(BoardDecision.closeInFull(HEREFORDSHIRE, Y2019));
            MemberContribution h = of(outcome, HEREFORDSHIRE);
            // (77,000,000 + 10,500,000) / 366 = 87,500,000 / 366 → 239,071.04
            assertEquals(Money.of("239071.04"), h.contribution());
            assertEquals(Money.of("28688.52"), h.joinerAssessment().gapClosedByJoiner());
            assertEquals(GapStatus.DECIDED, h.joinerAssessment().gapStatus());
            AdverseImpact impact = outcome.adverseImpacts().get(0);
            assertEquals(Money.ZERO, impact.amount());
            assertTrue(impact.noAdverseImpact());
            assertFoundersPayTheirAgreedBaselines(outcome);
        }

        @Test
        void closeInPartLeavesTheRestAsAdverseImpact() {
            ContributionOutcome outcome = withDecision(
                    BoardDecision.closeInPart(HEREFORDSHIRE, Y2019, Money.of(20_000)));
            // 210,382.5136... + 20,000 = 230,382.5136... → 230,382.51
            assertEquals(Money.of("230382.51"), of(outcome, HEREFORDSHIRE).contribution());
            // 28,688.5245... − 20,000 = 8,688.5245... → 8,688.52
            AdverseImpact impact = outcome.adverseImpacts().get(0);
            assertEquals(Money.of("8688.52"), impact.amount());
            assertEquals(BoardDecisionKind.CLOSE_IN_PART, impact.decisionKind());
            assertFalse(outcome.noAdverseImpact());
        }

        @Test
        void phasedCountsThisYearsInstalment() {
            ContributionOutcome outcome = withDecision(BoardDecision.phased(HEREFORDSHIRE, Y2019, Money.of(10_000)));
            // 210,382.5136... + 10,000 → 220,382.51; impact 28,688.5245... − 10,000 → 18,688.52
            assertEquals(Money.of("220382.51"), of(outcome, HEREFORDSHIRE).contribution());
            assertEquals(Money.of("18688.52"), outcome.adverseImpacts().get(0).amount());
            assertEquals(BoardDecisionKind.PHASED, outcome.adverseImpacts().get(0).decisionKind());
        }

        @Test
        void waivedGapIsVisibleAsAdverseImpactAndAllocatedToTheFounders() {
            ContributionOutcome outcome = withDecision(BoardDecision.waived(HEREFORDSHIRE, Y2019));
            assertEquals(Money.of("210382.51"), of(outcome, HEREFORDSHIRE).contribution());
            AdverseImpact impact = outcome.adverseImpacts().get(0);
            assertEquals(GapStatus.DECIDED, impact.gapStatus());
            assertEquals(BoardDecisionKind.WAIVED, impact.decisionKind());
            // the impact is exactly the pro-rated gap: 28,688.52
            assertEquals(Money.of("28688.52"), impact.amount());
            assertFalse(impact.noAdverseImpact());
            // 2,868,852p by contributions 1.2m : 0.6m : 0.9m : 0.8m (12:6:9:8 of 35)
            // exact 983,606.4 / 491,803.2 / 737,704.8 / 655,737.6 → the 2 spare pennies go to .8 and .6
            assertEquals(List.of(
                            new AdverseImpactShare(COVENTRY, Money.of(1_200_000), Money.of("9836.06")),
                            new AdverseImpactShare(SOLIHULL, Money.of(600_000), Money.of("4918.03")),
                            new AdverseImpactShare(WARWICKSHIRE, Money.of(900_000), Money.of("7377.05")),
                            new AdverseImpactShare(WORCESTERSHIRE, Money.of(800_000), Money.of("6557.38"))),
                    impact.allocation());
            assertEquals(impact.amount(), Money.sum(impact.allocation().stream().map(AdverseImpactShare::share).toList()));
            assertEquals(Money.of("9836.06"), outcome.adverseImpactShareOf(COVENTRY));
            assertEquals(Money.ZERO, outcome.adverseImpactShareOf(HEREFORDSHIRE));
            // the founders' contributions themselves are untouched
            assertFoundersPayTheirAgreedBaselines(outcome);
        }

        @Test
        void grantTheBoardAssignsReducesTheImpactVisibly() {
            GrantAllocation grant = new GrantAllocation(FundingKind.DFE_IMPLEMENTATION_GRANT, Y2019, HEREFORDSHIRE,
                    FundingDefaults.dfeImplementationGrant(), Money.of(40_000), Money.of(20_000), Money.of(20_000));
            ContributionOutcome outcome = herefordshire2019(SPEND, 10,
                    List.of(BoardDecision.waived(HEREFORDSHIRE, Y2019)), List.of(grant));
            AdverseImpact impact = outcome.adverseImpacts().get(0);
            assertEquals(Money.of("28688.52"), impact.shortfall());
            assertEquals(Money.of(20_000), impact.fundingAssigned());
            assertEquals(Money.of(20_000), impact.fundingApplied());
            // 28,688.5245... − 20,000 → 8,688.52
            assertEquals(Money.of("8688.52"), impact.amount());
        }

        @Test
        void fundingBeyondTheShortfallIsNotCountedTwice() {
            GrantAllocation grant = new GrantAllocation(FundingKind.TRANSITIONAL_FUNDING, Y2019, HEREFORDSHIRE,
                    Money.of(50_000), Money.ZERO, Money.of(50_000), Money.of(50_000));
            ContributionOutcome outcome = herefordshire2019(SPEND, 10, List.of(), List.of(grant));
            AdverseImpact impact = outcome.adverseImpacts().get(0);
            // shortfall 28,688.52 is all covered; only that much of the 50,000 is applied
            assertEquals(Money.of("28688.52"), impact.fundingApplied());
            assertEquals(Money.ZERO, impact.amount());
            assertTrue(impact.noAdverseImpact());
        }

        @Test
        void closingMoreThanTheGapIsRejected() {
            DomainRuleViolation v = assertThrows(DomainRuleViolation.class, () -> withDecision(
                    BoardDecision.closeInPart(HEREFORDSHIRE, Y2019, Money.of("28688.53"))));
            assertEquals("decision-amount-within-gap", v.rule());
            assertEquals("amount", v.field());
        }

        @Test
        void closingInPartUpToTheRoundedGapLeavesNoImpact() {
            ContributionOutcome outcome = withDecision(
                    BoardDecision.closeInPart(HEREFORDSHIRE, Y2019, Money.of("28688.52")));
            // 28,688.5245... − 28,688.52 = 0.0045... → 0.00
            assertEquals(Money.ZERO, outcome.adverseImpacts().get(0).amount());
        }
    }

    @Test
    void aDecisionWhenThereIsNoGapIsRejected() {
        DomainRuleViolation v = assertThrows(DomainRuleViolation.class, () -> herefordshire2019(Money.of(330_000), 10,
                List.of(BoardDecision.waived(HEREFORDSHIRE, Y2019)), List.of()));
        assertEquals("board-decision-requires-gap", v.rule());
    }

    @Test
    void aDecisionForAnExistingMemberIsRejected() {
        DomainRuleViolation v = assertThrows(DomainRuleViolation.class, () -> herefordshire2019(Money.of(280_000), 10,
                List.of(BoardDecision.waived(COVENTRY, Y2019)), List.of()));
        assertEquals("board-decision-for-joiner", v.rule());
    }

    @Test
    void joinerWithZeroAdoptionsCannotBeAssessed() {
        DomainRuleViolation v = assertThrows(DomainRuleViolation.class,
                () -> herefordshire2019(Money.of(280_000), 0, List.of(), List.of()));
        assertEquals("unit-cost-requires-adoptions", v.rule());
        assertEquals("adoptions", v.field());
    }

    @Test
    void joinerWithoutABaselineCannotBeAssessed() {
        DomainRuleViolation v = assertThrows(DomainRuleViolation.class, () -> calculator.calculate(Y2019,
                AceFixture.withHerefordshire(), AceFixture.founderBaselines2018(), AceFixture.terms2019(),
                List.of(), List.of()));
        assertEquals("joiner-requires-baseline", v.rule());
    }

    @Test
    void averageNeedsEveryExistingMembersBaseline() {
        List<Baseline> missingSolihull = new ArrayList<>(AceFixture.baselinesWithHerefordshire(Money.of(280_000), 10));
        missingSolihull.removeIf(b -> b.member().equals(SOLIHULL));
        DomainRuleViolation v = assertThrows(DomainRuleViolation.class, () -> calculator.calculate(Y2019,
                AceFixture.withHerefordshire(), missingSolihull, AceFixture.terms2019(), List.of(), List.of()));
        assertEquals("average-requires-baseline-for-every-existing-member", v.rule());
    }

    @Test
    void foundersContributionsAreIdenticalWithAndWithoutAJoiner() {
        ContributionOutcome without = calculator.calculate(Y2019, AceFixture.foundersOnly(),
                AceFixture.founderBaselines2018(), AceFixture.terms2019(), List.of(), List.of());
        ContributionOutcome with = herefordshire2019(Money.of(280_000), 10,
                List.of(BoardDecision.waived(HEREFORDSHIRE, Y2019)), List.of());
        for (AuthorityCode founder : FOUNDERS) {
            assertEquals(of(without, founder), of(with, founder));
        }
        // founders alone: 1.2m + 0.6m + 0.9m + 0.8m = 3.5m; with Herefordshire + 210,382.51
        assertEquals(Money.of(3_500_000), without.totalContributions());
        assertEquals(Money.of("3710382.51"), with.totalContributions());
        assertTrue(without.adverseImpacts().isEmpty());
    }

    @Test
    void upliftAppliesToTheAgreedBaseline() {
        AgreementTerms terms = AgreementTerms.fromBaselines(Y2019, AceFixture.founderBaselines2018(),
                new BigDecimal("0.02"));
        ContributionOutcome outcome = calculator.calculate(Y2019, AceFixture.foundersOnly(),
                AceFixture.founderBaselines2018(), terms, List.of(), List.of());
        // 1,200,000 × 1.02 = 1,224,000; 600,000 × 1.02 = 612,000
        assertEquals(Money.of(1_224_000), of(outcome, COVENTRY).contribution());
        assertEquals(Money.of(612_000), of(outcome, SOLIHULL).contribution());
    }

    @Test
    void memberLeavingPartWayIsProRated() {
        List<MembershipPeriod> periods = new ArrayList<>(List.of(
                MembershipPeriod.open(COVENTRY, LAUNCH), MembershipPeriod.open(SOLIHULL, LAUNCH),
                MembershipPeriod.open(WARWICKSHIRE, LAUNCH),
                MembershipPeriod.between(WORCESTERSHIRE, LAUNCH, LocalDate.of(2019, 9, 30))));
        ContributionOutcome outcome = calculator.calculate(Y2019, new Partnership("ace", periods),
                AceFixture.founderBaselines2018(), AceFixture.terms2019(), List.of(), List.of());
        MemberContribution w = of(outcome, WORCESTERSHIRE);
        // 1 April to 30 September 2019 = 183 of 366 days; 800,000 × 183/366 = 400,000.00
        assertEquals(new ProRata(183, 366), w.proRata());
        assertEquals(Money.of(400_000), w.contribution());
        assertEquals(Money.of(1_200_000), of(outcome, COVENTRY).contribution());
    }

    @Test
    void foundersFirstPartYearIsProRated() {
        AgreementTerms terms = AgreementTerms.withoutUplift(FinancialYear.of(2017), Map.of(
                COVENTRY, Money.of(1_200_000), SOLIHULL, Money.of(600_000),
                WARWICKSHIRE, Money.of(900_000), WORCESTERSHIRE, Money.of(800_000)));
        ContributionOutcome outcome = calculator.calculate(FinancialYear.of(2017), AceFixture.foundersOnly(),
                List.of(), terms, List.of(), List.of());
        // 1 Feb to 31 Mar 2018 = 59 of 365 days; 1,200,000 × 59/365 = 70,800,000/365 = 193,972.602... → 193,972.60
        assertEquals(Standing.EXISTING, of(outcome, COVENTRY).standing());
        assertEquals(Money.of("193972.60"), of(outcome, COVENTRY).contribution());
        assertTrue(outcome.adverseImpacts().isEmpty());
    }

    @Test
    void joinerIsAnOrdinaryMemberFromItsSecondYear() {
        AgreementTerms terms2020 = AgreementTerms.withoutUplift(Y2020, Map.of(
                COVENTRY, Money.of(1_200_000), SOLIHULL, Money.of(600_000), WARWICKSHIRE, Money.of(900_000),
                WORCESTERSHIRE, Money.of(800_000), HEREFORDSHIRE, Money.of(280_000)));
        // No 2019/20 baselines are needed: nobody joins in 2020/21.
        ContributionOutcome outcome = calculator.calculate(Y2020, AceFixture.withHerefordshire(), List.of(), terms2020,
                List.of(), List.of());
        MemberContribution h = of(outcome, HEREFORDSHIRE);
        assertEquals(Standing.EXISTING, h.standing());
        assertNull(h.joinerAssessment());
        // full year 365/365 of its agreed baseline
        assertEquals(new ProRata(365, 365), h.proRata());
        assertEquals(Money.of(280_000), h.contribution());
        assertTrue(outcome.adverseImpacts().isEmpty());
    }

    @Test
    void existingMemberWithoutAnAgreedBaselineIsAViolation() {
        AgreementTerms terms = AgreementTerms.withoutUplift(Y2019, Map.of(COVENTRY, Money.of(1_200_000)));
        DomainRuleViolation v = assertThrows(DomainRuleViolation.class, () -> calculator.calculate(Y2019,
                AceFixture.foundersOnly(), AceFixture.founderBaselines2018(), terms, List.of(), List.of()));
        assertEquals("contribution-requires-agreed-baseline", v.rule());
        assertEquals("agreedBaselines", v.field());
    }

    @Test
    void termsForAnotherYearAreRejected() {
        DomainRuleViolation v = assertThrows(DomainRuleViolation.class, () -> calculator.calculate(Y2020,
                AceFixture.foundersOnly(), List.of(), AceFixture.terms2019(), List.of(), List.of()));
        assertEquals("terms-for-year", v.rule());
    }
}
