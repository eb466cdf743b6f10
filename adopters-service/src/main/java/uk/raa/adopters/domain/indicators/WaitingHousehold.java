package uk.raa.adopters.domain.indicators;

import java.time.LocalDate;
import java.util.List;

import uk.raa.adopters.domain.household.HouseholdReference;

/** An approved household waiting for a match, and what in its offer limits the match. No personal data. */
public record WaitingHousehold(
        HouseholdReference reference,
        String areaOfResidence,
        LocalDate approvedOn,
        long daysWaiting,
        List<MatchLimitation> limitations) {

    public WaitingHousehold {
        limitations = List.copyOf(limitations);
    }
}
