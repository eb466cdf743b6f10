package uk.raa.e2e;

import static io.restassured.RestAssured.given;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where the stack under test is and who may call it. Every test goes through the gateway
 * ({@code raa.e2e.gateway-url}) with tokens the real Keycloak ({@code raa.e2e.keycloak-url}) issues: client credentials
 * for the councils' case systems, the password grant (client {@code raa-test-cli}) for agency staff.
 */
final class E2e {

    static final String GATEWAY = required("raa.e2e.gateway-url");
    static final String KEYCLOAK = required("raa.e2e.keycloak-url");
    static final String REALM = System.getProperty("raa.e2e.realm", "ace");
    /** One tag per run, in every reference the suite makes, so reruns against the same databases never collide. */
    static final String RUN = UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    private static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();

    private record Token(String value, Instant renewAfter) {
    }

    static {
        RestAssured.baseURI = GATEWAY;
        RestAssured.urlEncodingEnabled = true;
    }

    private E2e() {
    }

    private static String required(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set; run deploy/local/e2e.sh");
        }
        return value.replaceAll("/+$", "");
    }

    /** A council's case system: client credentials of {@code <authority>-case-system}. */
    static String caseSystem(String authority) {
        return TOKENS.compute("client:" + authority, (key, old) -> fresh(old) ? old : issue(Map.of(
                "grant_type", "client_credentials",
                "client_id", authority + "-case-system",
                "client_secret", authority + "-secret"))).value();
    }

    /** A realm user (password {@code demo}) through the test client. */
    static String user(String username) {
        return TOKENS.compute("user:" + username, (key, old) -> fresh(old) ? old : issue(Map.of(
                "grant_type", "password",
                "client_id", "raa-test-cli",
                "username", username,
                "password", "demo"))).value();
    }

    private static boolean fresh(Token token) {
        return token != null && Instant.now().isBefore(token.renewAfter());
    }

    private static Token issue(Map<String, String> form) {
        var response = given().baseUri(KEYCLOAK).formParams(form)
                .when().post("/realms/" + REALM + "/protocol/openid-connect/token")
                .then().extract();
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak at " + KEYCLOAK + " refused a token for "
                    + form.get("client_id") + ": " + response.statusCode() + " " + response.asString());
        }
        int expiresIn = response.path("expires_in");
        return new Token(response.path("access_token"), Instant.now().plusSeconds(Math.max(5, expiresIn - 60)));
    }

    /** A request through the gateway as the holder of this token. */
    static RequestSpecification as(String token) {
        return given().baseUri(GATEWAY).auth().oauth2(token).accept("application/json, application/problem+json");
    }

    /** A reference unique to this run, e.g. {@code E2E-1A2B3C4D-7}. */
    static String reference(String what) {
        return "E2E-" + RUN + "-" + what;
    }
}
