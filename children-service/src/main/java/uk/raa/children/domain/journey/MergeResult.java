package uk.raa.children.domain.journey;

import java.util.List;

/** The merged journey and what the merge had to decide. */
public record MergeResult(ChildJourney journey, List<MergeFinding> findings) {

    public MergeResult {
        DomainRuleViolation.required(journey, "mergeResult.journey");
        findings = List.copyOf(findings);
    }
}
