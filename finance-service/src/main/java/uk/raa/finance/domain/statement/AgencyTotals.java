package uk.raa.finance.domain.statement;

import uk.raa.finance.domain.money.Money;

/**
 * The agency's totals for a financial year. Each total is the sum of the published (already rounded) lines.
 *
 * @param noAdverseImpact      the Board's invariant: true only when {@code adverseImpact} is zero
 * @param awaitingBoardDecisions joiners whose gap still needs a Board decision
 */
public record AgencyTotals(Money contributions, Money adverseImpact, boolean noAdverseImpact,
                           int awaitingBoardDecisions, Money feesPayable, Money feesReceivable,
                           Money grantsToJoiners, Money grantsToAgency, Money fundingTowardsShortfall) {
}
