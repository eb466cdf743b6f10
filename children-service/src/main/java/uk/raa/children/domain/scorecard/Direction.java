package uk.raa.children.domain.scorecard;

/** Direction of travel against the same-length period one year earlier, compared on published (rounded) figures. */
public enum Direction {
    IMPROVED,
    WORSENED,
    UNCHANGED,
    /** One of the two figures is absent, or (A3) the month threshold differs so the percentages measure different things. */
    NOT_COMPARABLE
}
