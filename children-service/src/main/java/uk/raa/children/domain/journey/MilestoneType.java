package uk.raa.children.domain.journey;

/** The dated steps of a child's journey, with the DfE wording and where SSDA903 records each one. */
public enum MilestoneType {
    ENTERED_CARE("Date the child started to be looked after (latest period of care)", "Episodes DECOM where RNE = S"),
    PLACEMENT("Placement start", "Episodes DECOM"),
    SHOULD_BE_PLACED_DECISION("Date of decision that the child should be placed for adoption",
            "AD1 DATE_INT / PlacedAdoption DATE_PLACED"),
    PLACEMENT_ORDER("Date of placement order", "Episodes DECOM where LS = E1"),
    FREEING_ORDER("Date of freeing order", "Episodes DECOM where LS = D1"),
    CONSENT("Parental consent to placement for adoption (s19)", "Episodes DECOM where PLACE = A3/A4"),
    EARLY_PERMANENCE("Fostering for adoption or concurrent planning placement", "Episodes DECOM where PLACE = U2/U5"),
    MATCH_DECISION("Date the child was matched with prospective adopter(s)", "AD1 DATE_MATCH"),
    PLACED_FOR_ADOPTION("Date the child was placed for adoption", "Episodes DECOM where PLACE = A3-A6"),
    ADOPTION_ORDER("Date of adoption order", "Episodes DEC where REC = E11/E12"),
    DECISION_REVERSED("Date the decision that the child should be placed for adoption was reversed",
            "PlacedAdoption DATE_PLACED_CEASED with REASON_PLACED_CEASED RD1-RD4"),
    DISRUPTION("Adoptive placement ended before an adoption order", "Episodes DEC of an A3-A6 stay not ending in E11/E12");

    private final String dfeWording;
    private final String ssda903Source;

    MilestoneType(String dfeWording, String ssda903Source) {
        this.dfeWording = dfeWording;
        this.ssda903Source = ssda903Source;
    }

    public String dfeWording() {
        return dfeWording;
    }

    public String ssda903Source() {
        return ssda903Source;
    }
}
