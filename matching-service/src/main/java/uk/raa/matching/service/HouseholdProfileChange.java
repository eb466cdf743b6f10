package uk.raa.matching.service;

import uk.raa.matching.domain.profile.HouseholdProfile;

/**
 * What household.profile-changed.v1 carries: the household's match profile and how many adopters it has.
 *
 * @param sequence the owner's per-household sequence; 0 when not from an event (an operator's reconciliation)
 */
public record HouseholdProfileChange(HouseholdProfile profile, int numberOfAdopters, long sequence) {
}
