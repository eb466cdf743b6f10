package uk.raa.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;
import uk.raa.gateway.testing.FakeUpstreams;
import uk.raa.gateway.testing.TestTokens;

/**
 * A service that is down answers 503 at once; one that does not answer gets 504 after its route's timeout (300 ms in
 * the test configuration); readiness names each upstream.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(FakeUpstreams.class)
class DegradedUpstreamTests {

    @Test
    void aServiceThatIsDownIs503Problem() {
        given().auth().oauth2(TestTokens.manager()).when().get("/api/matching/links")
                .then().statusCode(503).contentType("application/problem+json")
                .body("status", equalTo(503)).body("type", equalTo("https://raa.example/problems/upstream-unavailable"))
                .header("Cache-Control", "no-store");
    }

    @Test
    void aServiceThatDoesNotAnswerIs504Problem() {
        given().auth().oauth2(TestTokens.manager()).when().get("/api/finance/contributions")
                .then().statusCode(504).contentType("application/problem+json")
                .body("status", equalTo(504)).body("type", equalTo("https://raa.example/problems/upstream-timeout"));
    }

    @Test
    void aWriteToASilentServiceIs504ProblemToo() {
        given().auth().oauth2(TestTokens.manager()).contentType("application/json").body("{\"a\":1}")
                .when().post("/api/finance/contributions")
                .then().statusCode(504).contentType("application/problem+json");
    }

    @Test
    void otherServicesAreUnaffected() {
        given().auth().oauth2(TestTokens.manager()).when().get("/api/finance/contributions").then().statusCode(504);
        given().auth().oauth2(TestTokens.manager()).when().get("/api/children/x").then().statusCode(200);
    }

    @Test
    void readinessNamesEachUpstreamAndIsDownWhileOneIs() {
        given().when().get("/q/health/ready")
                .then().statusCode(503)
                .body("checks.name", hasItem("upstreams"))
                .body("checks.find { it.name == 'upstreams' }.data.children", equalTo("UP"))
                .body("checks.find { it.name == 'upstreams' }.data.adopters", equalTo("UP"))
                .body("checks.find { it.name == 'upstreams' }.data.matching", equalTo("DOWN"))
                .body("checks.find { it.name == 'upstreams' }.data.finance", equalTo("DOWN"));
    }

    @Test
    void livenessDoesNotDependOnUpstreams() {
        given().when().get("/q/health/live").then().statusCode(200);
    }
}
