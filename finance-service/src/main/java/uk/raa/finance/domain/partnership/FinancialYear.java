package uk.raa.finance.domain.partnership;

import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import uk.raa.finance.domain.rules.DomainRuleViolation;

/** An English public-sector financial year, 1 April to 31 March: {@code FinancialYear.of(2019)} is 2019/20. */
public record FinancialYear(int startYear) implements Comparable<FinancialYear> {

    public FinancialYear {
        DomainRuleViolation.require(startYear >= 1900 && startYear <= 9998, "financial-year-range", "year",
                "financial year must start between 1900 and 9998");
    }

    public static FinancialYear of(int startYear) {
        return new FinancialYear(startYear);
    }

    /** The financial year a date falls in: January-March belong to the year that started the previous April. */
    public static FinancialYear containing(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return new FinancialYear(date.getMonthValue() >= Month.APRIL.getValue() ? date.getYear() : date.getYear() - 1);
    }

    public LocalDate start() {
        return LocalDate.of(startYear, Month.APRIL, 1);
    }

    public LocalDate end() {
        return LocalDate.of(startYear + 1, Month.MARCH, 31);
    }

    /** Days in the year counting both 1 April and 31 March: 366 when the year contains 29 February. */
    public int days() {
        return (int) ChronoUnit.DAYS.between(start(), end()) + 1;
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    public FinancialYear next() {
        return new FinancialYear(startYear + 1);
    }

    public FinancialYear previous() {
        return new FinancialYear(startYear - 1);
    }

    /** "2019/20". */
    public String label() {
        return startYear + "/" + String.format("%02d", (startYear + 1) % 100);
    }

    @Override
    public int compareTo(FinancialYear o) {
        return Integer.compare(startYear, o.startYear);
    }

    @Override
    public String toString() {
        return label();
    }
}
