package uk.raa.finance.messaging;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import uk.raa.finance.domain.fees.AgencyType;
import uk.raa.finance.domain.fees.SiblingPosition;

/**
 * What finance takes from {@code match.placement-started.v1} to price a placement: the event id (exactly once), the
 * agency, the match, the move-in date (the fee date), whether the adopters are another agency's (and its type), and
 * each child with its authority and sibling position. Finance classifies each child again from its own membership
 * on the move-in date: matching's class only tells whose household it is.
 *
 * @param otherAgencyType the household's agency type when it is another agency's; the placing agency's type when
 *                        an external authority's child is placed with the agency's adopters; null otherwise
 */
public record PlacementStarted(String eventId, String agency, UUID matchId, LocalDate movedIn,
        boolean householdApprovedByAgency, AgencyType otherAgencyType, boolean london, List<PlacedChild> children) {

    public PlacementStarted {
        children = List.copyOf(children);
    }

    /** One child of the placement. */
    public record PlacedChild(UUID childId, String authority, SiblingPosition siblingPosition) {
    }
}
