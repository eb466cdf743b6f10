package uk.raa.finance.domain.contribution;

/** What the Board decides about a joiner's gap to the agency average unit cost (seed 002 §5.2). */
public enum BoardDecisionKind {
    /** The joiner pays the whole pro-rated gap on top of its in-scope spend. */
    CLOSE_IN_FULL,
    /** The joiner pays an agreed part of the gap this year. */
    CLOSE_IN_PART,
    /** The gap is closed over several years; the amount is this year's instalment. */
    PHASED,
    /** The joiner pays none of the gap; the shortfall shows as an adverse impact. */
    WAIVED;

    public boolean needsAmount() {
        return this == CLOSE_IN_PART || this == PHASED;
    }
}
