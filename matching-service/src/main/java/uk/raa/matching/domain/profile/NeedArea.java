package uk.raa.matching.domain.profile;

/** The areas of need an assessment grades and a household states how much of it can meet. */
public enum NeedArea {
    HEALTH,
    DEVELOPMENT,
    BEHAVIOUR,
    EDUCATION
}
