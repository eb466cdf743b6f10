package uk.raa.matching.domain.lifecycle;

import java.time.LocalDate;

import uk.raa.matching.domain.rules.DomainRuleViolation;
import uk.raa.matching.domain.rules.Require;

/**
 * One step in a match's history: the stage entered, its date, and the reason where the stage needs one
 * (disrupted, withdrawn).
 */
public record StageEntry(MatchStage stage, LocalDate date, String reason) {

    public StageEntry {
        Require.present(stage, "stage");
        Require.present(date, "date");
        if (stage.needsReason()) {
            Require.notBlank(reason, "reason");
        } else if (reason != null) {
            throw new DomainRuleViolation("REASON_NOT_EXPECTED", "reason",
                    "reason is only recorded when a match is disrupted or withdrawn");
        }
    }
}
