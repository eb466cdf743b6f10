package uk.raa.adopters.domain.household;

/** Areas of a child's needs that a household states it can meet. */
public enum NeedArea {
    HEALTH,
    DEVELOPMENT,
    BEHAVIOUR,
    EDUCATION
}
