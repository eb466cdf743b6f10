package uk.raa.matching.service;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import uk.raa.matching.domain.profile.NeedArea;
import uk.raa.matching.domain.profile.NeedLevel;
import uk.raa.matching.domain.profile.Sex;

/**
 * What child.profile-changed.v1 carries (and what the operator's reconciliation endpoint sends).
 *
 * @param sequence the owner's per-child sequence; 0 when not from an event (an operator's reconciliation)
 */
public record ChildProfileChange(
        UUID childId,
        String authority,
        LocalDate dateOfBirth,
        Sex sex,
        String ethnicity,
        boolean disability,
        Map<NeedArea, NeedLevel> needs,
        UUID siblingGroupId,
        Set<String> excludedAreas,
        boolean available,
        LocalDate availableSince,
        boolean earlyPermanenceWanted,
        long sequence) {
}
