package uk.raa.finance.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.raa.finance.domain.contribution.BoardDecisionKind;
import uk.raa.finance.domain.contribution.FundingKind;

/** What the baseline and agreement endpoints answer. Money is a string of pounds with two decimals. */
public final class ContributionViews {

    private ContributionViews() {
    }

    @Schema(name = "Baseline")
    public record BaselineView(
            @Schema(example = "0b7e6c1e-5a41-4c2c-9d0a-3f6a2b1f9e77") UUID id,
            @Schema(example = "coventry") String authority,
            @Schema(example = "2018") int year,
            @Schema(example = "2018/19") String label,
            @Schema(example = "1200000.00") String inScopeSpend,
            @Schema(example = "40") int adoptions,
            @Schema(description = "£ per adoption, rounded for display", example = "30000.00") String unitCost,
            @Schema(description = "Unrounded, as the rules use it", example = "30000") String unitCostUnrounded,
            @Schema(description = "Send it back in If-Match to update", example = "0") long version) {
    }

    @Schema(name = "Baselines", description = "Baselines for one financial year and the agency average")
    public record BaselinesView(
            @Schema(example = "2018") int year,
            @Schema(example = "2018/19") String label,
            List<BaselineView> baselines,
            @Schema(description = "Members whose baselines form the average: those already members before the "
                    + "following year began", example = "[\"coventry\",\"solihull\",\"warwickshire\",\"worcestershire\"]")
            List<String> averageOf,
            @Schema(description = "Total spend ÷ total adoptions of those members, rounded for display; absent "
                    + "until every one of them has a baseline", example = "31818.18") String agencyAverageUnitCost,
            @Schema(example = "31818.18181818181818181818181818182") String agencyAverageUnitCostUnrounded) {
    }

    @Schema(name = "AgreementTerms")
    public record AgreementView(
            @Schema(example = "2019") int year,
            @Schema(description = "Uplift on existing members' agreed baselines (0.02 = 2%)", example = "0")
            BigDecimal uplift,
            @Schema(description = "Agreed baselines that differ from the measured baseline-year spend",
                    example = "{\"coventry\":\"1150000.00\"}") Map<String, String> agreedBaselines,
            @Schema(example = "0") long version) {
    }

    @Schema(name = "BoardDecision")
    public record DecisionView(
            @Schema(example = "herefordshire") String joiner,
            @Schema(example = "2019") int year,
            @Schema(example = "CLOSE_IN_FULL") BoardDecisionKind kind,
            @Schema(example = "20000.00") String amount,
            @Schema(example = "2019-05-14") LocalDate decidedOn,
            @Schema(example = "0") long version) {
    }

    @Schema(name = "Funding")
    public record GrantAllocationView(
            @Schema(example = "DFE_IMPLEMENTATION_GRANT") FundingKind kind,
            @Schema(example = "2019") int year,
            @Schema(example = "herefordshire") String joiner,
            @Schema(example = "60000.00") String total,
            @Schema(example = "40000.00") String toJoiner,
            @Schema(example = "20000.00") String toAgency,
            @Schema(example = "0.00") String towardsShortfall,
            @Schema(example = "0") long version) {
    }
}
