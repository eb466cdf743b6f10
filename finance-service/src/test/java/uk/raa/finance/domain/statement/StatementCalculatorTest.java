package uk.raa.finance.domain.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.raa.finance.domain.contribution.AceFixture.COVENTRY;
import static uk.raa.finance.domain.contribution.AceFixture.HEREFORDSHIRE;
import static uk.raa.finance.domain.contribution.AceFixture.SOLIHULL;
import static uk.raa.finance.domain.contribution.AceFixture.WARWICKSHIRE;
import static uk.raa.finance.domain.contribution.AceFixture.WORCESTERSHIRE;
import static uk.raa.finance.domain.contribution.AceFixture.Y2019;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.raa.finance.domain.contribution.AceFixture;
import uk.raa.finance.domain.contribution.BoardDecision;
import uk.raa.finance.domain.contribution.BoardDecisionKind;
import uk.raa.finance.domain.contribution.FundingDefaults;
import uk.raa.finance.domain.contribution.FundingKind;
import uk.raa.finance.domain.contribution.GapStatus;
import uk.raa.finance.domain.contribution.GrantAllocation;
import uk.raa.finance.domain.fees.AgencyType;
import uk.raa.finance.domain.fees.FeeScheduleDefaults;
import uk.raa.finance.domain.fees.InterAgencyPlacement;
import uk.raa.finance.domain.fees.SiblingPosition;
import uk.raa.finance.domain.money.Money;
import uk.raa.finance.domain.partnership.AuthorityCode;
import uk.raa.finance.domain.partnership.Standing;
import uk.raa.finance.domain.rules.DomainRuleViolation;

/**
 * 2019/20 statement with Herefordshire (2018/19: £280,000 / 10 adoptions, below the ACE average) joining on
 * 1 July 2019, the Board waiving its gap, and £20,000 of the DfE grant's agency part assigned to the shortfall.
 */
class StatementCalculatorTest {

    private final StatementCalculator calculator = new StatementCalculator(FeeScheduleDefaults.defaults());

    private final GrantAllocation grant = new GrantAllocation(FundingKind.DFE_IMPLEMENTATION_GRANT, Y2019,
            HEREFORDSHIRE, FundingDefaults.dfeImplementationGrant(), Money.of(40_000), Money.of(20_000),
            Money.of(20_000));

    private final List<InterAgencyPlacement> placements = List.of(
            // Coventry child with a voluntary agency's adopters: payable 31,620
            InterAgencyPlacement.withExternalHousehold(LocalDate.of(2019, 5, 1), COVENTRY,
                    AgencyType.VOLUNTARY_AGENCY, SiblingPosition.FIRST_CHILD, false),
            // Herefordshire child with ACE adopters before it joined: receivable 27,000
            InterAgencyPlacement.withAgencyHousehold(LocalDate.of(2019, 6, 30), HEREFORDSHIRE,
                    AgencyType.LOCAL_AUTHORITY, SiblingPosition.FIRST_CHILD, false),
            // Warwickshire child with ACE adopters: within the agency, no fee
            InterAgencyPlacement.withAgencyHousehold(LocalDate.of(2019, 8, 1), WARWICKSHIRE, null,
                    SiblingPosition.FIRST_CHILD, false));

    private YearStatement statement(List<BoardDecision> decisions) {
        return calculator.statementFor(Y2019, AceFixture.withHerefordshire(),
                AceFixture.baselinesWithHerefordshire(Money.of(280_000), 10), AceFixture.terms2019(), decisions,
                List.of(grant), placements);
    }

    private static MemberStatement member(YearStatement s, AuthorityCode m) {
        return s.memberStatement(m).orElseThrow();
    }

    @Test
    void herefordshireStatementShowsItsGapDecisionAndGrant() {
        YearStatement s = statement(List.of(BoardDecision.waived(HEREFORDSHIRE, Y2019)));
        MemberStatement h = member(s, HEREFORDSHIRE);
        assertEquals(Standing.JOINER, h.standing());
        assertEquals(275, h.proRata().memberDays());
        assertEquals(366, h.proRata().yearDays());
        // 280,000 × 275/366 → 210,382.51
        assertEquals(Money.of("210382.51"), h.contribution());
        assertEquals(Money.of("28688.52"), h.joinerAssessment().proRatedGap());
        assertEquals(BoardDecisionKind.WAIVED, h.joinerAssessment().decision().kind());
        assertEquals(Money.ZERO, h.adverseImpactShare());
        assertEquals(Money.of(40_000), h.grantReceived());
        assertEquals(Money.ZERO, h.feesPayable());
    }

    @Test
    void foundersStatementsCarryTheirShareOfTheImpactAndTheirFees() {
        YearStatement s = statement(List.of(BoardDecision.waived(HEREFORDSHIRE, Y2019)));
        // impact = 28,688.5245... − 20,000 grant → 8,688.52 = 868,852p by 12:6:9:8 (of 35):
        // 297,892.11 / 148,946.06 / 223,419.09 / 198,594.74 → floors sum 868,851; the spare penny → .74
        assertEquals(Money.of("2978.92"), member(s, COVENTRY).adverseImpactShare());
        assertEquals(Money.of("1489.46"), member(s, SOLIHULL).adverseImpactShare());
        assertEquals(Money.of("2234.19"), member(s, WARWICKSHIRE).adverseImpactShare());
        assertEquals(Money.of("1985.95"), member(s, WORCESTERSHIRE).adverseImpactShare());
        assertEquals(Money.of(1_200_000), member(s, COVENTRY).contribution());
        assertNull(member(s, COVENTRY).joinerAssessment());
        assertEquals(Money.of(31_620), member(s, COVENTRY).feesPayable());
        assertEquals(Money.ZERO, member(s, WARWICKSHIRE).feesPayable());
    }

    @Test
    void agencyTotalsAddUpThePublishedLines() {
        YearStatement s = statement(List.of(BoardDecision.waived(HEREFORDSHIRE, Y2019)));
        AgencyTotals t = s.totals();
        // 3,500,000 + 210,382.51
        assertEquals(Money.of("3710382.51"), t.contributions());
        assertEquals(Money.of("8688.52"), t.adverseImpact());
        assertFalse(t.noAdverseImpact());
        // 2,978.92 + 1,489.46 + 2,234.19 + 1,985.95 = 8,688.52
        assertEquals(t.adverseImpact(),
                Money.sum(s.members().stream().map(MemberStatement::adverseImpactShare).toList()));
        assertEquals(0, t.awaitingBoardDecisions());
        assertEquals(Money.of(31_620), t.feesPayable());
        assertEquals(Money.of(27_000), t.feesReceivable());
        assertEquals(Money.of(40_000), t.grantsToJoiners());
        assertEquals(Money.of(20_000), t.grantsToAgency());
        assertEquals(Money.of(20_000), t.fundingTowardsShortfall());
        assertEquals("ace", s.agency());
        assertEquals(3, s.fees().size());
    }

    @Test
    void closingTheGapInFullMeansNoAdverseImpact() {
        YearStatement s = statement(List.of(BoardDecision.closeInFull(HEREFORDSHIRE, Y2019)));
        assertTrue(s.totals().noAdverseImpact());
        assertEquals(Money.of("239071.04"), member(s, HEREFORDSHIRE).contribution());
        s.members().forEach(m -> assertEquals(Money.ZERO, m.adverseImpactShare()));
    }

    @Test
    void anUndecidedGapIsCountedAsAwaitingTheBoard() {
        YearStatement s = statement(List.of());
        assertEquals(1, s.totals().awaitingBoardDecisions());
        assertEquals(GapStatus.AWAITING_BOARD_DECISION, member(s, HEREFORDSHIRE).joinerAssessment().gapStatus());
        assertEquals(Money.of("8688.52"), s.totals().adverseImpact());
    }

    @Test
    void placementsOutsideTheYearAreRejected() {
        DomainRuleViolation v = assertThrows(DomainRuleViolation.class, () -> calculator.statementFor(Y2019,
                AceFixture.withHerefordshire(), AceFixture.baselinesWithHerefordshire(Money.of(280_000), 10),
                AceFixture.terms2019(), List.of(), List.of(),
                List.of(InterAgencyPlacement.withAgencyHousehold(LocalDate.of(2020, 4, 1), COVENTRY, null,
                        SiblingPosition.FIRST_CHILD, false))));
        assertEquals("placement-in-year", v.rule());
    }
}
