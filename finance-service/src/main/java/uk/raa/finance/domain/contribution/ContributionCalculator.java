package uk.raa.finance.domain.contribution;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import uk.raa.finance.domain.money.Fraction;
import uk.raa.finance.domain.money.LargestRemainder;
import uk.raa.finance.domain.money.Money;
import uk.raa.finance.domain.partnership.AuthorityCode;
import uk.raa.finance.domain.partnership.FinancialYear;
import uk.raa.finance.domain.partnership.MembershipPeriod;
import uk.raa.finance.domain.partnership.Partnership;
import uk.raa.finance.domain.partnership.ProRata;
import uk.raa.finance.domain.partnership.Standing;
import uk.raa.finance.domain.rules.DomainRuleViolation;

/**
 * The host-agreement contribution rules of DOMAIN.md §7 for one financial year. All arithmetic is exact
 * ({@link Fraction}); each published amount is rounded half up to the penny once, and adverse impacts are split
 * by largest remainder so the parts add up.
 */
public final class ContributionCalculator {

    public ContributionOutcome calculate(FinancialYear year, Partnership partnership, Collection<Baseline> baselines,
                                         AgreementTerms terms, Collection<BoardDecision> decisions,
                                         Collection<GrantAllocation> grants) {
        DomainRuleViolation.required(year, "year");
        DomainRuleViolation.required(partnership, "partnership");
        DomainRuleViolation.required(baselines, "baselines");
        DomainRuleViolation.required(terms, "terms");
        DomainRuleViolation.required(decisions, "decisions");
        DomainRuleViolation.required(grants, "grants");
        DomainRuleViolation.require(terms.year().equals(year), "terms-for-year", "terms",
                "agreement terms must be for the financial year being calculated");

        FinancialYear baselineYear = year.previous();
        Map<AuthorityCode, Baseline> baselineYearFigures = baselinesFor(baselineYear, baselines);
        Map<AuthorityCode, BoardDecision> decisionsByJoiner = decisionsFor(year, decisions);

        List<MembershipPeriod> existing = new ArrayList<>();
        List<MembershipPeriod> joiners = new ArrayList<>();
        for (MembershipPeriod period : partnership.membershipsDuring(year)) {
            if (partnership.standingIn(period.member(), year) == Standing.JOINER) {
                joiners.add(period);
            } else {
                existing.add(period);
            }
        }
        for (AuthorityCode decided : decisionsByJoiner.keySet()) {
            DomainRuleViolation.require(joiners.stream().anyMatch(j -> j.member().equals(decided)),
                    "board-decision-for-joiner", "decisions",
                    "a Board decision on a gap can only be recorded for a member in its joining year");
        }

        List<MemberContribution> contributions = new ArrayList<>();
        for (MembershipPeriod period : existing) {
            contributions.add(existingMemberContribution(period, year, terms));
        }

        UnitCost average = joiners.isEmpty() ? null : agencyAverage(existing, baselineYearFigures);
        Map<AuthorityCode, Fraction> exactJoinerContribution = new HashMap<>();
        for (MembershipPeriod period : joiners) {
            Baseline own = baselineYearFigures.get(period.member());
            DomainRuleViolation.require(own != null, "joiner-requires-baseline", "baselines",
                    "a joiner needs a baseline for the financial year before it joins");
            JoinerCalculation calc = joinerContribution(period, year, own, average,
                    decisionsByJoiner.get(period.member()));
            exactJoinerContribution.put(period.member(), calc.exactContribution());
            contributions.add(new MemberContribution(period.member(), year, Standing.JOINER,
                    period.proRataFor(year), own.inScopeSpend(), BigDecimal.ZERO, calc.assessment().contribution(),
                    calc.assessment()));
        }

        List<AdverseImpact> impacts = new ArrayList<>();
        List<MemberContribution> bearers = contributions.stream()
                .filter(c -> c.standing() == Standing.EXISTING).toList();
        for (MembershipPeriod period : joiners) {
            MemberContribution joiner = contributions.stream()
                    .filter(c -> c.member().equals(period.member())).findFirst().orElseThrow();
            impacts.add(adverseImpact(joiner, exactJoinerContribution.get(period.member()), average,
                    fundingTowardsShortfall(period.member(), year, grants), bearers));
        }
        checkFundingIsForJoiners(year, grants, joiners);
        return new ContributionOutcome(year, contributions, impacts);
    }

    private static MemberContribution existingMemberContribution(MembershipPeriod period, FinancialYear year,
                                                                 AgreementTerms terms) {
        Money agreed = terms.agreedBaseline(period.member()).orElseThrow(() -> new DomainRuleViolation(
                "contribution-requires-agreed-baseline", "agreedBaselines",
                "every existing member needs an agreed baseline for the year"));
        ProRata proRata = period.proRataFor(year);
        // Founders' contribution = agreed baseline × (1 + uplift), pro-rated only for part-year membership.
        Fraction exact = proRata.applyTo(agreed.exact().times(BigDecimal.ONE.add(terms.uplift())));
        return new MemberContribution(period.member(), year, Standing.EXISTING, proRata, agreed, terms.uplift(),
                exact.toMoney(), null);
    }

    private static UnitCost agencyAverage(List<MembershipPeriod> existing, Map<AuthorityCode, Baseline> figures) {
        List<Baseline> existingFigures = new ArrayList<>();
        for (MembershipPeriod period : existing) {
            Baseline b = figures.get(period.member());
            DomainRuleViolation.require(b != null, "average-requires-baseline-for-every-existing-member", "baselines",
                    "the agency average needs every existing member's baseline for the baseline year");
            existingFigures.add(b);
        }
        return UnitCost.weightedAverage(existingFigures);
    }

    private record JoinerCalculation(JoinerAssessment assessment, Fraction exactContribution) {
    }

    private static JoinerCalculation joinerContribution(MembershipPeriod period, FinancialYear year, Baseline own,
                                                        UnitCost average, BoardDecision decision) {
        UnitCost joinerUnitCost = own.unitCost();
        ProRata proRata = period.proRataFor(year);
        Fraction proRatedSpend = proRata.applyTo(own.inScopeSpend().exact());
        Fraction fullYearGap = Fraction.ZERO;
        if (joinerUnitCost.isBelow(average)) {
            fullYearGap = average.exact().minus(joinerUnitCost.exact()).times(BigDecimal.valueOf(own.adoptions()));
        }
        Fraction proRatedGap = proRata.applyTo(fullYearGap);

        GapStatus status;
        Fraction closed;
        if (fullYearGap.signum() == 0) {
            DomainRuleViolation.require(decision == null, "board-decision-requires-gap", "decisions",
                    "there is no gap to decide on: the joiner's unit cost is not below the average");
            status = GapStatus.NO_GAP;
            closed = Fraction.ZERO;
        } else if (decision == null) {
            status = GapStatus.AWAITING_BOARD_DECISION;
            closed = Fraction.ZERO;
        } else {
            status = GapStatus.DECIDED;
            closed = switch (decision.kind()) {
                case CLOSE_IN_FULL -> proRatedGap;
                case CLOSE_IN_PART, PHASED -> {
                    DomainRuleViolation.require(decision.amount().compareTo(proRatedGap.toMoney()) <= 0,
                            "decision-amount-within-gap", "amount",
                            "the amount closed cannot exceed this year's pro-rated gap");
                    yield decision.amount().exact();
                }
                case WAIVED -> Fraction.ZERO;
            };
        }
        Fraction contribution = proRatedSpend.plus(closed);
        JoinerAssessment assessment = new JoinerAssessment(period.member(), year, year.previous(), joinerUnitCost,
                average, proRata, proRatedSpend.toMoney(), fullYearGap.toMoney(), proRatedGap.toMoney(), status,
                decision, closed.toMoney(), contribution.toMoney());
        return new JoinerCalculation(assessment, contribution);
    }

    private static AdverseImpact adverseImpact(MemberContribution joiner, Fraction exactContribution,
                                               UnitCost average, Money fundingAssigned,
                                               List<MemberContribution> bearers) {
        JoinerAssessment a = joiner.joinerAssessment();
        // Expected cost of the joiner's activity = average × adoptions × pro-rata, exactly.
        Fraction expectedCost = joiner.proRata().applyTo(
                average.exact().times(BigDecimal.valueOf(a.joinerUnitCost().adoptions())));
        Fraction shortfall = expectedCost.minus(exactContribution).max(Fraction.ZERO);
        Fraction applied = fundingAssigned.exact().min(shortfall);
        Fraction amount = shortfall.minus(applied);
        Money published = amount.toMoney();

        List<AdverseImpactShare> allocation = new ArrayList<>();
        if (!bearers.isEmpty()) {
            List<Money> parts = LargestRemainder.split(published,
                    bearers.stream().map(b -> b.contribution().amount()).toList());
            for (int i = 0; i < bearers.size(); i++) {
                allocation.add(new AdverseImpactShare(bearers.get(i).member(), bearers.get(i).contribution(),
                        parts.get(i)));
            }
        }
        return new AdverseImpact(joiner.member(), joiner.year(), expectedCost.toMoney(), joiner.contribution(),
                shortfall.toMoney(), fundingAssigned, applied.toMoney(), published, a.gapStatus(),
                a.decision() == null ? null : a.decision().kind(), allocation);
    }

    private static Money fundingTowardsShortfall(AuthorityCode joiner, FinancialYear year,
                                                 Collection<GrantAllocation> grants) {
        return Money.sum(grants.stream().filter(g -> g.year().equals(year) && g.joiner().equals(joiner))
                .map(GrantAllocation::towardsShortfall).toList());
    }

    private static void checkFundingIsForJoiners(FinancialYear year, Collection<GrantAllocation> grants,
                                                 List<MembershipPeriod> joiners) {
        for (GrantAllocation g : grants) {
            DomainRuleViolation.require(g.year().equals(year), "funding-for-year", "grants",
                    "grant allocations must be for the financial year being calculated");
            boolean joining = joiners.stream().anyMatch(j -> j.member().equals(g.joiner()));
            DomainRuleViolation.require(joining || g.towardsShortfall().isZero(), "shortfall-funding-for-joiner",
                    "towardsShortfall", "funding can only cover the shortfall of a member in its joining year");
        }
    }

    private static Map<AuthorityCode, Baseline> baselinesFor(FinancialYear baselineYear,
                                                             Collection<Baseline> baselines) {
        Map<AuthorityCode, Baseline> byMember = new HashMap<>();
        for (Baseline b : baselines) {
            if (b.year().equals(baselineYear)) {
                DomainRuleViolation.require(byMember.put(b.member(), b) == null, "one-baseline-per-member-and-year",
                        "baselines", "each member may have only one baseline per financial year");
            }
        }
        return byMember;
    }

    private static Map<AuthorityCode, BoardDecision> decisionsFor(FinancialYear year,
                                                                  Collection<BoardDecision> decisions) {
        Map<AuthorityCode, BoardDecision> byJoiner = new HashMap<>();
        for (BoardDecision d : decisions) {
            DomainRuleViolation.require(d.year().equals(year), "decision-for-year", "decisions",
                    "Board decisions must be for the financial year being calculated");
            DomainRuleViolation.require(byJoiner.put(d.joiner(), d) == null, "one-decision-per-joiner-and-year",
                    "decisions", "only one Board decision per joiner and year");
        }
        return byJoiner;
    }
}
