package uk.raa.finance.domain.partnership;

import uk.raa.finance.domain.money.Fraction;
import uk.raa.finance.domain.rules.DomainRuleViolation;

/**
 * Days of membership within a financial year over the days in that year, both counted inclusively
 * (1 July 2019 to 31 March 2020 is 275 of 366). Kept as a pair of day counts so it stays exact.
 */
public record ProRata(int memberDays, int yearDays) {

    public ProRata {
        DomainRuleViolation.require(yearDays == 365 || yearDays == 366, "pro-rata-year-days", "yearDays",
                "a financial year has 365 or 366 days");
        DomainRuleViolation.require(memberDays >= 0 && memberDays <= yearDays, "pro-rata-member-days",
                "memberDays", "days of membership must be between 0 and the days in the year");
    }

    public static ProRata fullYear(FinancialYear year) {
        return new ProRata(year.days(), year.days());
    }

    public Fraction fraction() {
        return Fraction.ratio(memberDays, yearDays);
    }

    public Fraction applyTo(Fraction amount) {
        return amount.times(fraction());
    }

    public boolean isFullYear() {
        return memberDays == yearDays;
    }
}
