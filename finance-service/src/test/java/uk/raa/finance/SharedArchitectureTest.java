package uk.raa.finance;

import org.junit.jupiter.api.Test;
import uk.raa.common.testing.ArchitectureRules;

/** The boundaries every service keeps (common's rules); ArchitectureTest adds finance's own. */
class SharedArchitectureTest {

    @Test
    void financeServiceKeepsTheSharedBoundaries() {
        ArchitectureRules.check("finance");
    }
}
