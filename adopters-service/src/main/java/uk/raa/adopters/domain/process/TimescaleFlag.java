package uk.raa.adopters.domain.process;

import java.time.LocalDate;

/**
 * A timescale that ran past its due date.
 *
 * @param closedOn date of the step that ended the timescale; null while it is still running
 * @param daysOver calendar days after {@code dueDate}: to {@code closedOn} if ended, else to the as-at date
 */
public record TimescaleFlag(
        Timescale timescale,
        LocalDate startedOn,
        LocalDate dueDate,
        LocalDate closedOn,
        long daysOver) {

    public boolean open() {
        return closedOn == null;
    }
}
