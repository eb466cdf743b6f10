package uk.raa.children.service.scorecard;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.raa.children.domain.scorecard.Direction;
import uk.raa.children.domain.scorecard.DisclosureStatus;

/**
 * The adoption scorecard for one financial year: 1-year and 3-year figures per authority and agency-wide, with the
 * time the data were read as at, so that the same request with {@code asAt} gives the same figures later.
 */
@Schema(name = "Scorecard")
public record ScorecardReport(
        @Schema(example = "ace") String agency,
        @Schema(example = "2014/15") String oneYearPeriod,
        @Schema(example = "2012-15") String threeYearPeriod,
        @Schema(description = "The journey data used are as recorded at this time; pass it as asAt to re-run",
                example = "2024-10-01T09:00:00Z") Instant dataAsAt,
        @Schema(example = "2024-10-01T09:00:01Z") Instant generatedAt,
        @Schema(description = "Threshold table version used (0 = DOMAIN.md defaults)", example = "0")
        long thresholdsVersion,
        @Schema(example = "5") int suppressNumeratorAtMost,
        @Schema(example = "10") int suppressDenominatorAtMost,
        @Schema(example = "MAJORITY") String membershipYearRule,
        List<Row> rows,
        @Schema(description = "Figures that could not be filled and why; empty when complete",
                example = "[\"A11, A12, A13: adopters-service is unreachable\"]") List<String> missingFigures) {

    @Schema(name = "ScorecardRow")
    public record Row(
            @Schema(example = "AUTHORITY", enumeration = {"AUTHORITY", "AGENCY"}) String scope,
            @Schema(example = "coventry") String code,
            @Schema(description = "DfE LA number; null for the agency", example = "331") String laNumber,
            @Schema(example = "Coventry City Council") String name,
            Figures oneYear,
            Figures threeYear) {
    }

    @Schema(name = "ScorecardFigures")
    public record Figures(
            @Schema(example = "2014/15") String period,
            Count childrenAdopted,
            Days a1,
            Days a10,
            Days a2,
            WithinThreshold a3,
            @Schema(description = "Children with an adoption plan not yet placed, at the end of the period")
            Count childrenWaiting,
            Count decisionsReversed,
            @Schema(description = "A11 approved adopter families waiting, at the end of the period (or asAt)")
            Count a11,
            Proportion a12,
            @Schema(description = "A13 adopter applications being assessed, at the end of the period (or asAt)")
            Count a13,
            @Schema(description = "Adopted in the period but not computable (see drill-down)", example = "0")
            int notComputable) {
    }

    @Schema(name = "ScorecardDays")
    public record Days(
            @Schema(example = "40") int children,
            @Schema(example = "529") Integer meanDays,
            @Schema(example = "487") Integer thresholdDays,
            @Schema(description = "meanDays - thresholdDays; positive is over (worse)", example = "42")
            Integer distanceToThreshold,
            @Schema(example = "610") Integer previousMeanDays,
            @Schema(example = "-81") Integer change,
            @Schema(example = "IMPROVED") Direction direction) {
    }

    @Schema(name = "ScorecardWithinThreshold")
    public record WithinThreshold(
            @Schema(example = "18") Integer thresholdMonths,
            @Schema(example = "40") int children,
            @Schema(example = "SHOWN") DisclosureStatus status,
            @Schema(description = "Null when suppressed", example = "24") Integer withinThreshold,
            @Schema(description = "Null when suppressed", example = "60.0") BigDecimal percentage,
            @Schema(example = "NOT_COMPARABLE") Direction direction) {
    }

    @Schema(name = "ScorecardCount")
    public record Count(
            @Schema(description = "Null when the figure is missing", example = "12") Integer value,
            @Schema(example = "15") Integer previous,
            @Schema(example = "-3") Integer change) {
    }

    @Schema(name = "ScorecardProportion")
    public record Proportion(
            @Schema(example = "3") Integer numerator,
            @Schema(example = "4") Integer denominator,
            @Schema(example = "75.0") BigDecimal percent) {
    }

    /** The date snapshot figures (children waiting, A11, A13) are taken at for a period. */
    public static LocalDate snapshotDate(LocalDate periodEnd, LocalDate asAtDate) {
        return periodEnd.isBefore(asAtDate) ? periodEnd : asAtDate;
    }
}
