package uk.raa.matching.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.raa.matching.domain.profile.NeedArea;
import uk.raa.matching.domain.search.HardConstraint;
import uk.raa.matching.domain.search.ScoreCriterion;

/** What searches answer: suggestions with their reasons, never a match. */
public final class SearchResponses {

    private SearchResponses() {
    }

    @Schema(name = "CriterionScore", description = "Points one criterion gave and why")
    public record Criterion(
            @Schema(example = "HOUSEHOLD_WAITING") ScoreCriterion criterion,
            @Schema(example = "7.50") BigDecimal points,
            @Schema(description = "The criterion's weight", example = "15") BigDecimal maximum,
            @Schema(example = "the household has waited 90 days since approval (half the points at 90 days)")
            String reason) {
    }

    @Schema(name = "RankedHousehold")
    public record RankedHousehold(
            @Schema(example = "1") int rank,
            @Schema(example = "0c8d7c3e-6f0a-4b55-8f0e-2d7c1c9e4a21") UUID householdId,
            @Schema(example = "HH-2024-017") String householdReference,
            @Schema(description = "Exactly the sum of the criteria's points", example = "66.67") BigDecimal score,
            @Schema(example = "90") long householdWaitingDays,
            List<Criterion> criteria) {
    }

    @Schema(name = "HouseholdSearchResult")
    public record HouseholdSearch(
            @Schema(example = "2025-01-01") LocalDate asAt,
            List<RankedHousehold> ranked,
            @Schema(description = "Waiting households left out by a hard constraint; ask why-not for one",
                    example = "4") int excludedCount,
            @Schema(description = "How many excluded households failed each constraint (a household may fail several)",
                    example = "{\"AGE_RANGE\":3,\"CAPACITY\":1}") Map<HardConstraint, Long> excludedByConstraint) {
    }

    @Schema(name = "RankedChildren", description = "A child, or a sibling group as one unit")
    public record RankedChildren(
            @Schema(example = "1") int rank,
            @Schema(description = "The sibling group id, or the child id for a child placed alone",
                    example = "3d6f1b2a-8c4e-4f0a-9d2b-1e5c7a9b0f11") UUID unitId,
            List<UUID> childIds,
            @Schema(example = "71.25") BigDecimal score,
            @Schema(example = "180") long childWaitingDays,
            List<Criterion> criteria) {
    }

    @Schema(name = "ChildSearchResult")
    public record ChildSearch(
            @Schema(example = "2025-01-01") LocalDate asAt,
            List<RankedChildren> ranked,
            @Schema(example = "2") int excludedCount,
            @Schema(example = "{\"NEED_LEVEL\":2}") Map<HardConstraint, Long> excludedByConstraint) {
    }

    @Schema(name = "FailedConstraint", description = "A hard constraint the pairing fails, with the values compared")
    public record FailedConstraint(
            @Schema(example = "AGE_RANGE") HardConstraint constraint,
            @Schema(description = "1-based position of the child in childIds; absent for the group or household",
                    example = "2") Integer childNumber,
            @Schema(example = "HEALTH") NeedArea needArea,
            @Schema(example = "0-4 years") String required,
            @Schema(example = "6 years") String actual,
            @Schema(example = "child 2 is outside the household's age range") String reason) {
    }

    @Schema(name = "WhyNot")
    public record WhyNot(
            @Schema(example = "0c8d7c3e-6f0a-4b55-8f0e-2d7c1c9e4a21") UUID householdId,
            @Schema(example = "2025-01-01") LocalDate asAt,
            @Schema(description = "True when nothing fails: the household would be ranked", example = "false")
            boolean eligible,
            List<FailedConstraint> failedConstraints) {
    }
}
