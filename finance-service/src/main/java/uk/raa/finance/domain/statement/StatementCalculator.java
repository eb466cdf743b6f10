package uk.raa.finance.domain.statement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import uk.raa.finance.domain.contribution.AgreementTerms;
import uk.raa.finance.domain.contribution.Baseline;
import uk.raa.finance.domain.contribution.BoardDecision;
import uk.raa.finance.domain.contribution.ContributionCalculator;
import uk.raa.finance.domain.contribution.ContributionOutcome;
import uk.raa.finance.domain.contribution.GapStatus;
import uk.raa.finance.domain.contribution.GrantAllocation;
import uk.raa.finance.domain.contribution.MemberContribution;
import uk.raa.finance.domain.fees.FeeSchedule;
import uk.raa.finance.domain.fees.InterAgencyClassification;
import uk.raa.finance.domain.fees.InterAgencyClassifier;
import uk.raa.finance.domain.fees.InterAgencyFee;
import uk.raa.finance.domain.fees.InterAgencyPlacement;
import uk.raa.finance.domain.money.Money;
import uk.raa.finance.domain.partnership.AuthorityCode;
import uk.raa.finance.domain.partnership.FinancialYear;
import uk.raa.finance.domain.partnership.Partnership;
import uk.raa.finance.domain.rules.DomainRuleViolation;

/**
 * Builds the statements for a financial year: contributions, joiners' gaps and Board decisions, adverse impact
 * and its allocation, inter-agency fees and grants. Payable fees are shown on the statement of the member whose
 * child was placed; receivable fees are agency income and appear in the agency totals.
 */
public final class StatementCalculator {

    private final ContributionCalculator contributions = new ContributionCalculator();
    private final InterAgencyClassifier classifier;

    public StatementCalculator(FeeSchedule feeSchedule) {
        this.classifier = new InterAgencyClassifier(feeSchedule);
    }

    public YearStatement statementFor(FinancialYear year, Partnership partnership, Collection<Baseline> baselines,
                                      AgreementTerms terms, Collection<BoardDecision> decisions,
                                      Collection<GrantAllocation> grants, Collection<InterAgencyPlacement> placements) {
        DomainRuleViolation.required(placements, "placements");
        ContributionOutcome outcome = contributions.calculate(year, partnership, baselines, terms, decisions, grants);

        List<InterAgencyFee> fees = new ArrayList<>();
        for (InterAgencyPlacement p : placements) {
            DomainRuleViolation.require(year.contains(p.movedIn()), "placement-in-year", "movedIn",
                    "placements must have moved in during the financial year");
            fees.add(classifier.price(partnership, p));
        }

        List<MemberStatement> members = new ArrayList<>();
        for (MemberContribution c : outcome.contributions()) {
            members.add(new MemberStatement(c.member(), year, c.standing(), c.proRata(), c.annualBasis(), c.uplift(),
                    c.contribution(), c.joinerAssessment(), outcome.adverseImpactShareOf(c.member()),
                    feesPayableBy(c.member(), fees), grantsTo(c.member(), grants)));
        }

        int awaiting = (int) outcome.contributions().stream()
                .filter(c -> c.joinerAssessment() != null
                        && c.joinerAssessment().gapStatus() == GapStatus.AWAITING_BOARD_DECISION)
                .count();
        AgencyTotals totals = new AgencyTotals(outcome.totalContributions(), outcome.totalAdverseImpact(),
                outcome.noAdverseImpact(), awaiting,
                feeTotal(fees, InterAgencyClassification.PAYABLE), feeTotal(fees, InterAgencyClassification.RECEIVABLE),
                Money.sum(grants.stream().map(GrantAllocation::toJoiner).toList()),
                Money.sum(grants.stream().map(GrantAllocation::toAgency).toList()),
                Money.sum(grants.stream().map(GrantAllocation::towardsShortfall).toList()));
        return new YearStatement(partnership.agency(), year, members, outcome.adverseImpacts(), fees,
                List.copyOf(grants), totals);
    }

    private static Money feesPayableBy(AuthorityCode member, List<InterAgencyFee> fees) {
        return Money.sum(fees.stream()
                .filter(f -> f.classification() == InterAgencyClassification.PAYABLE
                        && f.placement().childAuthority().equals(member))
                .map(InterAgencyFee::fee).toList());
    }

    private static Money feeTotal(List<InterAgencyFee> fees, InterAgencyClassification classification) {
        return Money.sum(fees.stream().filter(f -> f.classification() == classification)
                .map(InterAgencyFee::fee).toList());
    }

    private static Money grantsTo(AuthorityCode member, Collection<GrantAllocation> grants) {
        return Money.sum(grants.stream().filter(g -> g.joiner().equals(member))
                .map(GrantAllocation::toJoiner).toList());
    }
}
