package uk.raa.matching.domain.profile;

/** Sex as recorded in SSDA903 (1 male, 2 female). */
public enum Sex {
    MALE,
    FEMALE
}
