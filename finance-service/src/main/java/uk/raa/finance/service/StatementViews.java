package uk.raa.finance.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.raa.finance.domain.contribution.BoardDecisionKind;
import uk.raa.finance.domain.contribution.FundingKind;
import uk.raa.finance.domain.contribution.GapStatus;
import uk.raa.finance.domain.partnership.Standing;

/**
 * Statements as the API shows them. Money is a string of pounds with exactly two decimals ("239071.04"), rounded
 * half up once from the exact value, so no client parses it through a binary float. Unit costs are also given
 * unrounded (34 significant digits) because the rules compare them unrounded.
 */
public final class StatementViews {

    private StatementViews() {
    }

    /** Whether a statement is still being worked on, agreed and locked, or a hypothetical. */
    public enum StatementStatus { OPEN, CLOSED, WHAT_IF }

    @Schema(name = "YearStatement")
    public record StatementView(
            @Schema(example = "ace") String agency,
            @Schema(description = "The April the financial year starts", example = "2019") int year,
            @Schema(example = "2019/20") String label,
            @Schema(example = "OPEN") StatementStatus status,
            @Schema(description = "When the year was closed; absent while open", example = "2020-06-30T12:00:00Z")
            Instant closedAt,
            AgencyTotalsView totals,
            List<MemberView> members,
            List<AdverseImpactView> adverseImpacts,
            List<GrantView> grants,
            List<AdjustmentView> adjustments) {
    }

    @Schema(name = "MemberYearStatement", description = "One member's statement for a financial year")
    public record MemberStatementView(
            @Schema(example = "ace") String agency,
            @Schema(example = "2019") int year,
            @Schema(example = "2019/20") String label,
            @Schema(example = "OPEN") StatementStatus status,
            @Schema(example = "2020-06-30T12:00:00Z") Instant closedAt,
            MemberView member,
            @Schema(description = "The member's share of each joiner's adverse impact")
            List<ImpactShareView> adverseImpactShares,
            List<AdjustmentView> adjustments) {
    }

    @Schema(name = "AgencyTotals", description = "Sums of the published lines")
    public record AgencyTotalsView(
            @Schema(example = "3739071.04") String contributions,
            @Schema(example = "0.00") String adverseImpact,
            @Schema(description = "The Board's invariant: true only when the adverse impact is zero", example = "true")
            boolean noAdverseImpact,
            @Schema(example = "0") int awaitingBoardDecisions,
            @Schema(example = "27000.00") String feesPayable,
            @Schema(example = "27000.00") String feesReceivable,
            @Schema(example = "40000.00") String grantsToJoiners,
            @Schema(example = "20000.00") String grantsToAgency,
            @Schema(example = "0.00") String fundingTowardsShortfall,
            @Schema(description = "Corrections to closed years posted in this year", example = "0.00")
            String adjustments) {
    }

    @Schema(name = "MemberStatement")
    public record MemberView(
            @Schema(example = "herefordshire") String authority,
            @Schema(example = "JOINER") Standing standing,
            @Schema(description = "Days of membership in the year, both ends counted", example = "275") int memberDays,
            @Schema(example = "366") int yearDays,
            @Schema(description = "Agreed baseline (existing member) or baseline-year in-scope spend (joiner)",
                    example = "280000.00") String annualBasis,
            @Schema(description = "Agreed uplift as a fraction (0.02 = 2%)", example = "0") BigDecimal uplift,
            @Schema(example = "239071.04") String contribution,
            @Schema(description = "Only for a member in its joining year") JoinerView joiner,
            @Schema(example = "0.00") String adverseImpactShare,
            @Schema(example = "0.00") String feesPayable,
            @Schema(example = "40000.00") String grantReceived,
            @Schema(description = "Adjustments to closed years posted to this member in this year", example = "0.00")
            String adjustments) {
    }

    @Schema(name = "JoinerAssessment", description = "Seed 002 §5.2: the joiner's unit cost against the agency average")
    public record JoinerView(
            @Schema(example = "2018") int baselineYear,
            @Schema(example = "28000.00") String unitCost,
            @Schema(example = "28000") String unitCostUnrounded,
            @Schema(example = "31818.18") String agencyAverageUnitCost,
            @Schema(example = "31818.18181818181818181818181818182") String agencyAverageUnitCostUnrounded,
            @Schema(example = "210382.51") String proRatedSpend,
            @Schema(example = "38181.82") String fullYearGap,
            @Schema(example = "28688.52") String proRatedGap,
            @Schema(example = "DECIDED") GapStatus gapStatus,
            @Schema(example = "CLOSE_IN_FULL") BoardDecisionKind decision,
            @Schema(description = "For CLOSE_IN_PART and PHASED", example = "20000.00") String decisionAmount,
            @Schema(example = "28688.52") String gapClosedByJoiner) {
    }

    @Schema(name = "AdverseImpact")
    public record AdverseImpactView(
            @Schema(example = "herefordshire") String joiner,
            @Schema(description = "Agency average × joiner adoptions × pro-rata", example = "239071.04")
            String expectedCost,
            @Schema(example = "210382.51") String joinerContribution,
            @Schema(example = "28688.52") String shortfall,
            @Schema(example = "20000.00") String fundingAssigned,
            @Schema(example = "20000.00") String fundingApplied,
            @Schema(description = "Borne by the existing members", example = "8688.52") String amount,
            @Schema(example = "false") boolean noAdverseImpact,
            @Schema(example = "DECIDED") GapStatus gapStatus,
            @Schema(example = "WAIVED") BoardDecisionKind decision,
            @Schema(description = "Split pro-rata to existing members' contributions; adds up exactly")
            List<AllocationView> allocation) {
    }

    @Schema(name = "AdverseImpactAllocation")
    public record AllocationView(
            @Schema(example = "coventry") String member,
            @Schema(example = "1200000.00") String contributionWeight,
            @Schema(example = "2978.92") String share) {
    }

    @Schema(name = "AdverseImpactShare")
    public record ImpactShareView(
            @Schema(example = "herefordshire") String joiner,
            @Schema(example = "8688.52") String impact,
            @Schema(example = "2978.92") String share) {
    }

    @Schema(name = "GrantAllocation")
    public record GrantView(
            @Schema(example = "DFE_IMPLEMENTATION_GRANT") FundingKind kind,
            @Schema(example = "herefordshire") String joiner,
            @Schema(example = "60000.00") String total,
            @Schema(example = "40000.00") String toJoiner,
            @Schema(example = "20000.00") String toAgency,
            @Schema(example = "0.00") String towardsShortfall) {
    }

    @Schema(name = "Adjustment")
    public record AdjustmentView(
            @Schema(example = "0b7e6c1e-5a41-4c2c-9d0a-3f6a2b1f9e77") UUID id,
            @Schema(example = "coventry") String authority,
            @Schema(description = "The year this year's statement posts it in", example = "2020") int postedInYear,
            @Schema(description = "The closed year it corrects", example = "2019") int relatesToYear,
            @Schema(description = "Owed by the member if positive, credited if negative", example = "-1250.00")
            String amount,
            @Schema(example = "Baseline correction agreed by the Board") String reason) {
    }
}
