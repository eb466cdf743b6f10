package uk.raa.adopters.domain.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import uk.raa.adopters.domain.DomainRuleViolation;

class FinancialYearAndProportionTest {

    @Test
    void financialYearRunsFromAprilToMarch() {
        FinancialYear fy = FinancialYear.of(2019);
        assertEquals(LocalDate.of(2019, 4, 1), fy.start());
        assertEquals(LocalDate.of(2020, 3, 31), fy.end());
        assertEquals("2019/20", fy.label());
        assertEquals("1999/00", FinancialYear.of(1999).label());
        assertEquals(fy, FinancialYear.containing(LocalDate.of(2020, 3, 31)));
        assertEquals(fy, FinancialYear.containing(LocalDate.of(2019, 4, 1)));
        assertEquals(FinancialYear.of(2018), FinancialYear.containing(LocalDate.of(2019, 3, 31)));
        assertTrue(fy.contains(LocalDate.of(2019, 12, 25)));
        assertFalse(fy.contains(LocalDate.of(2020, 4, 1)));
    }

    @Test
    void percentagesHaveOneDecimalRoundedHalfUp() {
        assertEquals(new BigDecimal("66.7"), Proportion.of(2, 3).percent());   // 66.666..
        assertEquals(new BigDecimal("6.3"), Proportion.of(1, 16).percent());   // 6.25 -> 6.3 (half even would give 6.2)
        assertEquals(new BigDecimal("12.5"), Proportion.of(1, 8).percent());
        assertEquals(new BigDecimal("100.0"), Proportion.of(3, 3).percent());
        assertEquals(new BigDecimal("0.0"), Proportion.of(0, 3).percent());
    }

    @Test
    void anEmptyCohortHasNoPercentage() {
        assertNull(Proportion.of(0, 0).percent());
        DomainRuleViolation e = assertThrows(DomainRuleViolation.class, () -> Proportion.of(4, 3));
        assertEquals("proportion", e.field());
    }
}
