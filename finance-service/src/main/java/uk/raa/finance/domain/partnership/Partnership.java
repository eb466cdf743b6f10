package uk.raa.finance.domain.partnership;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import uk.raa.finance.domain.rules.DomainRuleViolation;

/**
 * An agency and its members' membership periods. Membership is data, not code (DOMAIN.md §1): the same rules
 * serve any RAA. One period per authority; a re-joining authority would need a new agreement and is out of scope.
 */
public record Partnership(String agency, List<MembershipPeriod> memberships) {

    public Partnership {
        DomainRuleViolation.required(agency, "agency");
        DomainRuleViolation.require(!agency.isBlank(), "agency-required", "agency", "agency must not be blank");
        DomainRuleViolation.required(memberships, "memberships");
        Set<AuthorityCode> seen = new HashSet<>();
        for (MembershipPeriod p : memberships) {
            DomainRuleViolation.required(p, "memberships");
            DomainRuleViolation.require(seen.add(p.member()), "one-membership-per-authority", "memberships",
                    "each authority may have only one membership period");
        }
        memberships = memberships.stream().sorted(Comparator.comparing(MembershipPeriod::from)
                .thenComparing(MembershipPeriod::member)).toList();
    }

    public Optional<MembershipPeriod> membershipOf(AuthorityCode member) {
        return memberships.stream().filter(p -> p.member().equals(member)).findFirst();
    }

    public boolean isMemberOn(AuthorityCode member, LocalDate date) {
        return membershipOf(member).map(p -> p.isMemberOn(date)).orElse(false);
    }

    public List<AuthorityCode> membersOn(LocalDate date) {
        return memberships.stream().filter(p -> p.isMemberOn(date)).map(MembershipPeriod::member).toList();
    }

    /** Members with at least one day of membership in the year, earliest first. */
    public List<MembershipPeriod> membershipsDuring(FinancialYear year) {
        return memberships.stream().filter(p -> p.overlaps(year)).toList();
    }

    /**
     * EXISTING if membership began before the year, JOINER if it began in the year and someone was already a
     * member before the year. In the agency's first year nobody joins anyone, so founders are EXISTING.
     */
    public Standing standingIn(AuthorityCode member, FinancialYear year) {
        MembershipPeriod period = membershipOf(member).orElseThrow(() -> new DomainRuleViolation(
                "member-of-partnership", "member", "authority is not a member of the partnership"));
        DomainRuleViolation.require(period.overlaps(year), "member-in-year", "member",
                "authority is not a member during the financial year");
        if (period.from().isBefore(year.start())) {
            return Standing.EXISTING;
        }
        boolean agencyAlreadyRunning = membershipsDuring(year).stream()
                .anyMatch(p -> p.from().isBefore(year.start()));
        return agencyAlreadyRunning ? Standing.JOINER : Standing.EXISTING;
    }
}
