package uk.raa.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import io.smallrye.jwt.build.Jwt;
import java.time.Instant;
import java.util.Base64;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import uk.raa.gateway.testing.FakeUpstreams;
import uk.raa.gateway.testing.TestTokens;

/** Tokens are checked at the edge: a bad one is a 401 problem and the service never sees the call. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(FakeUpstreams.class)
class EdgeTokenTests {

    @Test
    void aValidTokenIsProxied() {
        given().auth().oauth2(TestTokens.caseSystem("coventry")).when().get("/api/children/scope")
                .then().statusCode(200).body("service", equalTo("children"));
    }

    @Test
    void noToken() {
        assertRefusedBeforeTheService(null, "A bearer access token is required.");
    }

    @Test
    void notABearerToken() {
        long before = childrenSaw();
        given().header("Authorization", "Basic Y292ZW50cnk6c2VjcmV0").when().get("/api/children/scope")
                .then().statusCode(401).contentType("application/problem+json");
        assertEquals(before, childrenSaw());
    }

    @Test
    void wrongIssuer() {
        assertRefusedBeforeTheService(Jwt.issuer("https://evil.example.com").audience(TestTokens.AUDIENCE).subject("x")
                .claim("authority", "coventry").expiresAt(Instant.now().plusSeconds(300)).sign(), null);
    }

    @Test
    void wrongAudience() {
        assertRefusedBeforeTheService(Jwt.issuer(TestTokens.ISSUER).audience("some-other-api").subject("x")
                .claim("authority", "coventry").expiresAt(Instant.now().plusSeconds(300)).sign(), null);
    }

    @Test
    void expired() {
        assertRefusedBeforeTheService(TestTokens.base("x").claim("authority", "coventry")
                .issuedAt(Instant.now().minusSeconds(7200)).expiresAt(Instant.now().minusSeconds(3600)).sign(), null);
    }

    @Test
    void unsigned() {
        String[] parts = TestTokens.caseSystem("coventry").split("\\.");
        String none = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes());
        assertRefusedBeforeTheService(none + "." + parts[1] + ".", null);
    }

    @Test
    void signatureOfAnotherPayload() {
        String[] signed = TestTokens.caseSystem("coventry").split("\\.");
        String otherPayload = TestTokens.caseSystem("solihull").split("\\.")[1];
        assertRefusedBeforeTheService(signed[0] + "." + otherPayload + "." + signed[2], null);
    }

    @Test
    void garbage() {
        assertRefusedBeforeTheService("not-a-jwt", null);
    }

    private static void assertRefusedBeforeTheService(String token, String detail) {
        long before = childrenSaw();
        var request = given();
        if (token != null) {
            request = request.auth().oauth2(token);
        }
        var then = request.when().post("/api/children/scope").then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("https://raa.example/problems/unauthorized"))
                .body("title", equalTo("Unauthorized"))
                .body("status", equalTo(401))
                .body("detail", not(emptyOrNullString()));
        if (detail != null) {
            then.body("detail", equalTo(detail));
        }
        assertEquals(before, childrenSaw(), "the service must not have been called");
    }

    /** How many requests the fake children-service has seen, asked directly (not through the gateway). */
    static long childrenSaw() {
        String url = ConfigProvider.getConfig().getValue("raa.gateway.routes.children.url", String.class);
        return Long.parseLong(RestAssured.given().when().get(url + "/__count").then().statusCode(200)
                .extract().asString());
    }
}
