package uk.raa.finance.domain.contribution;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import uk.raa.finance.domain.money.Money;
import uk.raa.finance.domain.partnership.AuthorityCode;
import uk.raa.finance.domain.partnership.FinancialYear;
import uk.raa.finance.domain.rules.DomainRuleViolation;

/**
 * The host-agreement terms for one financial year: each existing member's agreed annual baseline and the
 * uplift applied to it (a fraction: 0.02 is 2%; 0 unless the partners agree one).
 */
public record AgreementTerms(FinancialYear year, Map<AuthorityCode, Money> agreedBaselines, BigDecimal uplift) {

    public AgreementTerms {
        DomainRuleViolation.required(year, "year");
        DomainRuleViolation.required(agreedBaselines, "agreedBaselines");
        uplift = uplift == null ? BigDecimal.ZERO : uplift;
        DomainRuleViolation.require(uplift.signum() >= 0, "uplift-not-negative", "uplift",
                "uplift must not be negative");
        agreedBaselines.forEach((member, amount) -> {
            DomainRuleViolation.required(member, "agreedBaselines");
            DomainRuleViolation.required(amount, "agreedBaselines");
            DomainRuleViolation.require(!amount.isNegative(), "agreed-baseline-not-negative", "agreedBaselines",
                    "an agreed baseline must not be negative");
        });
        agreedBaselines = Map.copyOf(agreedBaselines);
    }

    public static AgreementTerms withoutUplift(FinancialYear year, Map<AuthorityCode, Money> agreedBaselines) {
        return new AgreementTerms(year, agreedBaselines, BigDecimal.ZERO);
    }

    /** Terms whose agreed baselines are the members' measured in-scope spend (a common starting point). */
    public static AgreementTerms fromBaselines(FinancialYear year, Collection<Baseline> baselines, BigDecimal uplift) {
        Map<AuthorityCode, Money> agreed = new LinkedHashMap<>();
        for (Baseline b : baselines) {
            DomainRuleViolation.require(agreed.put(b.member(), b.inScopeSpend()) == null, "one-baseline-per-member",
                    "baselines", "each member may have only one baseline here");
        }
        return new AgreementTerms(year, agreed, uplift);
    }

    public Optional<Money> agreedBaseline(AuthorityCode member) {
        return Optional.ofNullable(agreedBaselines.get(member));
    }
}
