package uk.raa.matching.domain.profile;

/** Kind of adoption agency; the inter-agency fee schedule is keyed by it. */
public enum AgencyType {
    LOCAL_AUTHORITY,
    REGIONAL_ADOPTION_AGENCY,
    VOLUNTARY_ADOPTION_AGENCY
}
