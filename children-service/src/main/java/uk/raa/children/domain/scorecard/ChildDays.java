package uk.raa.children.domain.scorecard;

import java.time.LocalDate;

/**
 * Drill-down line for a day-count indicator (A1, A10, A2): one child, the two dates that start and
 * stop its clock, and the days it contributes. {@code countedDays} differs from {@code elapsedDays}
 * only for A2, where a match before court authority counts 0.
 */
public record ChildDays(
        String authorityCode,
        String childReference,
        LocalDate adoptionOrderDate,
        LocalDate clockStartDate,
        LocalDate clockStopDate,
        long elapsedDays,
        long countedDays) {
}
