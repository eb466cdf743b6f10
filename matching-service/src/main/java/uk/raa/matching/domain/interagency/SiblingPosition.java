package uk.raa.matching.domain.interagency;

/** Position of a child within its match; fee schedules have separate rates for second and later siblings. */
public enum SiblingPosition {
    FIRST,
    SECOND_OR_LATER
}
