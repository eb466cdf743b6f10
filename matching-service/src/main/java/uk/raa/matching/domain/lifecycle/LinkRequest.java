package uk.raa.matching.domain.lifecycle;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import uk.raa.matching.domain.profile.ChildProfile;
import uk.raa.matching.domain.rules.Require;

/**
 * A practitioner opening a link between a household and one or more children.
 *
 * @param matchId            id for the new match
 * @param householdId        the household
 * @param children           the children to be matched, in the order the practitioner lists them
 * @param knownSiblings      every child known in the sibling groups of those children (may include them)
 * @param separationReason   why siblings are matched apart; required only when some are left out
 * @param linkDate           date of the link
 */
public record LinkRequest(
        UUID matchId,
        UUID householdId,
        List<ChildProfile> children,
        Collection<ChildProfile> knownSiblings,
        String separationReason,
        LocalDate linkDate) {

    public LinkRequest {
        Require.present(matchId, "matchId");
        Require.present(householdId, "householdId");
        children = List.copyOf(Require.notEmpty(children, "children"));
        knownSiblings = knownSiblings == null ? List.of() : List.copyOf(knownSiblings);
        Require.present(linkDate, "linkDate");
    }
}
