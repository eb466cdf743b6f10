package uk.raa.finance.domain.fees;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static uk.raa.finance.domain.fees.AgencyType.LOCAL_AUTHORITY;
import static uk.raa.finance.domain.fees.AgencyType.RAA;
import static uk.raa.finance.domain.fees.AgencyType.VOLUNTARY_AGENCY;
import static uk.raa.finance.domain.fees.SiblingPosition.FIRST_CHILD;
import static uk.raa.finance.domain.fees.SiblingPosition.SECOND_OR_LATER;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.raa.finance.domain.money.Money;
import uk.raa.finance.domain.rules.DomainRuleViolation;

class FeeScheduleTest {

    private final FeeSchedule defaults = FeeScheduleDefaults.defaults();

    @Test
    void localAuthorityAndRaaFeeIs27000PerChildFrom2011() {
        assertEquals(Money.of(27_000), defaults.lookup(LocalDate.of(2011, 4, 1), LOCAL_AUTHORITY, FIRST_CHILD, false));
        assertEquals(Money.of(27_000), defaults.lookup(LocalDate.of(2019, 7, 1), RAA, FIRST_CHILD, false));
        assertEquals(Money.of(27_000), defaults.lookup(LocalDate.of(2019, 7, 1), RAA, SECOND_OR_LATER, false));
    }

    @Test
    void londonAddsTenPercentToTheLocalAuthorityFee() {
        // 27,000 × 1.10 = 29,700
        assertEquals(Money.of(29_700), defaults.lookup(LocalDate.of(2019, 7, 1), LOCAL_AUTHORITY, FIRST_CHILD, true));
    }

    @Test
    void voluntaryAgencyFeeIs31620FromApril2019() {
        assertEquals(Money.of(31_620), defaults.lookup(LocalDate.of(2019, 4, 1), VOLUNTARY_AGENCY, FIRST_CHILD, false));
        // the default VA rate is national: no London uplift configured
        assertEquals(Money.of(31_620), defaults.lookup(LocalDate.of(2019, 4, 1), VOLUNTARY_AGENCY, FIRST_CHILD, true));
    }

    @Test
    void noFeeBeforeTheFirstRateOrForAnUnconfiguredPosition() {
        DomainRuleViolation beforeVa = assertThrows(DomainRuleViolation.class,
                () -> defaults.lookup(LocalDate.of(2019, 3, 31), VOLUNTARY_AGENCY, FIRST_CHILD, false));
        assertEquals("no-fee-applies", beforeVa.rule());
        assertThrows(DomainRuleViolation.class,
                () -> defaults.lookup(LocalDate.of(2011, 3, 31), LOCAL_AUTHORITY, FIRST_CHILD, false));
        assertThrows(DomainRuleViolation.class,
                () -> defaults.lookup(LocalDate.of(2020, 1, 1), VOLUNTARY_AGENCY, SECOND_OR_LATER, false));
    }

    @Test
    void laterRatesReplaceEarlierOnesFromTheirEffectiveDate() {
        FeeSchedule schedule = new FeeSchedule(List.of(
                new FeeRate(LocalDate.of(2019, 4, 1), VOLUNTARY_AGENCY, FIRST_CHILD, Money.of(31_620), null),
                new FeeRate(LocalDate.of(2020, 4, 1), VOLUNTARY_AGENCY, FIRST_CHILD, Money.of(32_500), null),
                new FeeRate(LocalDate.of(2019, 4, 1), VOLUNTARY_AGENCY, SECOND_OR_LATER, Money.of(20_000), null)));
        assertEquals(Money.of(31_620), schedule.lookup(LocalDate.of(2020, 3, 31), VOLUNTARY_AGENCY, FIRST_CHILD, false));
        assertEquals(Money.of(32_500), schedule.lookup(LocalDate.of(2020, 4, 1), VOLUNTARY_AGENCY, FIRST_CHILD, false));
        assertEquals(Money.of(20_000),
                schedule.lookup(LocalDate.of(2021, 1, 1), VOLUNTARY_AGENCY, SECOND_OR_LATER, false));
    }

    @Test
    void londonUpliftIsRoundedHalfUpOnce() {
        FeeSchedule schedule = new FeeSchedule(List.of(new FeeRate(LocalDate.of(2011, 4, 1), LOCAL_AUTHORITY,
                FIRST_CHILD, Money.of("31621.05"), new BigDecimal("0.10"))));
        // 31,621.05 × 1.10 = 34,783.155 → 34,783.16
        assertEquals(Money.of("34783.16"), schedule.lookup(LocalDate.of(2019, 1, 1), LOCAL_AUTHORITY, FIRST_CHILD, true));
    }

    @Test
    void twoRatesForTheSameDateTypeAndPositionAreRejected() {
        DomainRuleViolation v = assertThrows(DomainRuleViolation.class, () -> new FeeSchedule(List.of(
                new FeeRate(LocalDate.of(2011, 4, 1), RAA, FIRST_CHILD, Money.of(27_000), null),
                new FeeRate(LocalDate.of(2011, 4, 1), RAA, FIRST_CHILD, Money.of(28_000), null))));
        assertEquals("one-rate-per-date-type-position", v.rule());
    }
}
