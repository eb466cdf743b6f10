package uk.raa.finance.domain.contribution;

import uk.raa.finance.domain.money.Money;
import uk.raa.finance.domain.partnership.AuthorityCode;
import uk.raa.finance.domain.partnership.FinancialYear;
import uk.raa.finance.domain.partnership.ProRata;

/**
 * The seed 002 §5.2 test for a joiner in its first financial year: its unit cost in the baseline year against the
 * agency average of the existing members, the gap if it is below, and what the Board decided.
 *
 * @param proRatedSpend      the joiner's in-scope spend × pro-rata
 * @param fullYearGap        (average − joiner unit cost) × joiner adoptions, zero if at or above average
 * @param proRatedGap        full-year gap × pro-rata
 * @param gapClosedByJoiner  the part of the pro-rated gap the joiner pays under the Board's decision
 * @param contribution       proRatedSpend + gapClosedByJoiner (rounded once from the exact sum)
 */
public record JoinerAssessment(AuthorityCode member, FinancialYear year, FinancialYear baselineYear,
                               UnitCost joinerUnitCost, UnitCost agencyAverageUnitCost, ProRata proRata,
                               Money proRatedSpend, Money fullYearGap, Money proRatedGap, GapStatus gapStatus,
                               BoardDecision decision, Money gapClosedByJoiner, Money contribution) {

    public boolean needsBoardDecision() {
        return gapStatus == GapStatus.AWAITING_BOARD_DECISION;
    }

    public boolean belowAverage() {
        return gapStatus != GapStatus.NO_GAP;
    }
}
