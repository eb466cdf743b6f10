package uk.raa.matching.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.raa.common.testing.OpenApiFuzzer;
import uk.raa.common.testing.TestTokens;

/** At least 10,000 generated bad requests against every documented operation: each a 4xx problem, none a 5xx. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class RobustnessTests {

    @Test
    void tenThousandBadRequestsAreAllAnsweredWithA4xxProblem() {
        long seed = Long.getLong("raa.fuzz.seed", System.currentTimeMillis());
        OpenApiFuzzer.Report report = OpenApiFuzzer.run(10_000, seed, List.of(TestTokens.practitioner(),
                TestTokens.manager(), TestTokens.caseSystem("coventry")));
        assertEquals(10_000, report.requests());
        assertTrue(report.failures().isEmpty(), report + "\n" + String.join("\n", report.failures()));
    }
}
