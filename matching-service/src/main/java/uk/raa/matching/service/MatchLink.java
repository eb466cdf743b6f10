package uk.raa.matching.service;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A practitioner's link (interest) between a household and one or more children.
 *
 * @param separationReason why siblings of these children are left out of the match; required only then
 * @param linkDate         the link's date; today when not given
 */
public record MatchLink(List<UUID> childIds, UUID householdId, String separationReason, LocalDate linkDate) {
}
