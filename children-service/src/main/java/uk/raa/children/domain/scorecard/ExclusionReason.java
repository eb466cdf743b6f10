package uk.raa.children.domain.scorecard;

/** Why an adopted child in the period is not counted in an indicator. */
public enum ExclusionReason {
    /** A1, A3, A2: the order was made without the child being placed for adoption. */
    NOT_PLACED_FOR_ADOPTION,
    /** A2: no placement or freeing order (consent route). */
    NO_COURT_AUTHORITY,
    /** A2: placed for adoption on the day of the order, not before it. */
    NOT_PLACED_BEFORE_ORDER,
    /** A2: no match decision date recorded. */
    NO_MATCH_DECISION
}
