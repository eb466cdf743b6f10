package uk.raa.finance.domain.fees;

/** Fee schedules charge the first child of a sibling group differently from the others. */
public enum SiblingPosition {
    FIRST_CHILD,
    SECOND_OR_LATER
}
