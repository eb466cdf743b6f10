package uk.raa.finance.domain.fees;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import uk.raa.finance.domain.money.Money;
import uk.raa.finance.domain.rules.DomainRuleViolation;

/**
 * Inter-agency fees keyed by effective date, the other agency's type and sibling position (DOMAIN.md §7).
 * The rate that applies on a date is the latest one that took effect on or before it.
 */
public record FeeSchedule(List<FeeRate> rates) {

    public FeeSchedule {
        DomainRuleViolation.required(rates, "rates");
        Set<String> keys = new HashSet<>();
        for (FeeRate r : rates) {
            DomainRuleViolation.required(r, "rates");
            DomainRuleViolation.require(keys.add(r.effectiveFrom() + "|" + r.otherAgencyType() + "|"
                            + r.siblingPosition()), "one-rate-per-date-type-position", "rates",
                    "only one fee may take effect on a date for an agency type and sibling position");
        }
        rates = rates.stream().sorted(Comparator.comparing(FeeRate::effectiveFrom)).toList();
    }

    /** The rate in force, or a {@code no-fee-applies} violation naming what was missing. */
    public FeeRate rateOn(LocalDate date, AgencyType otherAgencyType, SiblingPosition position) {
        DomainRuleViolation.required(date, "date");
        DomainRuleViolation.required(otherAgencyType, "otherAgencyType");
        DomainRuleViolation.required(position, "siblingPosition");
        return rates.stream()
                .filter(r -> r.otherAgencyType() == otherAgencyType && r.siblingPosition() == position
                        && !r.effectiveFrom().isAfter(date))
                .max(Comparator.comparing(FeeRate::effectiveFrom))
                .orElseThrow(() -> new DomainRuleViolation("no-fee-applies", "date",
                        "no inter-agency fee is in force on that date for agency type " + otherAgencyType
                                + " and sibling position " + position));
    }

    /** The fee for one child, with the London uplift when asked for, rounded half up to the penny once. */
    public Money lookup(LocalDate date, AgencyType otherAgencyType, SiblingPosition position, boolean london) {
        FeeRate rate = rateOn(date, otherAgencyType, position);
        if (!london) {
            return rate.fee();
        }
        return rate.fee().exact().times(BigDecimal.ONE.add(rate.londonUplift())).toMoney();
    }
}
