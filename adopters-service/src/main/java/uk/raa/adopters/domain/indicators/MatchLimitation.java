package uk.raa.adopters.domain.indicators;

import uk.raa.adopters.domain.household.NeedArea;

/** A feature of a household's offer that narrows the children it can be matched with. */
public enum MatchLimitation {
    NARROW_AGE_RANGE,
    NO_SIBLING_GROUPS,
    HEALTH_NEEDS_NOT_ACCEPTED,
    DEVELOPMENTAL_NEEDS_NOT_ACCEPTED,
    BEHAVIOURAL_NEEDS_NOT_ACCEPTED,
    EDUCATIONAL_NEEDS_NOT_ACCEPTED,
    EXCLUDED_AREAS,
    NO_EARLY_PERMANENCE;

    public static MatchLimitation needNotAccepted(NeedArea area) {
        return switch (area) {
            case HEALTH -> HEALTH_NEEDS_NOT_ACCEPTED;
            case DEVELOPMENT -> DEVELOPMENTAL_NEEDS_NOT_ACCEPTED;
            case BEHAVIOUR -> BEHAVIOURAL_NEEDS_NOT_ACCEPTED;
            case EDUCATION -> EDUCATIONAL_NEEDS_NOT_ACCEPTED;
        };
    }
}
