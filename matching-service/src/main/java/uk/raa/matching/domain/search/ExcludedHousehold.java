package uk.raa.matching.domain.search;

import java.util.List;
import java.util.UUID;

/** A household left out of a ranking and every hard constraint it failed. */
public record ExcludedHousehold(UUID householdId, List<FailedConstraint> failedConstraints) {

    public ExcludedHousehold {
        failedConstraints = List.copyOf(failedConstraints);
    }
}
