package uk.raa.children.domain.journey;

import java.util.Optional;

/** The four SSDA903 adoptive placement codes: the route to court authority and whether the carers were fostering. */
public enum AdoptivePlacementType {
    A3("Placed for adoption with parental/guardian consent with current foster carer(s)", true, true),
    A4("Placed for adoption with parental/guardian consent not with current foster carer(s)", true, false),
    A5("Placed for adoption with placement order with current foster carer(s)", false, true),
    A6("Placed for adoption with placement order not with current foster carer(s)", false, false);

    private final String dfeWording;
    private final boolean consentRoute;
    private final boolean withCurrentFosterCarers;

    AdoptivePlacementType(String dfeWording, boolean consentRoute, boolean withCurrentFosterCarers) {
        this.dfeWording = dfeWording;
        this.consentRoute = consentRoute;
        this.withCurrentFosterCarers = withCurrentFosterCarers;
    }

    public String dfeWording() {
        return dfeWording;
    }

    public boolean consentRoute() {
        return consentRoute;
    }

    /** A5/A6: placed under a placement order, so rule 408 applies. */
    public boolean placementOrderRoute() {
        return !consentRoute;
    }

    public boolean withCurrentFosterCarers() {
        return withCurrentFosterCarers;
    }

    public static Optional<AdoptivePlacementType> fromCode(String code) {
        for (AdoptivePlacementType type : values()) {
            if (type.name().equals(code)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
