package uk.raa.children;

import org.junit.jupiter.api.Test;
import uk.raa.common.testing.ArchitectureRules;

class ArchitectureTest {

    @Test
    void childrenServiceKeepsTheBoundaries() {
        ArchitectureRules.check("children");
    }
}
