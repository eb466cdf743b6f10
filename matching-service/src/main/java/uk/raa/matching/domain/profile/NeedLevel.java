package uk.raa.matching.domain.profile;

/**
 * Graded level of need (for a child) or of need a household accepts. Ordered: a household accepting a level
 * accepts every lower level too.
 */
public enum NeedLevel {
    NONE,
    LOW,
    MEDIUM,
    HIGH;

    /** Whether a household accepting this level can meet a child whose need is {@code childNeed}. */
    public boolean covers(NeedLevel childNeed) {
        return compareTo(childNeed) >= 0;
    }

    /** Levels of headroom between this acceptance and a child's need; negative when it does not cover it. */
    public int marginOver(NeedLevel childNeed) {
        return ordinal() - childNeed.ordinal();
    }
}
