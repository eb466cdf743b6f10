package uk.raa.children.service.scorecard;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import uk.raa.children.domain.scorecard.AgencyMembership;
import uk.raa.children.domain.scorecard.ScorecardCalculator;
import uk.raa.children.domain.scorecard.ScorecardPeriod;
import uk.raa.children.domain.scorecard.ScorecardScope;

/**
 * Everything one export reads, as at one time: the children and their journeys, the scorecard inputs built from
 * them, the membership years, the thresholds in force, and the calculator over them.
 */
public record ScorecardData(
        Instant asAt,
        List<ChildAtTime> children,
        List<ScorecardInputs.Input> inputs,
        AgencyMembership membership,
        ThresholdTable thresholds,
        ScorecardCalculator calculator,
        Map<String, ScorecardStoreNames.Authority> authorityNames) {

    /** Whether a child of {@code authority} adopted (or counted) in financial year {@code year} belongs to the scope. */
    public boolean counts(ScorecardScope scope, String authority, ScorecardPeriod year) {
        return scope.isAgency() ? membership.counts(authority, year) : scope.code().equals(authority);
    }
}
