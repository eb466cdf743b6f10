package uk.raa.adopters.domain.indicators;

import uk.raa.adopters.domain.DomainRuleViolation;
import uk.raa.adopters.domain.household.Household;
import uk.raa.adopters.domain.process.ProcessTimeline;

/** A household together with its process timeline: the unit the indicators count. */
public record HouseholdTimeline(Household household, ProcessTimeline timeline) {

    public HouseholdTimeline {
        DomainRuleViolation.require(household, "household");
        DomainRuleViolation.require(timeline, "timeline");
        if (!household.reference().equals(timeline.household())) {
            throw new DomainRuleViolation("timeline", "SAME_HOUSEHOLD", "must belong to the same household reference");
        }
        if (household.fastTrackRoute() != timeline.fastTrackRoute()) {
            throw new DomainRuleViolation("timeline.fastTrackRoute", "SAME_FAST_TRACK_ROUTE",
                    "must match the household's fast-track route");
        }
    }
}
