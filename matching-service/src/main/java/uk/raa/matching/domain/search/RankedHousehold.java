package uk.raa.matching.domain.search;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A household that passes every hard constraint for the child or sibling group, with its score explained.
 * The score is exactly the sum of the criteria's points.
 */
public record RankedHousehold(
        int rank,
        UUID householdId,
        String householdReference,
        BigDecimal score,
        long householdWaitingDays,
        List<CriterionScore> criteria) {

    public RankedHousehold {
        criteria = List.copyOf(criteria);
    }
}
