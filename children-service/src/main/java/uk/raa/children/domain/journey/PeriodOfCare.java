package uk.raa.children.domain.journey;

import java.time.LocalDate;

/** A period of being looked after; {@code end} is null while the period is open. */
public record PeriodOfCare(LocalDate start, LocalDate end, FactSource source) implements JourneyFact {

    public PeriodOfCare {
        DomainRuleViolation.required(start, "periodOfCare.start");
        DomainRuleViolation.required(source, "periodOfCare.source");
        if (end != null && end.isBefore(start)) {
            throw new DomainRuleViolation("end-before-start", "periodOfCare.end",
                    "periodOfCare.end must not be before periodOfCare.start");
        }
    }

    @Override
    public LocalDate date() {
        return start;
    }

    @Override
    public MilestoneType milestone() {
        return MilestoneType.ENTERED_CARE;
    }

    public boolean isOpen() {
        return end == null;
    }

    /** Whether the day falls inside the period (an open period runs on indefinitely). */
    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && (end == null || !day.isAfter(end));
    }
}
