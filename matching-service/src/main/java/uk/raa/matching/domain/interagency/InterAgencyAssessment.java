package uk.raa.matching.domain.interagency;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The inter-agency classification of a placed match, per child, taken at the placement (fee) date. */
public record InterAgencyAssessment(UUID matchId, LocalDate feeDate, List<ChildPlacementCharge> children) {

    public InterAgencyAssessment {
        children = List.copyOf(children);
    }
}
