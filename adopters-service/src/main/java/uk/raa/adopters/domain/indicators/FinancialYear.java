package uk.raa.adopters.domain.indicators;

import java.time.LocalDate;

import uk.raa.adopters.domain.DomainRuleViolation;

/** A financial year, 1 April to 31 March; {@code startYear} 2019 is 2019/20 (2019-04-01..2020-03-31). */
public record FinancialYear(int startYear) implements Comparable<FinancialYear> {

    public FinancialYear {
        if (startYear < 1900 || startYear > 9998) {
            throw new DomainRuleViolation("financialYear", "RANGE", "must start between 1900 and 9998");
        }
    }

    public static FinancialYear of(int startYear) {
        return new FinancialYear(startYear);
    }

    public static FinancialYear containing(LocalDate date) {
        return new FinancialYear(date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1);
    }

    public LocalDate start() {
        return LocalDate.of(startYear, 4, 1);
    }

    public LocalDate end() {
        return LocalDate.of(startYear + 1, 3, 31);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    public FinancialYear next() {
        return new FinancialYear(startYear + 1);
    }

    /** e.g. "2019/20". */
    public String label() {
        return startYear + "/" + String.format("%02d", (startYear + 1) % 100);
    }

    @Override
    public int compareTo(FinancialYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return label();
    }
}
