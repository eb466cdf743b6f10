package uk.raa.matching.domain.search;

/** Soft criteria; each contributes points to a candidate's score, in this order in every explanation. */
public enum ScoreCriterion {
    NEEDS_MARGIN,
    AGE_FIT,
    CAPACITY_FIT,
    CHILD_WAITING,
    HOUSEHOLD_WAITING,
    EARLY_PERMANENCE
}
