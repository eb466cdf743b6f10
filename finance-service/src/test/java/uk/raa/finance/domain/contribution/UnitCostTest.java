package uk.raa.finance.domain.contribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.raa.finance.domain.contribution.AceFixture.HEREFORDSHIRE;
import static uk.raa.finance.domain.contribution.AceFixture.Y2018;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.raa.finance.domain.money.Money;
import uk.raa.finance.domain.rules.DomainRuleViolation;

class UnitCostTest {

    @Test
    void agencyAverageIsWeightedByAdoptionsNotAMeanOfUnitCosts() {
        UnitCost average = UnitCost.weightedAverage(AceFixture.founderBaselines2018());
        // 3,500,000 / 110 = 31,818.1818...; the mean of the unit costs would be
        // (30,000 + 40,000 + 30,000 + 32,000) / 4 = 33,000
        assertEquals(Money.of("31818.18"), average.forDisplay());
        assertEquals(0, average.value().compareTo(new BigDecimal("31818.18181818181818181818181818182")));
        assertEquals(110, average.adoptions());
    }

    @Test
    void comparisonsAreExact() {
        UnitCost average = UnitCost.weightedAverage(AceFixture.founderBaselines2018());
        // 31,818.18 × 10 = 318,181.80 is below the exact average 318,181.8181.../10 adoptions
        assertTrue(UnitCost.of(Money.of("318181.80"), 10).isBelow(average));
        // 350,000 / 11 = 31,818.1818... equals 3,500,000 / 110 exactly
        assertFalse(UnitCost.of(Money.of(350_000), 11).isBelow(average));
        assertEquals(0, UnitCost.of(Money.of(350_000), 11).compareTo(average));
    }

    @Test
    void zeroAdoptionsHasNoUnitCost() {
        Baseline none = new Baseline(HEREFORDSHIRE, Y2018, Money.of(300_000), 0);
        DomainRuleViolation v = assertThrows(DomainRuleViolation.class, none::unitCost);
        assertEquals("unit-cost-requires-adoptions", v.rule());
        assertEquals("adoptions", v.field());
        assertFalse(v.getMessage().contains("300"), "message must not carry the figures");
    }

    @Test
    void averageOfBaselinesWithNoAdoptionsAtAllIsAViolation() {
        DomainRuleViolation v = assertThrows(DomainRuleViolation.class, () -> UnitCost.weightedAverage(
                List.of(new Baseline(HEREFORDSHIRE, Y2018, Money.of(1), 0))));
        assertEquals("unit-cost-requires-adoptions", v.rule());
    }
}
