package uk.raa.matching.domain.search;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A child, or a sibling group as one unit, that passes every hard constraint for the household, with its
 * score explained. {@code unitId} is the sibling group id, or the child id for a child placed alone.
 */
public record RankedChildren(
        int rank,
        UUID unitId,
        List<UUID> childIds,
        BigDecimal score,
        long childWaitingDays,
        List<CriterionScore> criteria) {

    public RankedChildren {
        childIds = List.copyOf(childIds);
        criteria = List.copyOf(criteria);
    }
}
