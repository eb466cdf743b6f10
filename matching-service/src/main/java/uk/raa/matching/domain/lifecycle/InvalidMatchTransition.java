package uk.raa.matching.domain.lifecycle;

import uk.raa.matching.domain.rules.DomainRuleViolation;

/** A move the match's current stage does not allow; the API maps it to 409 Conflict. */
public final class InvalidMatchTransition extends DomainRuleViolation {

    private static final long serialVersionUID = 1L;

    private final MatchStage currentStage;
    private final MatchStage attemptedStage;

    public InvalidMatchTransition(MatchStage currentStage, MatchStage attemptedStage) {
        super("MATCH_STAGE_TRANSITION", "stage",
                "stage cannot move from " + currentStage + " to " + attemptedStage + "; allowed from "
                        + currentStage + ": " + (currentStage.next().isEmpty() ? "none" : currentStage.next()));
        this.currentStage = currentStage;
        this.attemptedStage = attemptedStage;
    }

    public MatchStage currentStage() {
        return currentStage;
    }

    public MatchStage attemptedStage() {
        return attemptedStage;
    }
}
