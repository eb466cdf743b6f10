package uk.raa.matching.domain.profile;

/** Where an approved household stands; only {@link #APPROVED_WAITING} households are offered in a search. */
public enum HouseholdStatus {
    APPROVED_WAITING,
    ON_HOLD,
    MATCHED,
    PLACED,
    WITHDRAWN;

    public boolean availableForMatching() {
        return this == APPROVED_WAITING;
    }
}
