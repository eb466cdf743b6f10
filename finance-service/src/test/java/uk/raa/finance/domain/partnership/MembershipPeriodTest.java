package uk.raa.finance.domain.partnership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import uk.raa.finance.domain.money.Fraction;
import uk.raa.finance.domain.rules.DomainRuleViolation;

class MembershipPeriodTest {

    private static final AuthorityCode HEREFORDSHIRE = AuthorityCode.of("herefordshire");
    private static final AuthorityCode WORCESTERSHIRE = AuthorityCode.of("worcestershire");

    @Test
    void herefordshireJoiningOnFirstJulyIs275Of366Days() {
        MembershipPeriod p = MembershipPeriod.open(HEREFORDSHIRE, LocalDate.of(2019, 7, 1));
        // July 31 + Aug 31 + Sep 30 + Oct 31 + Nov 30 + Dec 31 + Jan 31 + Feb 29 + Mar 31 = 275
        assertEquals(275, p.daysWithin(FinancialYear.of(2019)));
        assertEquals(new ProRata(275, 366), p.proRataFor(FinancialYear.of(2019)));
        assertTrue(p.proRataFor(FinancialYear.of(2019)).fraction().sameValueAs(Fraction.ratio(275, 366)));
        assertEquals(0, p.daysWithin(FinancialYear.of(2018)));
        assertEquals(365, p.daysWithin(FinancialYear.of(2020)));
        assertEquals(FinancialYear.of(2019), p.firstYear());
    }

    @Test
    void memberLeavingPartWayIsCountedToItsLastDayInclusive() {
        MembershipPeriod p = MembershipPeriod.between(WORCESTERSHIRE, LocalDate.of(2018, 2, 1), LocalDate.of(2019, 9, 30));
        // Apr 30 + May 31 + Jun 30 + Jul 31 + Aug 31 + Sep 30 = 183
        assertEquals(183, p.daysWithin(FinancialYear.of(2019)));
        assertEquals(0, p.daysWithin(FinancialYear.of(2020)));
        assertTrue(p.isMemberOn(LocalDate.of(2019, 9, 30)));
        assertFalse(p.isMemberOn(LocalDate.of(2019, 10, 1)));
    }

    @Test
    void joiningAndLeavingInTheSameYear() {
        MembershipPeriod p = MembershipPeriod.between(HEREFORDSHIRE, LocalDate.of(2019, 7, 1), LocalDate.of(2019, 12, 31));
        // Jul 31 + Aug 31 + Sep 30 + Oct 31 + Nov 30 + Dec 31 = 184
        assertEquals(184, p.daysWithin(FinancialYear.of(2019)));
    }

    @Test
    void foundersFirstPartYear() {
        MembershipPeriod p = MembershipPeriod.open(AuthorityCode.of("coventry"), LocalDate.of(2018, 2, 1));
        // Feb 2018 28 + Mar 31 = 59 of 2017/18's 365
        assertEquals(59, p.daysWithin(FinancialYear.of(2017)));
    }

    @Test
    void membershipCannotEndBeforeItStarts() {
        DomainRuleViolation v = assertThrows(DomainRuleViolation.class,
                () -> MembershipPeriod.between(HEREFORDSHIRE, LocalDate.of(2019, 7, 1), LocalDate.of(2019, 6, 30)));
        assertEquals("membership-ends-after-it-starts", v.rule());
        assertEquals("to", v.field());
    }

    @Test
    void proRataRejectsImpossibleDayCounts() {
        assertThrows(DomainRuleViolation.class, () -> new ProRata(367, 366));
        assertThrows(DomainRuleViolation.class, () -> new ProRata(10, 364));
    }
}
