package uk.raa.children.domain.journey;

/** How the agency got authority to place: a placement order, a (pre-2005) freeing order, or parental consent. */
public enum CourtAuthorityType {
    PLACEMENT_ORDER(MilestoneType.PLACEMENT_ORDER),
    FREEING_ORDER(MilestoneType.FREEING_ORDER),
    CONSENT(MilestoneType.CONSENT);

    private final MilestoneType milestone;

    CourtAuthorityType(MilestoneType milestone) {
        this.milestone = milestone;
    }

    public MilestoneType milestone() {
        return milestone;
    }

    /** Placement and freeing orders count for A2 and rules 554/408; consent does not. */
    public boolean isOrder() {
        return this != CONSENT;
    }
}
