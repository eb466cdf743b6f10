package uk.raa.finance.domain.fees;

/** Whether a placement crosses the agency's boundary on the day the child moves in, and which way. */
public enum InterAgencyClassification {
    /** A member's child with the agency's own adopters: partners do not charge each other. */
    WITHIN_AGENCY,
    /** A member's child placed with another agency's adopters: the agency pays that agency's fee. */
    PAYABLE,
    /** Another authority's child placed with the agency's adopters: the agency receives the fee. */
    RECEIVABLE
}
