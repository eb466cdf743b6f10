package uk.raa.children.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A11, A12 and A13 from adopters-service, or why they are missing. Only counts are read; the "who is waiting" list
 * (household references) is never kept.
 *
 * @param reason why the figures are missing (null when available)
 */
public record AdopterIndicators(boolean available, LocalDate asAt, String reason, JsonNode body) {

    public static AdopterIndicators unavailable(LocalDate asAt, String reason) {
        return new AdopterIndicators(false, asAt, reason, null);
    }

    /** A11 for an area (authority code) or, with {@code null}, agency-wide. */
    public OptionalInt a11(String area) {
        return count(area, "a11ApprovedAndWaiting");
    }

    /** A13 for an area or agency-wide. */
    public OptionalInt a13(String area) {
        return count(area, "a13BeingAssessed");
    }

    /** A12 pooled over the given financial years ("2014/15"): numerator, denominator, percent (null without a cohort). */
    public Optional<int[]> a12(String area, List<String> yearLabels) {
        Optional<JsonNode> scope = scope(area);
        if (scope.isEmpty()) {
            return Optional.empty();
        }
        int numerator = 0;
        int denominator = 0;
        for (JsonNode year : scope.get().path("a12MatchedAfterWaiting")) {
            if (yearLabels.contains(year.path("year").asText())) {
                numerator += year.path("numerator").asInt();
                denominator += year.path("denominator").asInt();
            }
        }
        return Optional.of(new int[] {numerator, denominator});
    }

    public static BigDecimal percent(int numerator, int denominator) {
        return denominator == 0 ? null : BigDecimal.valueOf(numerator * 100L)
                .divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
    }

    private OptionalInt count(String area, String field) {
        return scope(area).filter(s -> s.hasNonNull(field)).map(s -> OptionalInt.of(s.get(field).asInt()))
                .orElse(OptionalInt.empty());
    }

    private Optional<JsonNode> scope(String area) {
        if (!available || body == null) {
            return Optional.empty();
        }
        if (area == null) {
            return Optional.ofNullable(body.get("agency"));
        }
        JsonNode byArea = body.path("byArea").get(area);
        // An area with no households is absent from adopters-service's map: its counts are zero, not unknown.
        return Optional.of(byArea == null ? com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                .put("a11ApprovedAndWaiting", 0).put("a13BeingAssessed", 0) : byArea);
    }
}
