package uk.raa.matching.service;

import java.util.List;
import uk.raa.matching.domain.entity.AdoptionMatch;
import uk.raa.matching.domain.entity.HouseholdProjection;
import uk.raa.matching.domain.entity.MatchedChild;
import uk.raa.matching.domain.lifecycle.Match;

/**
 * A match as the caller may see it: agency staff see every child; a partner authority only its own children, and
 * the household only as far as its match profile (the household is null when the caller may not see it).
 * {@code agencyView} is true for agency staff, who also see the siblings kept apart and why.
 */
public record MatchView(AdoptionMatch match, List<MatchedChild> children, HouseholdProjection household,
        boolean agencyView) {

    public MatchView {
        children = List.copyOf(children);
    }

    /** The domain match over the children shown, for its stage history. */
    public Match domain() {
        return match.toDomain(children.stream().map(MatchedChild::childId).toList());
    }
}
