package uk.raa.finance.domain.contribution;

/** Where a joiner's gap to the agency average stands. */
public enum GapStatus {
    /** Unit cost at or above the average: the in-scope spend is the contribution. */
    NO_GAP,
    /** Unit cost below the average and no Board decision recorded yet. */
    AWAITING_BOARD_DECISION,
    /** Unit cost below the average and the Board's decision has been applied. */
    DECIDED
}
