package uk.raa.children.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.raa.common.testing.TestTokens;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class ChildResourceTests {

    static String childJson(String reference) {
        return """
                {"childReference":"%s","dateOfBirth":"2019-03-14","sex":"FEMALE","ethnicity":"MWBC","disability":false}
                """.formatted(reference);
    }

    static String register(String token, String reference) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(childJson(reference))
                .when().post("/api/children")
                .then().statusCode(201).extract().path("id");
    }

    static String ref() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void theLocationOfANewChildIsItsPathOnce() {
        Response created = given().auth().oauth2(TestTokens.caseSystem("coventry")).contentType(ContentType.JSON)
                .body(childJson(ref())).when().post("/api/children");
        assertEquals(201, created.statusCode());
        assertEquals("/api/children/" + created.path("id"),
                java.net.URI.create(created.header("Location")).getPath());
    }

    @Test
    void anAuthorityRegistersAndReadsItsOwnChild() {
        String reference = ref();
        String id = register(TestTokens.caseSystem("coventry"), reference);
        given().auth().oauth2(TestTokens.caseSystem("coventry"))
                .when().get("/api/children/" + id)
                .then().statusCode(200)
                .header("ETag", "\"0\"")
                .header("Cache-Control", "no-store")
                .body("authority", equalTo("coventry"))
                .body("childReference", equalTo(reference));
    }

    @Test
    void anotherAuthoritysChildAnswersExactlyLikeOneThatDoesNotExist() {
        String id = register(TestTokens.caseSystem("coventry"), ref());
        Response other = given().auth().oauth2(TestTokens.caseSystem("solihull")).when().get("/api/children/" + id);
        Response missing = given().auth().oauth2(TestTokens.caseSystem("solihull"))
                .when().get("/api/children/" + UUID.randomUUID());
        assertEquals(404, other.statusCode());
        assertEquals(missing.statusCode(), other.statusCode());
        assertEquals(missing.body().asString(), other.body().asString());
        assertEquals(withoutVolatile(missing.headers()), withoutVolatile(other.headers()));
        assertEquals("application/problem+json", other.contentType());
    }

    private static Map<String, String> withoutVolatile(io.restassured.http.Headers headers) {
        Map<String, String> map = new java.util.TreeMap<>();
        headers.forEach(h -> {
            if (!h.getName().equalsIgnoreCase("X-Request-Id") && !h.getName().equalsIgnoreCase("Date")) {
                map.put(h.getName().toLowerCase(), h.getValue());
            }
        });
        return map;
    }

    @Test
    void listsNeverIncludeAnotherAuthoritysChildrenButAgencyStaffSeeAll() {
        String coventryChild = register(TestTokens.caseSystem("coventry"), ref());
        String solihullChild = register(TestTokens.caseSystem("solihull"), ref());
        given().auth().oauth2(TestTokens.caseSystem("solihull")).queryParam("size", 500)
                .when().get("/api/children")
                .then().statusCode(200)
                .body("items.id", hasItem(solihullChild))
                .body("items.id", not(hasItem(coventryChild)))
                .body("items.authority", not(hasItem("coventry")));
        given().auth().oauth2(TestTokens.practitioner()).queryParam("size", 500)
                .when().get("/api/children")
                .then().statusCode(200)
                .body("items.id", hasItem(solihullChild))
                .body("items.id", hasItem(coventryChild));
    }

    @Test
    void anAuthorityCannotSetTheOwningAuthority() {
        given().auth().oauth2(TestTokens.caseSystem("solihull")).contentType(ContentType.JSON)
                .body("""
                        {"childReference":"X1","authority":"coventry","dateOfBirth":"2019-03-14","sex":"FEMALE","ethnicity":"MWBC"}
                        """)
                .when().post("/api/children")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("authority"))
                .body("violations[0].rule", equalTo("unknown-field"));
    }

    @Test
    void updatesNeedIfMatchAndRejectStaleVersions() {
        String token = TestTokens.caseSystem("coventry");
        String id = register(token, ref());
        String update = """
                {"dateOfBirth":"2019-03-15","sex":"FEMALE","ethnicity":"WBRI","disability":true}
                """;
        given().auth().oauth2(token).contentType(ContentType.JSON).body(update)
                .when().put("/api/children/" + id)
                .then().statusCode(428).contentType("application/problem+json");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(update).header("If-Match", "\"0\"")
                .when().put("/api/children/" + id)
                .then().statusCode(200).header("ETag", "\"1\"").body("ethnicity", equalTo("WBRI"));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(update).header("If-Match", "\"0\"")
                .when().put("/api/children/" + id)
                .then().statusCode(412).contentType("application/problem+json");
    }

    @Test
    void idempotencyKeyReplaysTheFirstResultAndRejectsADifferentBody() {
        String token = TestTokens.caseSystem("worcestershire");
        String key = UUID.randomUUID().toString();
        String reference = ref();
        String first = given().auth().oauth2(token).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(childJson(reference)).when().post("/api/children")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(token).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(childJson(reference)).when().post("/api/children")
                .then().statusCode(200).body("id", equalTo(first));
        given().auth().oauth2(token).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(childJson(ref())).when().post("/api/children")
                .then().statusCode(422).contentType("application/problem+json");
    }

    @Test
    void validationNamesTheFieldAndTheRule() {
        given().auth().oauth2(TestTokens.caseSystem("coventry")).contentType(ContentType.JSON)
                .body("""
                        {"childReference":"OK-1","dateOfBirth":"2999-01-01","sex":"FEMALE","ethnicity":"MWBC"}
                        """)
                .when().post("/api/children")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("dateOfBirth"))
                .body("violations[0].rule", equalTo("past-or-present"));
        given().auth().oauth2(TestTokens.caseSystem("coventry")).contentType(ContentType.JSON)
                .body("""
                        {"childReference":"OK-1","dateOfBirth":"2019-01-01","sex":"UNKNOWN","ethnicity":"MWBC"}
                        """)
                .when().post("/api/children")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("sex"))
                .body("violations[0].rule", equalTo("enum"));
        given().auth().oauth2(TestTokens.caseSystem("coventry")).contentType(ContentType.JSON)
                .body("{\"childReference\": ")
                .when().post("/api/children")
                .then().statusCode(400).contentType("application/problem+json")
                .body("title", equalTo("Malformed JSON"));
        given().auth().oauth2(TestTokens.caseSystem("coventry")).contentType(ContentType.JSON)
                .body("""
                        {"childReference":"OK-1","dateOfBirth":"2019-02-30","sex":"FEMALE","ethnicity":"MWBC"}
                        """)
                .when().post("/api/children")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("dateOfBirth"));
        given().auth().oauth2(TestTokens.caseSystem("coventry")).contentType(ContentType.JSON)
                .body("""
                        {"childReference":"OK-1","dateOfBirth":"2019-02-03","sex":"FEMALE","ethnicity":"ZZZZ"}
                        """)
                .when().post("/api/children")
                .then().statusCode(400).body("violations[0].rule", equalTo("dfe-ethnicity-code"));
    }

    @Test
    void agencyStaffCannotRegisterChildrenForAnAuthority() {
        given().auth().oauth2(TestTokens.manager()).contentType(ContentType.JSON).body(childJson(ref()))
                .when().post("/api/children")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void theAuditTrailNamesWhoReadAChildButNotItsContent() {
        String id = register(TestTokens.caseSystem("coventry"), ref());
        given().auth().oauth2(TestTokens.caseSystem("coventry")).header("X-Purpose", "reporting")
                .when().get("/api/children/" + id).then().statusCode(200);
        given().auth().oauth2(TestTokens.manager())
                .queryParam("recordType", "child").queryParam("recordId", id)
                .when().get("/api/children/audit")
                .then().statusCode(200)
                .body("items.action", hasItem("READ"))
                .body("items.action", hasItem("CREATE"))
                .body("items.purpose", hasItem("reporting"))
                .body("items.actor", hasItem(containsString("service-account-coventry")))
                .body(not(containsString("2019-03-14")));
        given().auth().oauth2(TestTokens.caseSystem("coventry"))
                .queryParam("recordType", "child").queryParam("recordId", id)
                .when().get("/api/children/audit")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void anUnknownPurposeIsRejected() {
        String id = register(TestTokens.caseSystem("coventry"), ref());
        given().auth().oauth2(TestTokens.caseSystem("coventry")).header("X-Purpose", "curiosity")
                .when().get("/api/children/" + id)
                .then().statusCode(400).body("violations[0].field", equalTo("X-Purpose"));
    }
}
