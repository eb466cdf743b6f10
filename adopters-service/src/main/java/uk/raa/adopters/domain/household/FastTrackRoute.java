package uk.raa.adopters.domain.household;

/** The Regulations' fast track (Stage 1 skipped) for approved foster carers and previous adopters. */
public enum FastTrackRoute {
    NONE,
    APPROVED_FOSTER_CARER,
    PREVIOUS_ADOPTER;

    public boolean skipsStage1() {
        return this != NONE;
    }
}
