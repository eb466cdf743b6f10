package uk.raa.children.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The realm in deploy/keycloak really issues tokens this service accepts. Runs against the Keycloak that the test
 * command (./test.sh) starts from the Maven Central distribution, at {@code raa.e2e.keycloak-url}.
 */
@QuarkusTest
@TestProfile(RealKeycloakTests.RealKeycloak.class)
class RealKeycloakTests {

    static final String KEYCLOAK = System.getProperty("raa.e2e.keycloak-url", "http://localhost:8190");

    public static class RealKeycloak implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.oidc.auth-server-url", KEYCLOAK + "/realms/ace");
        }
    }

    static String clientCredentials(String authority) {
        String token = given().formParam("grant_type", "client_credentials")
                .formParam("client_id", authority + "-case-system")
                .formParam("client_secret", authority + "-secret")
                .when().post(KEYCLOAK + "/realms/ace/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
        assertNotNull(token, "Keycloak issued no token; is it running? Use ./test.sh, which starts it.");
        return token;
    }

    static String password(String username) {
        return given().formParam("grant_type", "password").formParam("client_id", "raa-test-cli")
                .formParam("username", username).formParam("password", "demo")
                .when().post(KEYCLOAK + "/realms/ace/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    @Test
    void coventrysCaseSystemIsAcceptedAsCoventry() {
        given().auth().oauth2(clientCredentials("coventry"))
                .when().get("/api/children/scope")
                .then().statusCode(200)
                .body("authority", equalTo("coventry"))
                .body("authorities", equalTo(java.util.List.of("coventry")))
                .body("roles", hasItem("case-system"));
    }

    @Test
    void anAceManagerIsAcceptedAsAgencyStaffAcrossTheMembers() {
        given().auth().oauth2(password("ace.manager"))
                .when().get("/api/children/scope")
                .then().statusCode(200)
                .body("agency", equalTo("ace"))
                .body("authorities", hasItem("coventry"))
                .body("authorities", hasItem("warwickshire"))
                .body("roles", hasItem("manager"));
    }

    @Test
    void councilStaffCarryTheirAuthority() {
        given().auth().oauth2(password("solihull.staff"))
                .when().get("/api/children/scope")
                .then().statusCode(200).body("authority", equalTo("solihull"));
    }

    @Test
    void aTokenFromAnotherRealmClientWithoutTheAudienceIsRejected() {
        // The admin console's token (master realm) is validly signed by this Keycloak but for another issuer.
        String admin = given().formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", "admin").formParam("password", "admin")
                .when().post(KEYCLOAK + "/realms/master/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
        given().auth().oauth2(admin).when().get("/api/children/scope").then().statusCode(401);
    }
}
