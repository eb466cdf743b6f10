package uk.raa.adopters.domain.household;

/** Who recruited and approved the household. */
public enum AgencyType {
    THIS_AGENCY,
    LOCAL_AUTHORITY_OR_RAA,
    VOLUNTARY_AGENCY
}
