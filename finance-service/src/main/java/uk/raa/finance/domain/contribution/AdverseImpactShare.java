package uk.raa.finance.domain.contribution;

import uk.raa.finance.domain.money.Money;
import uk.raa.finance.domain.partnership.AuthorityCode;

/** An existing member's part of an adverse impact, weighted by its contribution for the year. */
public record AdverseImpactShare(AuthorityCode member, Money contributionWeight, Money share) {
}
