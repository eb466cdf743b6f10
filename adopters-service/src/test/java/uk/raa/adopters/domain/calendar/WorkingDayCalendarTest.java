package uk.raa.adopters.domain.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import uk.raa.adopters.domain.DomainRuleViolation;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = new WorkingDayCalendar(BankHolidays.englandAndWales());

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void fiveWorkingDaysFromAFridaySkipTheWeekend() {
        // Fri 7 Jun 2024: Mon 10 (1), Tue 11 (2), Wed 12 (3), Thu 13 (4), Fri 14 (5)
        assertEquals(d("2024-06-14"), calendar.addWorkingDays(d("2024-06-07"), 5));
    }

    @Test
    void aStartOnSaturdayCountsFromMonday() {
        // Sat 8 Jun 2024: Sun not counted; Mon 10 (1) .. Fri 14 (5)
        assertEquals(d("2024-06-14"), calendar.addWorkingDays(d("2024-06-08"), 5));
        // Sat 8 + 1 working day = Mon 10
        assertEquals(d("2024-06-10"), calendar.addWorkingDays(d("2024-06-08"), 1));
    }

    @Test
    void christmasAndBoxingDayAreSkipped() {
        // Fri 20 Dec 2024: Mon 23 (1), Tue 24 (2), [Wed 25, Thu 26 bank holidays], Fri 27 (3), [Sat, Sun], Mon 30 (4), Tue 31 (5)
        assertEquals(d("2024-12-31"), calendar.addWorkingDays(d("2024-12-20"), 5));
    }

    @Test
    void christmasToNewYearCrossesIntoTheNextYearsData() {
        // Tue 24 Dec 2024: [25, 26 BH], Fri 27 (1), Mon 30 (2), Tue 31 (3), [Wed 1 Jan 2025 BH], Thu 2 (4), Fri 3 (5)
        assertEquals(d("2025-01-03"), calendar.addWorkingDays(d("2024-12-24"), 5));
    }

    @Test
    void substituteDaysWhenChristmasFallsAtTheWeekend() {
        // 2020: Fri 25 Dec BH, Sat 26, Sun 27, Mon 28 (Boxing Day substitute) -> first working day Tue 29
        assertEquals(d("2020-12-29"), calendar.addWorkingDays(d("2020-12-24"), 1));
        // 2021: Sat 25, Sun 26, Mon 27 and Tue 28 substitutes -> Fri 24 + 1 = Wed 29
        assertEquals(d("2021-12-29"), calendar.addWorkingDays(d("2021-12-24"), 1));
        // 2022: New Year's Day Sat 1 Jan, substitute Mon 3 Jan -> Fri 31 Dec 2021 + 1 = Tue 4 Jan 2022
        assertEquals(d("2022-01-04"), calendar.addWorkingDays(d("2021-12-31"), 1));
    }

    @Test
    void easterGoodFridayAndEasterMondayAreSkipped() {
        // Thu 28 Mar 2024: [Fri 29 Good Friday, Sat, Sun, Mon 1 Apr Easter Monday], Tue 2 (1), Wed 3 (2), Thu 4 (3), Fri 5 (4), Mon 8 (5)
        assertEquals(d("2024-04-08"), calendar.addWorkingDays(d("2024-03-28"), 5));
        // Easter 2025: Thu 17 Apr + 1 = Tue 22 Apr (Fri 18 and Mon 21 are bank holidays)
        assertEquals(d("2025-04-22"), calendar.addWorkingDays(d("2025-04-17"), 1));
    }

    @Test
    void oneOffBankHolidaysAreInTheDefaultData() {
        assertFalse(calendar.isWorkingDay(d("2022-09-19"))); // State Funeral
        assertFalse(calendar.isWorkingDay(d("2023-05-08"))); // Coronation
        assertFalse(calendar.isWorkingDay(d("2020-05-08"))); // VE Day 75 (moved early May holiday)
        assertTrue(calendar.isWorkingDay(d("2020-05-04")));  // the usual first Monday was a working day that year
    }

    @Test
    void workingDaysBetweenCountsAfterStartUpToAndIncludingEnd() {
        // after Fri 20 Dec 2024 to Tue 31 Dec: 23, 24, 27, 30, 31 = 5
        assertEquals(5, calendar.workingDaysBetween(d("2024-12-20"), d("2024-12-31")));
        assertEquals(0, calendar.workingDaysBetween(d("2024-12-31"), d("2024-12-20")));
    }

    @Test
    void zeroWorkingDaysReturnsTheStartAndNegativeIsRejected() {
        assertEquals(d("2024-06-08"), calendar.addWorkingDays(d("2024-06-08"), 0));
        DomainRuleViolation e = assertThrows(DomainRuleViolation.class, () -> calendar.addWorkingDays(d("2024-06-08"), -1));
        assertEquals("workingDays", e.field());
    }

    @Test
    void aYearWithoutDataFailsRatherThanAssumingNoHolidays() {
        DomainRuleViolation e = assertThrows(DomainRuleViolation.class, () -> calendar.isWorkingDay(d("2030-06-03")));
        assertEquals("BANK_HOLIDAYS_NOT_LOADED", e.rule());
        // Fri 31 Dec 2027 + 1 needs 2028 data, which the default set does not have
        assertThrows(DomainRuleViolation.class, () -> calendar.addWorkingDays(d("2027-12-31"), 1));
    }

    @Test
    void aYearCanBeOverridden() {
        // an imagined extra holiday on Mon 10 Jun 2024: Fri 7 + 1 becomes Tue 11 instead of Mon 10
        BankHolidays base = BankHolidays.englandAndWales();
        Set<LocalDate> dates = new java.util.TreeSet<>(base.inYear(2024));
        dates.add(d("2024-06-10"));
        WorkingDayCalendar overridden = new WorkingDayCalendar(base.withYear(2024, dates));
        assertEquals(d("2024-06-11"), overridden.addWorkingDays(d("2024-06-07"), 1));
        assertEquals(d("2024-06-10"), calendar.addWorkingDays(d("2024-06-07"), 1));
    }

    @Test
    void holidaysCanBeLoadedFromText() {
        String text = """
                # an agency's own list
                2024-01-01
                2024-01-02   # 2 January

                """;
        BankHolidays loaded = BankHolidays.parse(new StringReader(text), Set.of(2025));
        WorkingDayCalendar custom = new WorkingDayCalendar(loaded);
        // 2024 is covered with Mon 1 and Tue 2 Jan as holidays; 2025 is covered with none; 2023 is not covered
        assertFalse(custom.isWorkingDay(d("2024-01-02")));
        assertTrue(custom.isWorkingDay(d("2024-01-03")));
        assertTrue(loaded.covers(2025));
        assertTrue(custom.isWorkingDay(d("2025-01-01"))); // covered year with no holidays listed
        assertFalse(loaded.covers(2023));
        DomainRuleViolation e = assertThrows(DomainRuleViolation.class,
                () -> BankHolidays.parse(new StringReader("2024-13-01"), Set.of()));
        assertEquals("bankHolidays.line[1]", e.field());
    }

    @Test
    void aDateFiledUnderTheWrongYearIsRejected() {
        DomainRuleViolation e = assertThrows(DomainRuleViolation.class,
                () -> BankHolidays.englandAndWales().withYear(2026, Set.of(d("2025-12-25"))));
        assertEquals("YEAR_MISMATCH", e.rule());
    }
}
