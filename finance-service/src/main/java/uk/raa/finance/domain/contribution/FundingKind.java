package uk.raa.finance.domain.contribution;

/** One-off money supporting a joining (seed 002 §5.3). */
public enum FundingKind {
    DFE_IMPLEMENTATION_GRANT,
    TRANSITIONAL_FUNDING
}
