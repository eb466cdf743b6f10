package uk.raa.children.domain.scorecard;

/**
 * The national "harder to place" groups (DOMAIN.md §2). Supplied by the caller per child, taken at
 * the adoption order date, so that any indicator can be broken down by group.
 */
public enum HarderToPlaceCategory {
    SIBLING_GROUP,
    AGED_FIVE_OR_OVER,
    DISABLED,
    BLACK_OR_MINORITY_ETHNIC
}
