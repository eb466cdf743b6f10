package uk.raa.finance.domain.contribution;

import java.math.BigDecimal;

import uk.raa.finance.domain.money.Money;
import uk.raa.finance.domain.partnership.AuthorityCode;
import uk.raa.finance.domain.partnership.FinancialYear;
import uk.raa.finance.domain.partnership.ProRata;
import uk.raa.finance.domain.partnership.Standing;

/**
 * A member's contribution for a financial year.
 *
 * @param annualBasis      the agreed baseline (existing member) or baseline-year in-scope spend (joiner), per year
 * @param uplift           the agreed uplift applied (existing members; zero for a joiner)
 * @param contribution     the published amount, rounded once
 * @param joinerAssessment the gap test, only for a JOINER (null otherwise)
 */
public record MemberContribution(AuthorityCode member, FinancialYear year, Standing standing, ProRata proRata,
                                 Money annualBasis, BigDecimal uplift, Money contribution,
                                 JoinerAssessment joinerAssessment) {

    public boolean isJoiner() {
        return standing == Standing.JOINER;
    }
}
