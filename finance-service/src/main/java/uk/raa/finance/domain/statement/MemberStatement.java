package uk.raa.finance.domain.statement;

import java.math.BigDecimal;

import uk.raa.finance.domain.contribution.JoinerAssessment;
import uk.raa.finance.domain.money.Money;
import uk.raa.finance.domain.partnership.AuthorityCode;
import uk.raa.finance.domain.partnership.FinancialYear;
import uk.raa.finance.domain.partnership.ProRata;
import uk.raa.finance.domain.partnership.Standing;

/**
 * One member's finance statement for a financial year.
 *
 * @param annualBasis        agreed baseline (existing member) or baseline-year in-scope spend (joiner)
 * @param contribution       what the member pays the host for the year
 * @param joinerAssessment   unit costs, gap and Board decision; null unless the member is a joiner this year
 * @param adverseImpactShare the member's part of joiners' adverse impact (zero for joiners)
 * @param feesPayable        inter-agency fees for this member's children placed with other agencies' adopters
 * @param grantReceived      grant or transitional funding allocated to this member as a joiner
 */
public record MemberStatement(AuthorityCode member, FinancialYear year, Standing standing, ProRata proRata,
                              Money annualBasis, BigDecimal uplift, Money contribution,
                              JoinerAssessment joinerAssessment, Money adverseImpactShare, Money feesPayable,
                              Money grantReceived) {
}
