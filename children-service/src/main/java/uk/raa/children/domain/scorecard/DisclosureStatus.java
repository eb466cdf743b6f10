package uk.raa.children.domain.scorecard;

/** How a cell of a published A3 table is shown. */
public enum DisclosureStatus {
    SHOWN,
    /** No children counted: there is no percentage to show (and nothing to hide). */
    NO_FIGURE,
    /** Failed the small-numbers rule itself. */
    PRIMARY_SUPPRESSED,
    /** Withheld only so that a primary-suppressed cell cannot be worked out from the cells that are shown. */
    SECONDARY_SUPPRESSED;

    public boolean suppressed() {
        return this == PRIMARY_SUPPRESSED || this == SECONDARY_SUPPRESSED;
    }
}
