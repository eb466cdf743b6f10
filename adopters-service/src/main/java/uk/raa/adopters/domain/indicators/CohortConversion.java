package uk.raa.adopters.domain.indicators;

/**
 * How a cohort of households (those entering a step in {@code cohortYear}) had fared by the as-at date.
 * {@code cohortSize = approved + stillInProcess + leftProcess}; {@code rate} is approved out of cohortSize.
 * A recent cohort's rate is not final while {@code stillInProcess} is above zero.
 */
public record CohortConversion(
        FinancialYear cohortYear,
        int cohortSize,
        int approved,
        int stillInProcess,
        int leftProcess,
        Proportion rate) {
}
