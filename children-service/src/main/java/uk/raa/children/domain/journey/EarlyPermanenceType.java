package uk.raa.children.domain.journey;

/** The two early-permanence schemes; SSDA903 (U2/U5) does not say which, so an imported fact may have none. */
public enum EarlyPermanenceType {
    FOSTERING_FOR_ADOPTION,
    CONCURRENT_PLANNING
}
