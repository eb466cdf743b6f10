package uk.raa.children.domain.scorecard;

import static uk.raa.children.domain.scorecard.ScorecardRuleViolation.require;
import static uk.raa.children.domain.scorecard.ScorecardRuleViolation.requireText;

/**
 * The financial years an authority counts towards its agency's figures. Years, not days: whether a
 * part year (a February launch, a July joiner) counts is an agency decision recorded here, so the
 * agency total always reconciles with its authority rows.
 *
 * @param authorityCode     member authority
 * @param firstYear         start year of the first financial year counted (2018 = 2018/19)
 * @param lastYear          start year of the last financial year counted, or null while still a member
 */
public record MembershipPeriod(String authorityCode, int firstYear, Integer lastYear) {

    public MembershipPeriod {
        requireText(authorityCode, "authorityCode");
        require(lastYear == null || lastYear >= firstYear, "SCORECARD_MEMBERSHIP_ENDS_BEFORE_START", "lastYear",
                "must not be before firstYear");
    }

    public boolean covers(ScorecardPeriod financialYear) {
        int year = financialYear.firstYear();
        return financialYear.isOneYear() && year >= firstYear && (lastYear == null || year <= lastYear);
    }
}
