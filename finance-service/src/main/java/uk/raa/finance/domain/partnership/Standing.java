package uk.raa.finance.domain.partnership;

/** How a member is treated for contributions in a given financial year. */
public enum Standing {
    /**
     * Member since before the year began (or a founding member in the agency's first year): pays its agreed
     * baseline and bears any adverse impact of a joiner.
     */
    EXISTING,
    /** In its first financial year of membership, joining an agency that already had members. */
    JOINER
}
