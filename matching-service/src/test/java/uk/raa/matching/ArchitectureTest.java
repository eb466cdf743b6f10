package uk.raa.matching;

import org.junit.jupiter.api.Test;
import uk.raa.common.testing.ArchitectureRules;

class ArchitectureTest {

    @Test
    void matchingServiceKeepsTheBoundaries() {
        ArchitectureRules.check("matching");
    }
}
