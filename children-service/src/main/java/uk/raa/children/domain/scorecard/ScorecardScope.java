package uk.raa.children.domain.scorecard;

import static uk.raa.children.domain.scorecard.ScorecardRuleViolation.requirePresent;
import static uk.raa.children.domain.scorecard.ScorecardRuleViolation.requireText;

/** Whose figure it is: one authority's children, or the agency's pooled over its members. */
public record ScorecardScope(Kind kind, String code) {

    public enum Kind { AUTHORITY, AGENCY }

    public ScorecardScope {
        requirePresent(kind, "kind");
        requireText(code, "code");
    }

    public static ScorecardScope authority(String authorityCode) {
        return new ScorecardScope(Kind.AUTHORITY, authorityCode);
    }

    public static ScorecardScope agency(String agencyCode) {
        return new ScorecardScope(Kind.AGENCY, agencyCode);
    }

    public boolean isAgency() {
        return kind == Kind.AGENCY;
    }
}
