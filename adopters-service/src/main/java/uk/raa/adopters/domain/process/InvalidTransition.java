package uk.raa.adopters.domain.process;

import uk.raa.adopters.domain.DomainRuleViolation;

/** A step that cannot follow the household's current state; the API maps it to 409 Conflict. */
public class InvalidTransition extends DomainRuleViolation {

    private static final long serialVersionUID = 1L;

    public static final String RULE = "INVALID_TRANSITION";

    private final ProcessState currentState;
    private final ProcessStep attemptedStep;

    public InvalidTransition(ProcessState currentState, ProcessStep attemptedStep, String why) {
        super("step", RULE, "cannot record " + attemptedStep + " when the current state is " + currentState + "; " + why);
        this.currentState = currentState;
        this.attemptedStep = attemptedStep;
    }

    public ProcessState currentState() {
        return currentState;
    }

    public ProcessStep attemptedStep() {
        return attemptedStep;
    }
}
