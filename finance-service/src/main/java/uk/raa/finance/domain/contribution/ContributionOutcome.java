package uk.raa.finance.domain.contribution;

import java.util.List;
import java.util.Optional;

import uk.raa.finance.domain.money.Money;
import uk.raa.finance.domain.partnership.AuthorityCode;
import uk.raa.finance.domain.partnership.FinancialYear;

/** Every member's contribution for a year and the adverse impact of each joiner. */
public record ContributionOutcome(FinancialYear year, List<MemberContribution> contributions,
                                  List<AdverseImpact> adverseImpacts) {

    public ContributionOutcome {
        contributions = List.copyOf(contributions);
        adverseImpacts = List.copyOf(adverseImpacts);
    }

    public Optional<MemberContribution> contributionOf(AuthorityCode member) {
        return contributions.stream().filter(c -> c.member().equals(member)).findFirst();
    }

    public Money totalContributions() {
        return Money.sum(contributions.stream().map(MemberContribution::contribution).toList());
    }

    public Money totalAdverseImpact() {
        return Money.sum(adverseImpacts.stream().map(AdverseImpact::amount).toList());
    }

    /** A member's total share of all joiners' adverse impacts this year (zero for joiners). */
    public Money adverseImpactShareOf(AuthorityCode member) {
        return Money.sum(adverseImpacts.stream().flatMap(a -> a.allocation().stream())
                .filter(s -> s.member().equals(member)).map(AdverseImpactShare::share).toList());
    }

    public boolean noAdverseImpact() {
        return totalAdverseImpact().isZero();
    }
}
