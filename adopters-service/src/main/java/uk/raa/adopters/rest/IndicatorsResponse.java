package uk.raa.adopters.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.raa.adopters.domain.indicators.MatchLimitation;

/**
 * The adopter indicators as at a date, agency-wide and by area of residence. Definitions: docs/adopter-indicators.md.
 * Percentages have one decimal place (half up) and are null when there is no cohort.
 */
@Schema(name = "AdopterIndicators")
public record IndicatorsResponse(
        @Schema(example = "2024-03-31") LocalDate asAt,
        @Schema(example = "2019/20") String firstYear,
        Thresholds thresholds,
        ScopeIndicators agency,
        @Schema(description = "Keyed by area of residence (authority code or OUTSIDE_AGENCY)")
        Map<String, ScopeIndicators> byArea) {

    @Schema(name = "IndicatorThresholds")
    public record Thresholds(
            @Schema(example = "6") int approvalWithinMonths,
            @Schema(example = "3") int a12WaitMonths,
            @Schema(example = "3") int waitingThresholdMonths,
            @Schema(example = "6") int longWaitingThresholdMonths) {
    }

    @Schema(name = "ScopeIndicators")
    public record ScopeIndicators(
            @Schema(example = "AGENCY") String scope,
            List<YearCount> approvals,
            List<Conversion> enquiryToApproval,
            List<Conversion> assessmentToApproval,
            @Schema(description = "Approved within 6 months of registration, by year of approval")
            List<YearProportion> approvedWithinTimescale,
            @Schema(description = "A11: approved and waiting to be matched", example = "4") int a11ApprovedAndWaiting,
            @Schema(description = "A12: matched after waiting at least 3 months, by year of match")
            List<YearProportion> a12MatchedAfterWaiting,
            @Schema(description = "A13: being assessed (registered, not yet approved)", example = "7") int a13BeingAssessed,
            @Schema(description = "Waiting more than 3 months since approval", example = "3") int waitingOverThreshold,
            @Schema(description = "Waiting more than 6 months since approval", example = "1") int waitingOverLongThreshold,
            @Schema(description = "Who is waiting and why, longest wait first") List<Waiting> waiting) {
    }

    @Schema(name = "IndicatorYearCount")
    public record YearCount(@Schema(example = "2023/24") String year, @Schema(example = "37") int count) {
    }

    @Schema(name = "IndicatorConversion")
    public record Conversion(
            @Schema(example = "2023/24") String cohortYear,
            @Schema(example = "12") int cohortSize,
            @Schema(example = "5") int approved,
            @Schema(example = "4") int stillInProcess,
            @Schema(example = "3") int leftProcess,
            @Schema(example = "41.7") BigDecimal ratePercent) {
    }

    @Schema(name = "IndicatorYearProportion")
    public record YearProportion(
            @Schema(example = "2023/24") String year,
            @Schema(example = "3") int numerator,
            @Schema(example = "4") int denominator,
            @Schema(example = "75.0") BigDecimal percent) {
    }

    @Schema(name = "WaitingHousehold")
    public record Waiting(
            @Schema(example = "0f9a7c52-3c55-4d55-9a0e-5f1f0e8c2b11") UUID householdId,
            @Schema(example = "ACE-H-2024-017") String householdReference,
            @Schema(example = "coventry") String areaOfResidence,
            @Schema(example = "2023-09-12") LocalDate approvedOn,
            @Schema(example = "201") long daysWaiting,
            @Schema(example = "[\"NO_SIBLING_GROUPS\",\"EXCLUDED_AREAS\"]") List<MatchLimitation> limitations) {
    }
}
