package uk.raa.finance.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.raa.finance.domain.contribution.BoardDecisionKind;
import uk.raa.finance.domain.entity.MembershipVariation;
import uk.raa.finance.domain.fees.AgencyType;
import uk.raa.finance.domain.fees.SiblingPosition;

/** Request bodies. Amounts are pounds with at most two decimals. The agency always comes from the token. */
public final class FinanceRequests {

    static final String AUTHORITY = "[a-z][a-z0-9-]{1,63}";

    private FinanceRequests() {
    }

    @Schema(name = "DeedOfVariationRequest")
    public record VariationRequest(
            @NotNull @Schema(example = "JOIN") MembershipVariation.Kind kind,
            @NotBlank @Pattern(regexp = AUTHORITY, message = "must be an authority code such as herefordshire")
            @Schema(example = "herefordshire") String authority,
            @NotNull @Schema(description = "First day of membership (JOIN) or last day (LEAVE)", example = "2019-07-01")
            LocalDate effectiveDate) {
    }

    @Schema(name = "ConsentRequest")
    public record ConsentRequest(
            @PastOrPresent @Schema(description = "Date your authority signed the deed", example = "2019-03-01")
            LocalDate signedOn) {
    }

    @Schema(name = "BaselineRequest")
    public record BaselineRequest(
            @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2)
            @Schema(description = "In-scope adoption spend, £", example = "1200000.00") BigDecimal inScopeSpend,
            @NotNull @Min(0) @Max(100000) @Schema(example = "40") Integer adoptions) {
    }

    @Schema(name = "AgreementTermsRequest")
    public record TermsRequest(
            @DecimalMin("0") @DecimalMax("10") @Digits(integer = 2, fraction = 6)
            @Schema(description = "Uplift as a fraction (0.02 = 2%); 0 if absent", example = "0") BigDecimal uplift,
            @Schema(description = "Agreed baselines that differ from measured spend, £ per authority",
                    example = "{\"coventry\":1150000.00}")
            Map<@Pattern(regexp = AUTHORITY) String, @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2)
                    BigDecimal> agreedBaselines) {
    }

    @Schema(name = "BoardDecisionRequest")
    public record DecisionRequest(
            @NotNull @Schema(example = "CLOSE_IN_PART") BoardDecisionKind kind,
            @DecimalMin("0.01") @Digits(integer = 12, fraction = 2)
            @Schema(description = "Part of the gap the joiner pays this year (CLOSE_IN_PART, PHASED only)",
                    example = "20000.00") BigDecimal amount,
            @NotNull @Schema(example = "2019-05-14") LocalDate decidedOn) {
    }

    @Schema(name = "GrantAllocationRequest")
    public record GrantRequest(
            @DecimalMin("0") @Digits(integer = 12, fraction = 2)
            @Schema(description = "Defaults to £60,000 for the DfE implementation grant", example = "60000.00")
            BigDecimal total,
            @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) @Schema(example = "40000.00")
            BigDecimal toJoiner,
            @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) @Schema(example = "20000.00")
            BigDecimal toAgency,
            @DecimalMin("0") @Digits(integer = 12, fraction = 2)
            @Schema(description = "Of the agency's part, the amount the Board assigns to the joiner's shortfall",
                    example = "0.00") BigDecimal towardsShortfall) {
    }

    @Schema(name = "WhatIfDecision")
    public record WhatIfDecision(
            @NotNull @Schema(example = "CLOSE_IN_FULL") BoardDecisionKind kind,
            @DecimalMin("0.01") @Digits(integer = 12, fraction = 2) @Schema(example = "20000.00") BigDecimal amount) {
    }

    @Schema(name = "WhatIfRequest", description = "A hypothetical joiner; nothing is saved")
    public record WhatIfRequest(
            @NotBlank @Pattern(regexp = AUTHORITY, message = "must be an authority code such as herefordshire")
            @Schema(example = "herefordshire") String authority,
            @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2)
            @Schema(description = "In-scope spend in the last full financial year before joining", example = "280000.00")
            BigDecimal inScopeSpend,
            @NotNull @Min(0) @Max(100000) @Schema(example = "10") Integer adoptions,
            @NotNull @Schema(example = "2019-07-01") LocalDate joinDate,
            @Valid @Schema(description = "Optional Board decision on the gap") WhatIfDecision boardDecision) {
    }

    @Schema(name = "AdjustmentRequest")
    public record AdjustmentRequest(
            @NotBlank @Pattern(regexp = AUTHORITY) @Schema(example = "coventry") String authority,
            @NotNull @Min(1900) @Max(9998) @Schema(description = "The closed year corrected", example = "2019")
            Integer relatesToYear,
            @NotNull @Digits(integer = 12, fraction = 2)
            @Schema(description = "Owed by the member if positive, credited if negative", example = "-1250.00")
            BigDecimal amount,
            @NotBlank @Size(max = 500) @Schema(example = "Baseline correction agreed by the Board") String reason) {
    }

    @Schema(name = "FeeRateRequest")
    public record FeeRateRequest(
            @NotNull @Schema(example = "2020-04-01") LocalDate effectiveFrom,
            @NotNull @Schema(example = "VOLUNTARY_AGENCY") AgencyType otherAgencyType,
            @NotNull @Schema(example = "FIRST_CHILD") SiblingPosition siblingPosition,
            @NotNull @DecimalMin("0.01") @Digits(integer = 12, fraction = 2) @Schema(example = "32000.00")
            BigDecimal fee,
            @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 6) @Schema(example = "0")
            BigDecimal londonUplift) {
    }
}
