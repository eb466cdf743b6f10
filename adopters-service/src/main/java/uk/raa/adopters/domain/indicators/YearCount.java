package uk.raa.adopters.domain.indicators;

/** A count for one financial year (the as-at date's year is counted to the as-at date only). */
public record YearCount(FinancialYear year, int count) {
}
