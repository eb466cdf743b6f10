package uk.raa.finance.domain.fees;

/** The kind of adoption agency on the other side of an inter-agency placement. */
public enum AgencyType {
    LOCAL_AUTHORITY,
    RAA,
    VOLUNTARY_AGENCY
}
