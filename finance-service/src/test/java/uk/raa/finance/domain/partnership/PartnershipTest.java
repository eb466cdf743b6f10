package uk.raa.finance.domain.partnership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.raa.finance.domain.rules.DomainRuleViolation;

class PartnershipTest {

    private static final AuthorityCode COVENTRY = AuthorityCode.of("coventry");
    private static final AuthorityCode SOLIHULL = AuthorityCode.of("solihull");
    private static final AuthorityCode HEREFORDSHIRE = AuthorityCode.of("herefordshire");
    private static final LocalDate LAUNCH = LocalDate.of(2018, 2, 1);

    private final Partnership ace = new Partnership("ace", List.of(
            MembershipPeriod.open(COVENTRY, LAUNCH),
            MembershipPeriod.open(SOLIHULL, LAUNCH),
            MembershipPeriod.open(HEREFORDSHIRE, LocalDate.of(2019, 7, 1))));

    @Test
    void joinerInItsFirstYearThenExistingFromItsSecond() {
        assertEquals(Standing.JOINER, ace.standingIn(HEREFORDSHIRE, FinancialYear.of(2019)));
        assertEquals(Standing.EXISTING, ace.standingIn(HEREFORDSHIRE, FinancialYear.of(2020)));
        assertEquals(Standing.EXISTING, ace.standingIn(COVENTRY, FinancialYear.of(2019)));
    }

    @Test
    void foundersAreExistingInTheAgencysFirstYear() {
        assertEquals(Standing.EXISTING, ace.standingIn(COVENTRY, FinancialYear.of(2017)));
    }

    @Test
    void membershipOnADateFollowsTheJoiningDate() {
        assertFalse(ace.isMemberOn(HEREFORDSHIRE, LocalDate.of(2019, 6, 30)));
        assertTrue(ace.isMemberOn(HEREFORDSHIRE, LocalDate.of(2019, 7, 1)));
        assertEquals(List.of(COVENTRY, SOLIHULL), ace.membersOn(LocalDate.of(2019, 6, 30)));
        assertEquals(3, ace.membersOn(LocalDate.of(2019, 7, 1)).size());
    }

    @Test
    void standingOutsideMembershipIsARuleViolation() {
        DomainRuleViolation v = assertThrows(DomainRuleViolation.class,
                () -> ace.standingIn(HEREFORDSHIRE, FinancialYear.of(2018)));
        assertEquals("member-in-year", v.rule());
    }

    @Test
    void oneMembershipPerAuthority() {
        DomainRuleViolation v = assertThrows(DomainRuleViolation.class, () -> new Partnership("ace", List.of(
                MembershipPeriod.open(COVENTRY, LAUNCH), MembershipPeriod.open(COVENTRY, LocalDate.of(2020, 1, 1)))));
        assertEquals("one-membership-per-authority", v.rule());
    }
}
