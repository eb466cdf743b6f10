package uk.raa.adopters.domain.process;

import java.time.LocalDate;

import uk.raa.adopters.domain.DomainRuleViolation;

/**
 * One dated step in a timeline. {@code reason} is required for WITHDRAWN and DEREGISTERED and
 * must be null otherwise.
 */
public record ProcessEvent(ProcessStep step, LocalDate date, ExitReason reason) {

    public ProcessEvent {
        DomainRuleViolation.require(step, "step");
        DomainRuleViolation.require(date, "date");
        if (step.needsReason() && reason == null) {
            throw new DomainRuleViolation("reason", "REASON_REQUIRED", "is required for " + step);
        }
        if (!step.needsReason() && reason != null) {
            throw new DomainRuleViolation("reason", "REASON_NOT_ALLOWED", "is only recorded for WITHDRAWN or DEREGISTERED");
        }
    }

    public static ProcessEvent of(ProcessStep step, LocalDate date) {
        return new ProcessEvent(step, date, null);
    }
}
