package uk.raa.matching.domain.search;

import uk.raa.matching.domain.profile.NeedArea;
import uk.raa.matching.domain.rules.Require;

/**
 * One hard constraint a pairing fails, with the values compared. Children are named by their position in the
 * group as given (1-based), never by id or name.
 *
 * @param constraint  the rule that failed
 * @param childNumber position of the child in the group, or null when the rule concerns the group or household
 * @param needArea    the need area, for {@link HardConstraint#NEED_LEVEL}; otherwise null
 * @param required    what the rule required (e.g. "0-4 years", "at most MEDIUM")
 * @param actual      the value found (e.g. "6 years", "HIGH")
 * @param reason      one sentence for a practitioner
 */
public record FailedConstraint(
        HardConstraint constraint,
        Integer childNumber,
        NeedArea needArea,
        String required,
        String actual,
        String reason) {

    public FailedConstraint {
        Require.present(constraint, "constraint");
        Require.notBlank(required, "required");
        Require.notBlank(actual, "actual");
        Require.notBlank(reason, "reason");
    }
}
