package uk.raa.finance.domain.contribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static uk.raa.finance.domain.contribution.AceFixture.HEREFORDSHIRE;
import static uk.raa.finance.domain.contribution.AceFixture.Y2019;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.raa.finance.domain.money.Money;
import uk.raa.finance.domain.rules.DomainRuleViolation;

class AgreementValueTypesTest {

    @Test
    void partAndPhasedDecisionsNeedAPositiveAmount() {
        assertEquals("required", assertThrows(DomainRuleViolation.class,
                () -> new BoardDecision(HEREFORDSHIRE, Y2019, BoardDecisionKind.CLOSE_IN_PART, null)).rule());
        assertEquals("decision-amount-positive", assertThrows(DomainRuleViolation.class,
                () -> BoardDecision.phased(HEREFORDSHIRE, Y2019, Money.ZERO)).rule());
    }

    @Test
    void fullAndWaivedDecisionsCarryNoAmount() {
        DomainRuleViolation v = assertThrows(DomainRuleViolation.class,
                () -> new BoardDecision(HEREFORDSHIRE, Y2019, BoardDecisionKind.WAIVED, Money.of(1)));
        assertEquals("decision-amount-only-for-part-or-phased", v.rule());
        assertEquals("amount", v.field());
    }

    @Test
    void grantPartsMustAddUpToTheTotal() {
        // 40,000 + 15,000 ≠ 60,000
        DomainRuleViolation v = assertThrows(DomainRuleViolation.class, () -> new GrantAllocation(
                FundingKind.DFE_IMPLEMENTATION_GRANT, Y2019, HEREFORDSHIRE, FundingDefaults.dfeImplementationGrant(),
                Money.of(40_000), Money.of(15_000), Money.ZERO));
        assertEquals("funding-split-adds-up", v.rule());
    }

    @Test
    void shortfallFundingComesOutOfTheAgencysPart() {
        // agency part 20,000 cannot fund 25,000 of shortfall
        DomainRuleViolation v = assertThrows(DomainRuleViolation.class, () -> new GrantAllocation(
                FundingKind.DFE_IMPLEMENTATION_GRANT, Y2019, HEREFORDSHIRE, Money.of(60_000),
                Money.of(40_000), Money.of(20_000), Money.of(25_000)));
        assertEquals("shortfall-funding-within-agency-part", v.rule());
    }

    @Test
    void upliftDefaultsToZeroAndCannotBeNegative() {
        assertEquals(BigDecimal.ZERO, new AgreementTerms(Y2019, Map.of(), null).uplift());
        assertEquals("uplift-not-negative", assertThrows(DomainRuleViolation.class,
                () -> new AgreementTerms(Y2019, Map.of(), new BigDecimal("-0.01"))).rule());
    }
}
