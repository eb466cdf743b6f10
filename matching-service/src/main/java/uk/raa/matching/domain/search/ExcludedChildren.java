package uk.raa.matching.domain.search;

import java.util.List;
import java.util.UUID;

/** A child or sibling group left out of a ranking and every hard constraint it failed. */
public record ExcludedChildren(UUID unitId, List<UUID> childIds, List<FailedConstraint> failedConstraints) {

    public ExcludedChildren {
        childIds = List.copyOf(childIds);
        failedConstraints = List.copyOf(failedConstraints);
    }
}
