package uk.raa.matching.domain.search;

/** Rules that exclude a child–household pairing outright; a failure is never outweighed by points. */
public enum HardConstraint {
    /** The household is not approved and waiting (on hold, matched, placed, withdrawn). */
    HOUSEHOLD_NOT_AVAILABLE,
    /** A child in the group is already in an active match. */
    CHILD_IN_ACTIVE_MATCH,
    /** The household is already in an active match. */
    HOUSEHOLD_IN_ACTIVE_MATCH,
    /** The whole sibling group does not fit the number of children the household can take. */
    CAPACITY,
    /** The group is a sibling group and the household does not take sibling groups. */
    SIBLING_GROUP_NOT_ACCEPTED,
    /** A child's age at the as-at date is outside the household's age range. */
    AGE_RANGE,
    /** A child's need in one area is above what the household accepts. */
    NEED_LEVEL,
    /** The household lives in an area the child must not be placed in. */
    CHILD_EXCLUDES_AREA,
    /** The child's authority is an area the household has excluded. */
    HOUSEHOLD_EXCLUDES_AREA
}
