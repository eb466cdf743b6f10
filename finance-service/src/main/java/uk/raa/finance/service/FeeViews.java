package uk.raa.finance.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.raa.finance.domain.fees.AgencyType;
import uk.raa.finance.domain.fees.InterAgencyClassification;
import uk.raa.finance.domain.fees.SiblingPosition;

/** What the fee endpoints answer. */
public final class FeeViews {

    private FeeViews() {
    }

    @Schema(name = "FeeRate")
    public record FeeRateView(
            @Schema(example = "0b7e6c1e-5a41-4c2c-9d0a-3f6a2b1f9e77") UUID id,
            @Schema(example = "2019-04-01") LocalDate effectiveFrom,
            @Schema(example = "VOLUNTARY_AGENCY") AgencyType otherAgencyType,
            @Schema(example = "FIRST_CHILD") SiblingPosition siblingPosition,
            @Schema(example = "31620.00") String fee,
            @Schema(description = "Added for London placements (0.10 = 10%)", example = "0") BigDecimal londonUplift) {
    }

    @Schema(name = "FeeLedgerLine")
    public record LedgerLineView(
            @Schema(example = "0b7e6c1e-5a41-4c2c-9d0a-3f6a2b1f9e77") UUID id,
            @Schema(example = "6f1c1c1e-3b0e-4d8e-9a53-8b7a1f0f2a10") UUID matchId,
            @Schema(example = "8a1c1c1e-3b0e-4d8e-9a53-8b7a1f0f2a11") UUID childId,
            @Schema(description = "The child's authority", example = "coventry") String authority,
            @Schema(description = "The fee date", example = "2019-09-02") LocalDate movedIn,
            @Schema(example = "PAYABLE") InterAgencyClassification classification,
            @Schema(example = "VOLUNTARY_AGENCY") AgencyType counterpartType,
            @Schema(example = "FIRST_CHILD") SiblingPosition siblingPosition,
            @Schema(example = "false") boolean london,
            @Schema(example = "31620.00") String fee,
            @Schema(description = "Set when the move-in fell in a closed year and the line is posted here",
                    example = "2018") Integer relatesToYear) {
    }

    @Schema(name = "FeeLedgerTotal")
    public record AuthorityFeesView(
            @Schema(example = "coventry") String authority,
            @Schema(example = "31620.00") String payable,
            @Schema(example = "0.00") String receivable) {
    }

    @Schema(name = "FeeLedger")
    public record LedgerView(
            @Schema(example = "2019") int year,
            @Schema(example = "2019/20") String label,
            List<LedgerLineView> lines,
            List<AuthorityFeesView> byAuthority,
            @Schema(example = "31620.00") String payable,
            @Schema(example = "27000.00") String receivable) {
    }
}
