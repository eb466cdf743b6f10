package uk.raa.children.domain.scorecard;

/** The child-timeliness indicators of the DfE adoption scorecard (definitions in docs/scorecard.md). */
public enum ScorecardIndicator {
    /** Mean days entering care to moving in with the adoptive family. */
    A1,
    /** A1 with the clock stopped when the child moved in with the foster carers who adopted it. */
    A10,
    /** Mean days court authority to place to match decision. */
    A2,
    /** Number and % moved in with the adoptive family less than N calendar months after entering care. */
    A3
}
