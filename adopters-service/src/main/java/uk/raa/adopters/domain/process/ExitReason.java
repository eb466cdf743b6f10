package uk.raa.adopters.domain.process;

/**
 * Why a household left the process. A closed list rather than free text, so that reasons can be
 * counted and no personal narrative ends up in the timeline.
 */
public enum ExitReason {
    ADOPTERS_DECIDED_NOT_TO_PROCEED,
    CHANGE_OF_CIRCUMSTANCES,
    NOT_SUITABLE_AT_STAGE_1,
    NOT_RECOMMENDED_OR_NOT_APPROVED,
    APPROVAL_TERMINATED_AT_REVIEW,
    TRANSFERRED_TO_ANOTHER_AGENCY,
    OTHER
}
