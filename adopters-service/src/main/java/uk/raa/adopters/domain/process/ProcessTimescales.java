package uk.raa.adopters.domain.process;

import uk.raa.adopters.domain.DomainRuleViolation;

/**
 * Timescale lengths, as reference data. {@link #statutoryDefaults()} gives the Adoption Agencies
 * Regulations (as amended 2013) figures from DOMAIN.md section 3.
 */
public record ProcessTimescales(
        int registrationDecisionWorkingDays,
        int stage1Months,
        int stage2StartWindowMonths,
        int stage2Months) {

    public ProcessTimescales {
        positive(registrationDecisionWorkingDays, "registrationDecisionWorkingDays");
        positive(stage1Months, "stage1Months");
        positive(stage2StartWindowMonths, "stage2StartWindowMonths");
        positive(stage2Months, "stage2Months");
    }

    /** 5 working days, 2 months, 6 months, 4 months. */
    public static ProcessTimescales statutoryDefaults() {
        return new ProcessTimescales(5, 2, 6, 4);
    }

    private static void positive(int value, String field) {
        if (value <= 0) {
            throw new DomainRuleViolation(field, "POSITIVE", "must be greater than zero");
        }
    }
}
