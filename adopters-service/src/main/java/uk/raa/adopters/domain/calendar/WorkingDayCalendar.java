package uk.raa.adopters.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;

import uk.raa.adopters.domain.DomainRuleViolation;

/** Working days: Monday to Friday, excluding the bank holidays it is given. */
public final class WorkingDayCalendar {

    private final BankHolidays bankHolidays;

    public WorkingDayCalendar(BankHolidays bankHolidays) {
        this.bankHolidays = DomainRuleViolation.require(bankHolidays, "bankHolidays");
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !bankHolidays.isBankHoliday(date);
    }

    /**
     * The date {@code workingDays} working days after {@code from}. The start day itself is never
     * counted (a registration received on a Friday has Monday as its first working day), so with
     * {@code workingDays = 0} the start date is returned unchanged.
     */
    public LocalDate addWorkingDays(LocalDate from, int workingDays) {
        DomainRuleViolation.require(from, "from");
        if (workingDays < 0) {
            throw new DomainRuleViolation("workingDays", "NOT_NEGATIVE", "must not be negative");
        }
        LocalDate date = from;
        int counted = 0;
        while (counted < workingDays) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    /** Working days in the interval after {@code from} up to and including {@code to}; 0 when {@code to} is not after {@code from}. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
            if (isWorkingDay(date)) {
                count++;
            }
        }
        return count;
    }
}
