package uk.raa.finance.domain.partnership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class FinancialYearTest {

    @Test
    void yearStartingApril2019IsTheLeap2019To20Year() {
        FinancialYear y = FinancialYear.of(2019);
        assertEquals(LocalDate.of(2019, 4, 1), y.start());
        assertEquals(LocalDate.of(2020, 3, 31), y.end());
        assertEquals("2019/20", y.label());
        // 2019-04-01..2020-03-31 contains 29 Feb 2020: 365 + 1 = 366 days, both ends counted.
        assertEquals(366, y.days());
    }

    @Test
    void ordinaryYearsHave365Days() {
        assertEquals(365, FinancialYear.of(2018).days()); // 2018/19: no 29 February
        assertEquals(365, FinancialYear.of(2020).days()); // 2020/21: 29 Feb 2020 falls in 2019/20
        assertEquals(366, FinancialYear.of(2023).days()); // 2023/24 contains 29 Feb 2024
    }

    @Test
    void containingPutsJanuaryToMarchInThePreviousStartYear() {
        assertEquals(FinancialYear.of(2019), FinancialYear.containing(LocalDate.of(2019, 4, 1)));
        assertEquals(FinancialYear.of(2019), FinancialYear.containing(LocalDate.of(2020, 3, 31)));
        assertEquals(FinancialYear.of(2018), FinancialYear.containing(LocalDate.of(2019, 3, 31)));
        assertEquals(FinancialYear.of(2017), FinancialYear.containing(LocalDate.of(2018, 2, 1)));
    }

    @Test
    void containsIsInclusiveAtBothEnds() {
        FinancialYear y = FinancialYear.of(2019);
        assertTrue(y.contains(LocalDate.of(2019, 4, 1)));
        assertTrue(y.contains(LocalDate.of(2020, 3, 31)));
        assertFalse(y.contains(LocalDate.of(2019, 3, 31)));
        assertFalse(y.contains(LocalDate.of(2020, 4, 1)));
    }

    @Test
    void labelsPadTheSecondYearAndCrossCenturies() {
        assertEquals("1999/00", FinancialYear.of(1999).label());
        assertEquals("2009/10", FinancialYear.of(2009).label());
        assertEquals(FinancialYear.of(2020), FinancialYear.of(2019).next());
        assertEquals(FinancialYear.of(2018), FinancialYear.of(2019).previous());
    }
}
