package uk.raa.finance.domain.fees;

import java.math.BigDecimal;
import java.time.LocalDate;

import uk.raa.finance.domain.money.Money;
import uk.raa.finance.domain.rules.DomainRuleViolation;

/**
 * One inter-agency fee, in force from {@code effectiveFrom} until a later rate for the same agency type and
 * sibling position replaces it. {@code londonUplift} is a fraction (0.10 = 10%) added for London placements.
 */
public record FeeRate(LocalDate effectiveFrom, AgencyType otherAgencyType, SiblingPosition siblingPosition,
                      Money fee, BigDecimal londonUplift) {

    public FeeRate {
        DomainRuleViolation.required(effectiveFrom, "effectiveFrom");
        DomainRuleViolation.required(otherAgencyType, "otherAgencyType");
        DomainRuleViolation.required(siblingPosition, "siblingPosition");
        DomainRuleViolation.required(fee, "fee");
        DomainRuleViolation.require(fee.signum() > 0, "fee-positive", "fee", "an inter-agency fee must be positive");
        londonUplift = londonUplift == null ? BigDecimal.ZERO : londonUplift;
        DomainRuleViolation.require(londonUplift.signum() >= 0, "london-uplift-not-negative", "londonUplift",
                "the London uplift must not be negative");
    }
}
