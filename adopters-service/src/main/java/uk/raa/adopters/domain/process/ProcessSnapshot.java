package uk.raa.adopters.domain.process;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import uk.raa.adopters.domain.household.FastTrackRoute;
import uk.raa.adopters.domain.household.HouseholdReference;

/**
 * A household's process as it stood at the end of {@code asAt}.
 *
 * @param stateSince date of the step that put the household in {@code state}; null when NOT_STARTED
 * @param history    every step dated on or before {@code asAt}, in recorded order
 */
public record ProcessSnapshot(
        HouseholdReference household,
        FastTrackRoute fastTrackRoute,
        LocalDate asAt,
        ProcessState state,
        LocalDate stateSince,
        List<ProcessEvent> history) {

    public ProcessSnapshot {
        history = List.copyOf(history);
    }

    /** Date of the first occurrence of {@code step} on or before {@code asAt}. */
    public Optional<LocalDate> dateOf(ProcessStep step) {
        return history.stream().filter(e -> e.step() == step).map(ProcessEvent::date).findFirst();
    }

    public boolean reached(ProcessStep step) {
        return dateOf(step).isPresent();
    }

    /** The first state-changing step recorded after the first occurrence of {@code step}, if any. */
    public Optional<ProcessEvent> stepAfter(ProcessStep step) {
        boolean seen = false;
        for (ProcessEvent event : history) {
            if (seen && event.step().changesState()) {
                return Optional.of(event);
            }
            if (event.step() == step) {
                seen = true;
            }
        }
        return Optional.empty();
    }
}
