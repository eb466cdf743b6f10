package uk.raa.adopters;

import org.junit.jupiter.api.Test;
import uk.raa.common.testing.ArchitectureRules;

class ArchitectureTest {

    @Test
    void adoptersServiceKeepsTheBoundaries() {
        ArchitectureRules.check("adopters");
    }
}
