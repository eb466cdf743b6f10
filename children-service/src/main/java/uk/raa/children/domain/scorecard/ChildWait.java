package uk.raa.children.domain.scorecard;

import java.time.LocalDate;

/**
 * Drill-down line for A3: the child's wait from entering care to moving in, the first day that is no
 * longer "less than N months", and whether the child counts in the numerator.
 */
public record ChildWait(
        String authorityCode,
        String childReference,
        LocalDate adoptionOrderDate,
        LocalDate enteredCareDate,
        LocalDate placedForAdoptionDate,
        long elapsedDays,
        LocalDate thresholdDate,
        boolean movedInBeforeThreshold) {
}
