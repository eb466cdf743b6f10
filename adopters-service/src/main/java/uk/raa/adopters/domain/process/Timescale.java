package uk.raa.adopters.domain.process;

/**
 * The statutory timescales monitored. Each starts on {@link #startStep()} and ends on the next
 * state-changing step, whatever it is (including WITHDRAWN or DEREGISTERED).
 */
public enum Timescale {
    /** Agency's decision on a registration of interest: ended by STAGE_1_STARTED, fast-track STAGE_2_STARTED, or an exit. */
    REGISTRATION_DECISION(ProcessStep.REGISTRATION_OF_INTEREST),
    /** Stage 1 (pre-assessment), from start to completion. */
    STAGE_1(ProcessStep.STAGE_1_STARTED),
    /** The window after Stage 1 completes within which Stage 2 must start. */
    STAGE_2_START(ProcessStep.STAGE_1_COMPLETED),
    /** Stage 2 (assessment), from start to completion. */
    STAGE_2(ProcessStep.STAGE_2_STARTED);

    private final ProcessStep startStep;

    Timescale(ProcessStep startStep) {
        this.startStep = startStep;
    }

    public ProcessStep startStep() {
        return startStep;
    }
}
