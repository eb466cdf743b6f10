package uk.raa.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import io.restassured.config.RedirectConfig;
import org.junit.jupiter.api.Test;
import uk.raa.gateway.testing.FakeUpstreams;
import uk.raa.gateway.testing.TestTokens;

/** CORS for the configured UI origin only; the one Swagger UI and the documents it lists. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(FakeUpstreams.class)
class BrowserTests {

    private static final String UI = "https://ui.example.test";

    @Test
    void theConfiguredOriginMayCallTheApi() {
        given().header("Origin", UI).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type,if-match")
                .when().options("/api/children/x")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", UI)
                .header("Access-Control-Allow-Methods", containsString("POST"));
        given().header("Origin", UI).auth().oauth2(TestTokens.manager()).when().get("/api/children/x")
                .then().statusCode(200).header("Access-Control-Allow-Origin", UI)
                .header("Access-Control-Expose-Headers", containsString("X-Request-Id"));
    }

    @Test
    void anyOtherOriginIsNotAllowed() {
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "GET")
                .when().options("/api/children/x")
                .then().header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://evil.example").auth().oauth2(TestTokens.manager())
                .when().get("/api/children/x")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void theSwaggerUiListsEveryServicesDocumentAndLogsInWithPkce() {
        String page = given().when().get("/q/swagger-ui/index.html")
                .then().statusCode(200).contentType(containsString("text/html"))
                .header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", containsString("connect-src 'self' https://keycloak.example.test"))
                .extract().asString();
        for (String service : new String[] {"children", "adopters", "matching", "finance"}) {
            org.junit.jupiter.api.Assertions.assertTrue(page.contains("/openapi/" + service), service);
        }
        org.junit.jupiter.api.Assertions.assertTrue(page.contains("raa-swagger-ui"), "client id");
        org.junit.jupiter.api.Assertions.assertTrue(page.contains("usePkceWithAuthorizationCodeGrant"), "pkce");
    }

    @Test
    void eachServicesDocumentIsServedFromItsQOpenapiWithoutTheCallersCredentials() {
        given().auth().oauth2(TestTokens.manager()).queryParam("format", "json")
                .when().get("/openapi/children")
                .then().statusCode(200)
                .body("info.title", equalTo("children-service"))
                .body("x-saw-authorization", equalTo(false))
                .body("x-query", equalTo("format=json"));
        given().when().get("/openapi/adopters").then().statusCode(200).body("info.title", equalTo("adopters-service"));
    }

    @Test
    void anUnknownServiceHasNoDocument() {
        given().when().get("/openapi/nothing").then().statusCode(404).contentType("application/problem+json");
        given().when().get("/openapi/children-imports").then().statusCode(404);
    }

    @Test
    void aDocumentOfAServiceThatIsDownIs503() {
        given().when().get("/openapi/matching").then().statusCode(503).contentType("application/problem+json");
    }

    @Test
    void theRootLeadsToTheSwaggerUi() {
        given().config(RestAssured.config().redirect(RedirectConfig.redirectConfig().followRedirects(false)))
                .when().get("/")
                .then().statusCode(302).header("Location", "/q/swagger-ui/");
    }

    @Test
    void theApiCspIsStrict() {
        given().when().get("/openapi/children")
                .then().header("Content-Security-Policy", containsString("default-src 'none'"))
                .header("Content-Security-Policy", not(containsString("unsafe-inline")));
    }
}
