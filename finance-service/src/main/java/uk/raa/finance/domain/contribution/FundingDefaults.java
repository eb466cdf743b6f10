package uk.raa.finance.domain.contribution;

import uk.raa.finance.domain.money.Money;

/** Reference figures from DOMAIN.md §7 / seed 002 §5.3, as defaults callers may replace. */
public final class FundingDefaults {

    private FundingDefaults() {
    }

    /** The DfE implementation grant for one-off joining costs: £60,000. */
    public static Money dfeImplementationGrant() {
        return Money.of(60_000);
    }
}
