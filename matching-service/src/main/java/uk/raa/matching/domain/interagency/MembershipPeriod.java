package uk.raa.matching.domain.interagency;

import java.time.LocalDate;

import uk.raa.matching.domain.rules.DomainRuleViolation;
import uk.raa.matching.domain.rules.Require;

/**
 * A partner authority's membership of the agency, from {@code from} to {@code until} inclusive (null while it
 * is still a member).
 */
public record MembershipPeriod(String authorityCode, LocalDate from, LocalDate until) {

    public MembershipPeriod {
        Require.notBlank(authorityCode, "authorityCode");
        Require.present(from, "from");
        if (until != null && until.isBefore(from)) {
            throw new DomainRuleViolation("PERIOD_INVERTED", "until", "until must not be before from");
        }
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && (until == null || !date.isAfter(until));
    }
}
