package uk.raa.common.tenancy;

import java.util.Optional;
import java.util.Set;

/**
 * The partnership as each service knows it: which authorities are or were members of which agency. Finance-service
 * owns the truth; other services read a projection of it.
 */
public interface MembershipDirectory {

    /** Every authority that is or was a member of the agency (agency staff see all of their records). */
    Set<String> authoritiesEverIn(String agency);

    /** The agency an authority belongs to, if any. */
    Optional<String> agencyOf(String authority);
}
