package uk.raa.adopters.domain.process;

/** A dated step in a household's journey from enquiry to adoption order (Adoption Agencies Regulations, as amended 2013). */
public enum ProcessStep {
    ENQUIRY,
    /** Registration of interest received; the agency's decision on it is due within 5 working days. */
    REGISTRATION_OF_INTEREST,
    STAGE_1_STARTED,
    STAGE_1_COMPLETED,
    STAGE_2_STARTED,
    STAGE_2_COMPLETED,
    PANEL_RECOMMENDATION,
    /** The agency decision maker's approval: the household is approved from this date. */
    ADM_APPROVAL,
    MATCHED,
    PLACED,
    ADOPTION_ORDER,
    /** The household chose to leave the process; needs an {@link ExitReason}. */
    WITHDRAWN,
    /** The agency ended the household's registration or approval; needs an {@link ExitReason}. */
    DEREGISTERED,
    /** A review of an approved household; does not change its state. */
    REVIEW;

    public boolean needsReason() {
        return this == WITHDRAWN || this == DEREGISTERED;
    }

    public boolean changesState() {
        return this != REVIEW;
    }
}
