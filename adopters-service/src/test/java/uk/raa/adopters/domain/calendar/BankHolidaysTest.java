package uk.raa.adopters.domain.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Cross-checks the hand-entered default data against rules it must satisfy. */
class BankHolidaysTest {

    private final BankHolidays holidays = BankHolidays.englandAndWales();

    @Test
    void coversTwentyEighteenToTwentyTwentySeven() {
        assertEquals(Set.of(2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027), holidays.years());
    }

    @Test
    void eightHolidaysAYearExceptTheOneOffs() {
        for (int year : holidays.years()) {
            // 2022: + Platinum Jubilee + State Funeral = 10; 2023: + Coronation = 9
            int expected = year == 2022 ? 10 : year == 2023 ? 9 : 8;
            assertEquals(expected, holidays.inYear(year).size(), "holidays in " + year);
        }
    }

    @Test
    void noHolidayFallsAtAWeekend() {
        for (int year : holidays.years()) {
            for (LocalDate date : holidays.inYear(year)) {
                assertNotEquals(DayOfWeek.SATURDAY, date.getDayOfWeek(), date.toString());
                assertNotEquals(DayOfWeek.SUNDAY, date.getDayOfWeek(), date.toString());
            }
        }
    }

    @Test
    void goodFridayAndEasterMondayMatchTheGregorianEasterDate() {
        for (int year : holidays.years()) {
            LocalDate easterSunday = easterSunday(year);
            assertTrue(holidays.isBankHoliday(easterSunday.minusDays(2)), "Good Friday " + year);
            assertTrue(holidays.isBankHoliday(easterSunday.plusDays(1)), "Easter Monday " + year);
        }
        // spot check by hand: Easter Sunday 2024 was 31 March
        assertEquals(LocalDate.of(2024, 3, 31), easterSunday(2024));
    }

    @Test
    void summerHolidayIsTheLastMondayOfAugust() {
        for (int year : holidays.years()) {
            LocalDate lastMonday = LocalDate.of(year, 8, 31);
            while (lastMonday.getDayOfWeek() != DayOfWeek.MONDAY) {
                lastMonday = lastMonday.minusDays(1);
            }
            assertTrue(holidays.isBankHoliday(lastMonday), "summer " + year);
        }
    }

    /** Anonymous Gregorian algorithm (Meeus/Jones/Butcher), independent of the data under test. */
    private static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
