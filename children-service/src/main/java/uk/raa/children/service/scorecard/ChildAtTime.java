package uk.raa.children.service.scorecard;

import java.time.LocalDate;
import java.util.UUID;
import uk.raa.children.domain.journey.ChildJourney;

/**
 * A child and its journey as the records stood at the export's as-at time. The profile values (sex, ethnicity,
 * disability, foster-carer flag) are the current ones: the child table keeps no history (docs/scorecard-api.md).
 *
 * @param unreadableFacts facts whose stored values no longer make a valid fact (counted, never guessed)
 */
public record ChildAtTime(UUID id, String authority, String reference, LocalDate dateOfBirth, String sex,
                          String ethnicity, boolean disability, UUID siblingGroupId, ChildJourney journey,
                          int unreadableFacts) {
}
