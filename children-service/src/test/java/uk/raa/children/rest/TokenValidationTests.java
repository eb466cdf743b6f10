package uk.raa.children.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.smallrye.jwt.build.Jwt;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import uk.raa.common.testing.TestTokens;

/** Every service validates issuer, audience, expiry and signature itself. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class TokenValidationTests {

    @Test
    void aValidTokenIsAccepted() {
        given().auth().oauth2(TestTokens.caseSystem("coventry"))
                .when().get("/api/children/scope")
                .then().statusCode(200).body("authority", equalTo("coventry"));
    }

    @Test
    void noTokenIs401Problem() {
        given().when().get("/api/children/scope")
                .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
    }

    @Test
    void wrongIssuerIs401() {
        String token = Jwt.issuer("https://evil.example.com").audience(TestTokens.AUDIENCE).subject("x")
                .claim("authority", "coventry").expiresAt(Instant.now().plusSeconds(300)).sign();
        given().auth().oauth2(token).when().get("/api/children/scope")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void wrongAudienceIs401() {
        String token = Jwt.issuer(TestTokens.ISSUER).audience("some-other-api").subject("x")
                .claim("authority", "coventry").expiresAt(Instant.now().plusSeconds(300)).sign();
        given().auth().oauth2(token).when().get("/api/children/scope")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void expiredTokenIs401() {
        String token = TestTokens.base("x").claim("authority", "coventry")
                .issuedAt(Instant.now().minusSeconds(7200)).expiresAt(Instant.now().minusSeconds(3600)).sign();
        given().auth().oauth2(token).when().get("/api/children/scope")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void unsignedTokenIs401() {
        String signed = TestTokens.caseSystem("coventry");
        String[] parts = signed.split("\\.");
        String header = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes());
        given().auth().oauth2(header + "." + parts[1] + ".").when().get("/api/children/scope")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void tamperedSignatureIs401() {
        String signed = TestTokens.caseSystem("coventry");
        String tampered = TestTokens.caseSystem("solihull").split("\\.")[1];
        String[] parts = signed.split("\\.");
        given().auth().oauth2(parts[0] + "." + tampered + "." + parts[2]).when().get("/api/children/scope")
                .then().statusCode(401);
    }

    @Test
    void aTokenWithNeitherAuthorityNorAgencyIsForbidden() {
        given().auth().oauth2(TestTokens.base("nobody").sign()).when().get("/api/children/scope")
                .then().statusCode(403).contentType("application/problem+json");
    }
}
