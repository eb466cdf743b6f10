package uk.raa.adopters.domain.process;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where a household is: the last state-changing step recorded, or {@link #NOT_STARTED}.
 * Each state lists the steps that may follow it.
 */
public enum ProcessState {
    NOT_STARTED,
    ENQUIRY,
    REGISTRATION_OF_INTEREST,
    STAGE_1_STARTED,
    STAGE_1_COMPLETED,
    STAGE_2_STARTED,
    STAGE_2_COMPLETED,
    PANEL_RECOMMENDATION,
    ADM_APPROVAL,
    MATCHED,
    PLACED,
    ADOPTION_ORDER,
    WITHDRAWN,
    DEREGISTERED;

    public Set<ProcessStep> allowedNext() {
        Set<ProcessStep> next = switch (this) {
            case NOT_STARTED -> EnumSet.of(ProcessStep.ENQUIRY);
            case ENQUIRY -> EnumSet.of(ProcessStep.REGISTRATION_OF_INTEREST, ProcessStep.WITHDRAWN);
            // STAGE_2_STARTED straight after registration is the fast track; ProcessTimeline allows it only for fast-track households.
            case REGISTRATION_OF_INTEREST -> exitsAnd(ProcessStep.STAGE_1_STARTED, ProcessStep.STAGE_2_STARTED);
            case STAGE_1_STARTED -> exitsAnd(ProcessStep.STAGE_1_COMPLETED);
            case STAGE_1_COMPLETED -> exitsAnd(ProcessStep.STAGE_2_STARTED);
            case STAGE_2_STARTED -> exitsAnd(ProcessStep.STAGE_2_COMPLETED);
            case STAGE_2_COMPLETED -> exitsAnd(ProcessStep.PANEL_RECOMMENDATION);
            case PANEL_RECOMMENDATION -> exitsAnd(ProcessStep.ADM_APPROVAL);
            case ADM_APPROVAL -> exitsAnd(ProcessStep.MATCHED, ProcessStep.REVIEW);
            case MATCHED -> exitsAnd(ProcessStep.PLACED, ProcessStep.REVIEW);
            case PLACED -> exitsAnd(ProcessStep.ADOPTION_ORDER, ProcessStep.REVIEW);
            case ADOPTION_ORDER, WITHDRAWN, DEREGISTERED -> EnumSet.noneOf(ProcessStep.class);
        };
        return Collections.unmodifiableSet(next);
    }

    private static Set<ProcessStep> exitsAnd(ProcessStep first, ProcessStep... rest) {
        Set<ProcessStep> next = EnumSet.of(first, rest);
        next.add(ProcessStep.WITHDRAWN);
        next.add(ProcessStep.DEREGISTERED);
        return next;
    }

    public boolean allows(ProcessStep step) {
        return allowedNext().contains(step);
    }

    public boolean isTerminal() {
        return allowedNext().isEmpty();
    }

    /** The state a household is in after {@code step}; {@link ProcessStep#REVIEW} leaves {@code this} unchanged. */
    public ProcessState after(ProcessStep step) {
        return step.changesState() ? valueOf(step.name()) : this;
    }
}
