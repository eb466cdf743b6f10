package uk.raa.children.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.raa.common.testing.TestTokens;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class JourneyResourceTests {

    static final String COVENTRY = TestTokens.caseSystem("coventry");
    static final String SOLIHULL = TestTokens.caseSystem("solihull");

    static String child(String token) {
        return ChildResourceTests.register(token, ChildResourceTests.ref());
    }

    static Response post(String token, String path, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post(path);
    }

    static String milestone(String token, String childId, String body) {
        return post(token, "/api/children/" + childId + "/milestones", body).then().statusCode(201)
                .extract().path("milestone.id");
    }

    @Test
    void aCaseSystemRecordsAJourneyAndSeesDerivedDatesAndWarnings() {
        String id = child(COVENTRY);
        milestone(COVENTRY, id, "{\"type\":\"ENTERED_CARE\",\"date\":\"2020-01-10\"}");
        milestone(COVENTRY, id, "{\"type\":\"SHOULD_BE_PLACED_DECISION\",\"date\":\"2020-04-01\"}");
        milestone(COVENTRY, id, "{\"type\":\"PLACEMENT_ORDER\",\"date\":\"2020-06-01\"}");
        // a match before the placement order is accepted with a warning
        post(COVENTRY, "/api/children/" + id + "/milestones",
                "{\"type\":\"MATCH_DECISION\",\"date\":\"2020-05-20\",\"familyReference\":\"HH-1\"}")
                .then().statusCode(201)
                .body("warnings.rule", hasItem("match-before-placement-order"));
        post(COVENTRY, "/api/children/" + id + "/placements",
                "{\"start\":\"2020-01-10\",\"placementType\":\"U3\",\"sameCarersAsPrevious\":false}")
                .then().statusCode(201).header("Location", org.hamcrest.Matchers.matchesRegex(
                        "(https?://[^/]+)?/api/children/" + id + "/placements/[0-9a-f-]{36}"));
        given().auth().oauth2(COVENTRY).when().get("/api/children/" + id + "/journey")
                .then().statusCode(200)
                .body("facts", hasSize(5))
                .body("derived.enteredCare", equalTo("2020-01-10"))
                .body("derived.firstPlacementOrder", equalTo("2020-06-01"))
                .body("derived.status", equalTo("MATCHED"))
                .body("warnings.rule", hasItem("match-before-placement-order"));
    }

    @Test
    void aHardRuleIsRejectedWith422NamingTheRule() {
        String id = child(COVENTRY);
        milestone(COVENTRY, id, "{\"type\":\"ENTERED_CARE\",\"date\":\"2020-01-10\"}");
        post(COVENTRY, "/api/children/" + id + "/milestones",
                "{\"type\":\"SHOULD_BE_PLACED_DECISION\",\"date\":\"2019-12-01\"}")
                .then().statusCode(422).contentType("application/problem+json")
                .body("violations[0].rule", equalTo("334"))
                .body("violations[0].field", equalTo("shouldBePlacedDecision.date"));
        post(COVENTRY, "/api/children/" + id + "/milestones", "{\"type\":\"ENTERED_CARE\",\"date\":\"2018-01-01\"}")
                .then().statusCode(422).body("violations[0].rule", equalTo("dob"));
        post(COVENTRY, "/api/children/" + id + "/milestones", "{\"type\":\"ADOPTION_ORDER\",\"date\":\"2021-01-01\"}")
                .then().statusCode(400).body("violations[0].field", equalTo("code"));
        given().auth().oauth2(COVENTRY).when().get("/api/children/" + id + "/journey")
                .then().statusCode(200).body("facts", hasSize(1));
    }

    @Test
    void aCorrectionNeedsIfMatchAndAReasonAndIsKeptInTheHistory() {
        String id = child(COVENTRY);
        String m = milestone(COVENTRY, id,
                "{\"type\":\"MATCH_DECISION\",\"date\":\"2021-02-01\",\"familyReference\":\"HH-2\"}");
        String path = "/api/children/" + id + "/milestones/" + m;
        String correction = """
                {"type":"MATCH_DECISION","date":"2021-02-08","familyReference":"HH-2","reason":"ADM minutes"}""";
        given().auth().oauth2(COVENTRY).contentType(ContentType.JSON).body(correction).when().put(path)
                .then().statusCode(428);
        given().auth().oauth2(COVENTRY).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"type\":\"MATCH_DECISION\",\"date\":\"2021-02-08\",\"familyReference\":\"HH-2\"}")
                .when().put(path).then().statusCode(400).body("violations[0].field", equalTo("reason"));
        given().auth().oauth2(COVENTRY).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(correction)
                .when().put(path).then().statusCode(200).header("ETag", "\"1\"")
                .body("milestone.date", equalTo("2021-02-08"));
        given().auth().oauth2(COVENTRY).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(correction)
                .when().put(path).then().statusCode(412);
        given().auth().oauth2(COVENTRY).when().get("/api/children/" + id + "/journey/history")
                .then().statusCode(200)
                .body("items", hasSize(2))
                .body("items[0].change", equalTo("RECORDED"))
                .body("items[0].oldValue", nullValue())
                .body("items[1].change", equalTo("CORRECTED"))
                .body("items[1].reason", equalTo("ADM minutes"))
                .body("items[1].oldValue.date", equalTo("2021-02-01"))
                .body("items[1].newValue.date", equalTo("2021-02-08"))
                .body("items[1].actor", org.hamcrest.Matchers.containsString("service-account-coventry"));
    }

    @Test
    void anotherAuthoritysJourneyAnswers404LikeAMissingOne() {
        String id = child(COVENTRY);
        String m = milestone(COVENTRY, id, "{\"type\":\"ENTERED_CARE\",\"date\":\"2020-01-10\"}");
        String p = post(COVENTRY, "/api/children/" + id + "/placements",
                "{\"start\":\"2020-01-10\",\"placementType\":\"U3\"}").then().statusCode(201)
                .extract().path("milestone.id");
        for (String path : new String[] {"/journey", "/journey/history", "/milestones/" + m}) {
            Response other = given().auth().oauth2(SOLIHULL).when().get("/api/children/" + id + path);
            Response missing = given().auth().oauth2(SOLIHULL).when().get("/api/children/" + UUID.randomUUID() + path);
            assertEquals(404, other.statusCode(), path);
            assertEquals(missing.body().asString(), other.body().asString(), path);
        }
        post(SOLIHULL, "/api/children/" + id + "/milestones", "{\"type\":\"ENTERED_CARE\",\"date\":\"2020-01-10\"}")
                .then().statusCode(404);
        post(SOLIHULL, "/api/children/" + id + "/placements", "{\"start\":\"2020-01-10\",\"placementType\":\"U3\"}")
                .then().statusCode(404);
        given().auth().oauth2(SOLIHULL).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"type\":\"ENTERED_CARE\",\"date\":\"2020-01-11\",\"reason\":\"x\"}")
                .when().put("/api/children/" + id + "/milestones/" + m).then().statusCode(404);
        given().auth().oauth2(SOLIHULL).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"start\":\"2020-01-11\",\"placementType\":\"U3\",\"reason\":\"x\"}")
                .when().put("/api/children/" + id + "/placements/" + p).then().statusCode(404);
        // an ACE practitioner sees it
        given().auth().oauth2(TestTokens.practitioner()).when().get("/api/children/" + id + "/journey")
                .then().statusCode(200).body("facts", hasSize(2));
    }

    @Test
    void whatTheAgencyRecordsReachesTheAuthoritysFeedAndNoOtherAuthoritys() {
        String id = child(COVENTRY);
        long cursor = latestCursor(COVENTRY);
        milestone(TestTokens.practitioner(), id,
                "{\"type\":\"MATCH_DECISION\",\"date\":\"2022-03-01\",\"familyReference\":\"HH-FEED\"}");
        // the council's own recording is not echoed back
        milestone(COVENTRY, id, "{\"type\":\"ENTERED_CARE\",\"date\":\"2021-01-01\"}");
        given().auth().oauth2(COVENTRY).queryParam("after", cursor).queryParam("limit", 100)
                .when().get("/api/children/feed")
                .then().statusCode(200)
                .body("items.childId", hasItem(id))
                .body("items.type", hasItem("MATCH_DECISION"))
                .body("items.type", not(hasItem("ENTERED_CARE")));
        given().auth().oauth2(SOLIHULL).queryParam("after", 0).queryParam("limit", 500)
                .when().get("/api/children/feed")
                .then().statusCode(200).body("items.childId", not(hasItem(id)));
    }

    static long latestCursor(String token) {
        String cursor = "0";
        while (true) {
            Response page = given().auth().oauth2(token).queryParam("after", cursor).queryParam("limit", 500)
                    .when().get("/api/children/feed");
            String next = page.then().statusCode(200).extract().path("nextCursor");
            if (next.equals(cursor)) {
                return Long.parseLong(cursor);
            }
            cursor = next;
        }
    }
}
