package uk.raa.children.service.scorecard;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
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
        Map<String, ScorecardStoreNames.Authority> authorityNames,
        Map<String, List<ChildAtTime>> childrenByAuthority,
        Map<String, List<ScorecardInputs.Input>> inputsByAuthority) {

    public static ScorecardData of(Instant asAt, List<ChildAtTime> children, List<ScorecardInputs.Input> inputs,
            AgencyMembership membership, ThresholdTable thresholds, ScorecardCalculator calculator,
            Map<String, ScorecardStoreNames.Authority> authorityNames) {
        Map<String, List<ChildAtTime>> childIndex = new HashMap<>();
        children.forEach(c -> childIndex.computeIfAbsent(c.authority(), a -> new ArrayList<>()).add(c));
        Map<String, List<ScorecardInputs.Input>> inputIndex = new HashMap<>();
        inputs.forEach(i -> inputIndex.computeIfAbsent(i.child().authority(), a -> new ArrayList<>()).add(i));
        return new ScorecardData(asAt, children, inputs, membership, thresholds, calculator, authorityNames,
                childIndex, inputIndex);
    }

    /** The children a scope can count: an authority's own, or (agency) all; {@link #counts} still applies. */
    public List<ChildAtTime> childrenOf(ScorecardScope scope) {
        return scope.isAgency() ? children : childrenByAuthority.getOrDefault(scope.code(), List.of());
    }

    /** The scorecard inputs a scope can count, as {@link #childrenOf}. */
    public List<ScorecardInputs.Input> inputsOf(ScorecardScope scope) {
        return scope.isAgency() ? inputs : inputsByAuthority.getOrDefault(scope.code(), List.of());
    }

    /** Whether a child of {@code authority} adopted (or counted) in financial year {@code year} belongs to the scope. */
    public boolean counts(ScorecardScope scope, String authority, ScorecardPeriod year) {
        return scope.isAgency() ? membership.counts(authority, year) : scope.code().equals(authority);
    }
}
