package uk.raa.children.domain.journey;

/** Where a child stands in the adoption journey at a date. */
public enum JourneyStatus {
    /** Looked after with no should-be-placed decision or placement order recorded. */
    NO_ADOPTION_PLAN,
    /** A plan for adoption and no match that still stands. */
    WAITING,
    /** Matched with a family, not yet placed. */
    MATCHED,
    /** Placed for adoption, no order yet. */
    PLACED,
    ADOPTED,
    /** The should-be-placed decision was reversed. */
    REVERSED
}
