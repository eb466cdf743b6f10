package uk.raa.children.domain.scorecard;

import java.util.List;
import java.util.TreeSet;

import static uk.raa.children.domain.scorecard.ScorecardRuleViolation.requirePresent;
import static uk.raa.children.domain.scorecard.ScorecardRuleViolation.requireText;

/** Which authorities count towards an agency's figures, and for which financial years. */
public record AgencyMembership(String agencyCode, List<MembershipPeriod> periods) {

    public AgencyMembership {
        requireText(agencyCode, "agencyCode");
        periods = List.copyOf(requirePresent(periods, "periods"));
    }

    /** True when the authority's adoptions in that financial year count towards the agency. */
    public boolean counts(String authorityCode, ScorecardPeriod financialYear) {
        return periods.stream().anyMatch(p -> p.authorityCode().equals(authorityCode) && p.covers(financialYear));
    }

    /** Authorities counted in the financial year, sorted by code. */
    public List<String> membersIn(ScorecardPeriod financialYear) {
        TreeSet<String> members = new TreeSet<>();
        periods.stream().filter(p -> p.covers(financialYear)).forEach(p -> members.add(p.authorityCode()));
        return List.copyOf(members);
    }
}
