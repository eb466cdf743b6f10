package uk.raa.adopters.domain.indicators;

/** A proportion for one financial year's cohort. */
public record YearProportion(FinancialYear year, Proportion proportion) {
}
