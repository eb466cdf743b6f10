package uk.raa.matching.domain.interagency;

import java.util.UUID;

import uk.raa.matching.domain.profile.AgencyType;

/**
 * How one child's placement is classed for inter-agency fees.
 *
 * @param childId          the child
 * @param interAgencyClass within the agency, payable or receivable
 * @param feeAgencyType    the type of the agency that provided the household, which sets the fee rate; null
 *                         when no fee is due
 * @param siblingPosition  the child's position in the match
 */
public record ChildPlacementCharge(
        UUID childId,
        InterAgencyClass interAgencyClass,
        AgencyType feeAgencyType,
        SiblingPosition siblingPosition) {
}
