package uk.raa.children.domain.scorecard;

import java.time.LocalDate;

/** Drill-down line for an adopted child in the period that an indicator does not count, and why. */
public record ChildExclusion(
        String authorityCode,
        String childReference,
        LocalDate adoptionOrderDate,
        ExclusionReason reason) {
}
