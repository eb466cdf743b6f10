package uk.raa.finance.domain.partnership;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

import uk.raa.finance.domain.rules.DomainRuleViolation;

/**
 * An authority's membership of the agency: from its first day to its last day, both inclusive.
 * {@code to} is null while the membership is open.
 */
public record MembershipPeriod(AuthorityCode member, LocalDate from, LocalDate to) {

    public MembershipPeriod {
        DomainRuleViolation.required(member, "member");
        DomainRuleViolation.required(from, "from");
        DomainRuleViolation.require(to == null || !to.isBefore(from), "membership-ends-after-it-starts", "to",
                "membership cannot end before it starts");
    }

    public static MembershipPeriod open(AuthorityCode member, LocalDate from) {
        return new MembershipPeriod(member, from, null);
    }

    public static MembershipPeriod between(AuthorityCode member, LocalDate from, LocalDate to) {
        return new MembershipPeriod(member, from, Objects.requireNonNull(to, "to"));
    }

    public Optional<LocalDate> until() {
        return Optional.ofNullable(to);
    }

    public boolean isMemberOn(LocalDate date) {
        return !date.isBefore(from) && (to == null || !date.isAfter(to));
    }

    /** Days of membership inside the year, counting first and last days. */
    public int daysWithin(FinancialYear year) {
        LocalDate first = from.isAfter(year.start()) ? from : year.start();
        LocalDate last = to == null || to.isAfter(year.end()) ? year.end() : to;
        if (last.isBefore(first)) {
            return 0;
        }
        return (int) ChronoUnit.DAYS.between(first, last) + 1;
    }

    public boolean overlaps(FinancialYear year) {
        return daysWithin(year) > 0;
    }

    public ProRata proRataFor(FinancialYear year) {
        return new ProRata(daysWithin(year), year.days());
    }

    /** The financial year in which the membership began: a member's first year is its joining year. */
    public FinancialYear firstYear() {
        return FinancialYear.containing(from);
    }
}
