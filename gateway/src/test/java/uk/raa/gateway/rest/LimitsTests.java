package uk.raa.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.raa.gateway.testing.FakeUpstreams;
import uk.raa.gateway.testing.TestTokens;

/** Body size limits (per route) and per-authority rate limits. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(FakeUpstreams.class)
class LimitsTests {

    @TestHTTPResource("/")
    URI gateway;

    @Test
    void aDeclaredBodyOverTheLimitIs413BeforeTheServiceIsCalled() {
        long before = EdgeTokenTests.childrenSaw();
        given().auth().oauth2(TestTokens.manager()).contentType("application/json").body(new byte[65537])
                .when().post("/api/children/x")
                .then().statusCode(413).contentType("application/problem+json")
                .body("status", equalTo(413)).body("title", equalTo("Payload too large"));
        assertEquals(before, EdgeTokenTests.childrenSaw());
    }

    @Test
    void aBodyAtTheLimitIsAccepted() {
        given().auth().oauth2(TestTokens.manager()).contentType("application/json").body(new byte[65536])
                .when().post("/api/children/x")
                .then().statusCode(200).body("bodyLength", equalTo(65536));
    }

    @Test
    void aStreamedBodyWithoutDeclaredLengthIsCutOffAt413() throws Exception {
        HttpResponse<String> response = sendChunked("/api/children/x", new byte[200_000]);
        assertEquals(413, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    void aStreamedBodyUnderTheLimitArrivesWhole() throws Exception {
        byte[] body = new byte[40_000];
        Arrays.fill(body, (byte) 'x');
        HttpResponse<String> response = sendChunked("/api/children/x", body);
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"bodySha256\":\"" + ProxyingTests.sha256(body) + "\""), response.body());
    }

    @Test
    void theImportRouteTakesLargerBodiesAndStreamsThemUnchanged() throws Exception {
        byte[] file = new byte[600_000];
        for (int i = 0; i < file.length; i++) {
            file[i] = (byte) (i % 251);
        }
        given().auth().oauth2(TestTokens.caseSystem("coventry")).contentType("text/csv").body(file)
                .when().post("/api/children/imports/ssda903")
                .then().statusCode(200)
                .body("uri", equalTo("/api/children/imports/ssda903"))
                .body("bodyLength", equalTo(file.length))
                .body("bodySha256", equalTo(ProxyingTests.sha256(file)));
    }

    @Test
    void oneAuthorityOverItsLimitDoesNotStopAnother() {
        // Both have 3 calls at once, then one every 10 s (FakeUpstreams). 8 quick calls overrun "hammered".
        List<Integer> hammered = new ArrayList<>();
        Response refused = null;
        String tokenA = TestTokens.caseSystem("hammered");
        for (int i = 0; i < 8; i++) {
            Response response = given().auth().oauth2(tokenA).when().get("/api/children/x");
            hammered.add(response.statusCode());
            if (response.statusCode() == 429) {
                refused = response;
            }
        }
        assertEquals(List.of(200, 200, 200), hammered.subList(0, 3), hammered.toString());
        assertTrue(hammered.stream().filter(s -> s == 429).count() >= 4, hammered.toString());
        refused.then().contentType("application/problem+json").body("status", equalTo(429))
                .body("type", equalTo("https://raa.example/problems/rate-limited"));
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 10, "Retry-After " + retryAfter);

        // The neighbour, with the same allowance, still gets every one of its calls through.
        String tokenB = TestTokens.caseSystem("neighbour");
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(tokenB).when().get("/api/children/x").then().statusCode(200);
            given().auth().oauth2(tokenA).when().get("/api/children/x").then().statusCode(429);
        }
    }

    @Test
    void agencyStaffAreLimitedOnePersonAtATime() {
        // ace:someone has the generous default; a different subject of the same agency is a different client.
        for (int i = 0; i < 5; i++) {
            given().auth().oauth2(TestTokens.base("someone").claim("agency", "ace").sign())
                    .when().get("/api/adopters/x").then().statusCode(200);
        }
    }

    private HttpResponse<String> sendChunked(String path, byte[] body) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(gateway.resolve(path))
                .header("Authorization", "Bearer " + TestTokens.manager())
                .header("Content-Type", "application/octet-stream")
                // No length known in advance: the JDK client sends it chunked.
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
