package uk.raa.children.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The delay-tracking lists (DOMAIN.md §2 "Delay tracking"): the Securing Permanence Group's own cohorts from the
 * seed, and the adoption-specific ones the agency adds. "No person exercising parental responsibility" is not
 * listed: nothing the journey records shows it.
 */
public enum DelayCohort {
    PLACEMENT_ORDER_OVER_THRESHOLD("placement-order-over-threshold",
            "Subject of a placement (or freeing) order for longer than the threshold, not yet adopted"),
    LONG_TERM_PLACEMENT("long-term-placement",
            "Placed with foster carers, at home or in residential care with the same carers for longer than the threshold"),
    PLACEMENT_ORDER_NO_MATCH("placement-order-no-match",
            "Placement order older than the threshold with no match that stands and not placed"),
    PLACED_WITHOUT_ORDER("placed-without-order",
            "Placed for adoption for longer than the threshold without an adoption order");

    private final String slug;
    private final String description;

    DelayCohort(String slug, String description) {
        this.slug = slug;
        this.description = description;
    }

    public String slug() {
        return slug;
    }

    public String description() {
        return description;
    }

    public static Optional<DelayCohort> fromSlug(String slug) {
        return Arrays.stream(values()).filter(c -> c.slug.equals(slug)).findFirst();
    }
}
