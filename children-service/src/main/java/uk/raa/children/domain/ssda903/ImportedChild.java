package uk.raa.children.domain.ssda903;

import java.util.List;
import uk.raa.children.domain.journey.ChildJourney;

/** One child from a return: the journey derived from its rows, and every finding about those rows. */
public record ImportedChild(String childId, ChildCharacteristics characteristics, ChildJourney journey,
                            List<Finding> findings) {

    public ImportedChild {
        findings = List.copyOf(findings);
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }
}
