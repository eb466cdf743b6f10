package uk.raa.children.domain.journey;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * Where the child lived, from 903 Episodes or the API. {@code sameCarersAsPrevious} is what lets A10 find when a
 * child adopted by its foster carers first moved in with them.
 */
public record Placement(LocalDate start, LocalDate end, String placementType, boolean sameCarersAsPrevious,
                        FactSource source) implements JourneyFact {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]{1,3}");

    public Placement {
        DomainRuleViolation.required(start, "placement.start");
        DomainRuleViolation.requiredText(placementType, "placement.placementType");
        DomainRuleViolation.required(source, "placement.source");
        if (!CODE.matcher(placementType).matches()) {
            throw new DomainRuleViolation("code-format", "placement.placementType",
                    "placement.placementType must be an SSDA903 PLACE code");
        }
        if (end != null && end.isBefore(start)) {
            throw new DomainRuleViolation("end-before-start", "placement.end",
                    "placement.end must not be before placement.start");
        }
    }

    @Override
    public LocalDate date() {
        return start;
    }

    @Override
    public MilestoneType milestone() {
        return MilestoneType.PLACEMENT;
    }

    public boolean isAdoptive() {
        return AdoptivePlacementType.fromCode(placementType).isPresent();
    }

    /** U2/U5: with approved adopters as foster carers (fostering for adoption or concurrent planning). */
    public boolean isEarlyPermanence() {
        return placementType.equals("U2") || placementType.equals("U5");
    }

    public boolean isOpen() {
        return end == null;
    }

    /** The placement covers the day: started on or before it and not ended before it. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(start) && (end == null || !day.isAfter(end));
    }
}
