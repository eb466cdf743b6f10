package uk.raa.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import uk.raa.gateway.testing.FakeUpstreams;
import uk.raa.gateway.testing.TestTokens;

/** Calls reach the right service with path, query, method, headers and body unchanged, and come back decorated. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(FakeUpstreams.class)
class ProxyingTests {

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void pathQueryMethodHeadersAndBodyReachTheService() throws Exception {
        String token = TestTokens.caseSystem("coventry");
        String json = "{\"childReference\":\"C-0001\",\"note\":\"caf\u00e9\"}";
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        given().auth().oauth2(token).contentType("application/json").header("X-Purpose", "case-work")
                .header("If-Match", "\"3\"").body(bytes)
                .when().post("/api/children/some/path/C-0001?page=2&size=10")
                .then().statusCode(200)
                .header("X-Upstream", "children")
                .body("method", equalTo("POST"))
                .body("uri", equalTo("/api/children/some/path/C-0001?page=2&size=10"))
                .body("headers.authorization", equalTo("Bearer " + token))
                .body("headers.x-purpose", equalTo("case-work"))
                .body("headers.if-match", equalTo("\"3\""))
                .body("headers.content-type", containsString("application/json"))
                .body("bodyLength", equalTo(bytes.length))
                .body("bodySha256", equalTo(sha256(bytes)));
    }

    @Test
    void eachPrefixGoesToItsOwnService() {
        String token = TestTokens.manager();
        given().auth().oauth2(token).when().get("/api/adopters/households")
                .then().statusCode(200).body("service", equalTo("adopters")).body("uri", equalTo("/api/adopters/households"));
        given().auth().oauth2(token).when().get("/api/children")
                .then().statusCode(200).body("service", equalTo("children")).body("uri", equalTo("/api/children"));
    }

    @Test
    void aPrefixOnlyMatchesWholeSegments() {
        given().auth().oauth2(TestTokens.manager()).when().get("/api/childrenx/1")
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
    }

    @Test
    void dotSegmentsAreRefused() {
        given().auth().oauth2(TestTokens.manager()).urlEncodingEnabled(false)
                .when().get("/api/children/../finance/fees")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void theCallersRequestIdIsPassedOnAndReturned() {
        given().auth().oauth2(TestTokens.manager()).header("X-Request-Id", "case-sys-42.a_b")
                .when().get("/api/children/x")
                .then().statusCode(200)
                .header("X-Request-Id", "case-sys-42.a_b")
                .body("headers.x-request-id", equalTo("case-sys-42.a_b"));
    }

    @Test
    void aMissingOrUnsafeRequestIdIsReplacedWithANewOneThatTheServiceSeesToo() {
        Response response = given().auth().oauth2(TestTokens.manager()).when().get("/api/children/x");
        response.then().statusCode(200).header("X-Request-Id", matchesPattern(UUID_PATTERN));
        assertEquals(response.header("X-Request-Id"), response.jsonPath().getString("headers.x-request-id"));

        given().auth().oauth2(TestTokens.manager()).header("X-Request-Id", "not safe\u0001;<script>")
                .when().get("/api/children/x")
                .then().statusCode(200).header("X-Request-Id", matchesPattern(UUID_PATTERN))
                .body("headers.x-request-id", matchesPattern(UUID_PATTERN));
    }

    @Test
    void proxiedAnswersAreNotCacheableAndCarryTheSecurityHeaders() {
        given().auth().oauth2(TestTokens.manager()).when().get("/api/children/x")
                .then().statusCode(200)
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer")
                .header("Strict-Transport-Security", containsString("max-age="))
                .header("Content-Security-Policy", containsString("default-src 'none'"));
    }

    @Test
    void theGatewaysOwnProblemsCarryTheSecurityHeadersAndRequestIdToo() {
        given().header("X-Request-Id", "rid-401").when().get("/api/children/x")
                .then().statusCode(401)
                .header("X-Request-Id", "rid-401")
                .header("Cache-Control", "no-store")
                .header("X-Frame-Options", "DENY")
                .header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void proxiedCallsAreCountedInTheMetrics() {
        given().auth().oauth2(TestTokens.manager()).when().get("/api/adopters/metered").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("raa_gateway_upstream_calls_seconds_count{route=\"adopters\",status=\"200\"}"));
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
