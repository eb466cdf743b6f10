package uk.raa.matching.domain.interagency;

/** Whether a placement crosses the agency's boundary, and which way the fee flows. */
public enum InterAgencyClass {
    /** Child and household both inside the agency on the placement date: no fee. */
    WITHIN_AGENCY,
    /** The agency's child placed with an external household: the agency pays the household's agency. */
    PAYABLE,
    /** An external child placed with the agency's household: the child's authority pays the agency. */
    RECEIVABLE
}
