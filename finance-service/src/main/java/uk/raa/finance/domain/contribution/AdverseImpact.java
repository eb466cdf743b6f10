package uk.raa.finance.domain.contribution;

import java.util.List;

import uk.raa.finance.domain.money.Money;
import uk.raa.finance.domain.partnership.AuthorityCode;
import uk.raa.finance.domain.partnership.FinancialYear;

/**
 * What a joiner's activity costs the agency that the joiner does not pay for, and who bears it
 * (DOMAIN.md §7, "shortfall and adverse impact").
 *
 * @param expectedCost           agency average unit cost × joiner adoptions × pro-rata
 * @param joinerContribution     the joiner's contribution, including any gap it closes
 * @param shortfall              expected cost not covered by the joiner's contribution (never below zero)
 * @param fundingAssigned        grant or transitional funding the Board assigned to the shortfall
 * @param fundingApplied         the part of that funding actually needed (at most the shortfall)
 * @param amount                 the adverse impact on existing partners: shortfall − funding applied
 * @param gapStatus              the state of the joiner's gap, so a waived or undecided gap is visible
 * @param decisionKind           the Board's decision, or null if none
 * @param allocation             the amount split over existing members pro-rata to their contributions;
 *                               the shares add up to {@code amount} exactly
 */
public record AdverseImpact(AuthorityCode joiner, FinancialYear year, Money expectedCost, Money joinerContribution,
                            Money shortfall, Money fundingAssigned, Money fundingApplied, Money amount,
                            GapStatus gapStatus, BoardDecisionKind decisionKind, List<AdverseImpactShare> allocation) {

    public AdverseImpact {
        allocation = List.copyOf(allocation);
    }

    /** The invariant the Board asked for: true only when existing partners bear nothing. */
    public boolean noAdverseImpact() {
        return amount.isZero();
    }
}
