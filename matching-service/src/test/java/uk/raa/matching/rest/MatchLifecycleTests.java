package uk.raa.matching.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static uk.raa.matching.rest.Fixtures.aChild;
import static uk.raa.matching.rest.Fixtures.aHousehold;
import static uk.raa.matching.rest.Fixtures.link;
import static uk.raa.matching.rest.Fixtures.step;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.raa.common.testing.TestTokens;

/** The lifecycle's rules through the API: 409 for a move the stage does not allow or a child already linked. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class MatchLifecycleTests {

    @Test
    void aStageTheMatchCannotMoveToIsAConflictNamingBothStages() {
        String matchId = link(aHousehold().put(), aChild().put());
        step(matchId, "PLACED", "2025-02-01", null).then().statusCode(409)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("stage"))
                .body("violations[0].rule", equalTo("MATCH_STAGE_TRANSITION"))
                .body("detail", org.hamcrest.Matchers.containsString("LINK to PLACED"));
        step(matchId, "LINK", "2025-02-01", null).then().statusCode(409);
    }

    @Test
    void eachChildIsInAtMostOneActiveMatchUntilItEnds() {
        UUID child = aChild().put();
        String first = link(aHousehold().put(), child);
        UUID other = aHousehold().put();
        given().auth().oauth2(TestTokens.practitioner()).contentType(ContentType.JSON)
                .body(Fixtures.linkJson(other, child))
                .when().post("/api/matching/matches")
                .then().statusCode(409).body("violations[0].rule", equalTo("CHILD_HAS_ACTIVE_MATCH"));
        step(first, "WITHDRAWN", "2025-01-10", null).then().statusCode(400)
                .body("violations[0].field", equalTo("reason"));
        step(first, "WITHDRAWN", "2025-01-10", "the family withdrew").then().statusCode(200)
                .body("stage", equalTo("WITHDRAWN")).body("active", equalTo(false));
        link(other, child);
    }

    @Test
    void aDisruptionNeedsAPlacementAndAReasonAndDatesRunForwardAndNotIntoTheFuture() {
        String matchId = link(aHousehold().put(), aChild().put());
        step(matchId, "PANEL_RECOMMENDED", "2025-01-05", null).then().statusCode(422)
                .body("violations[0].rule", equalTo("DATE_BEFORE_PREVIOUS_STAGE"));
        step(matchId, "PANEL_RECOMMENDED", "2099-01-05", null).then().statusCode(422)
                .body("violations[0].rule", equalTo("DATE_IN_FUTURE"));
        step(matchId, "DISRUPTED", "2025-02-01", "breakdown").then().statusCode(409);
        step(matchId, "PANEL_RECOMMENDED", "2025-01-20", null).then().statusCode(200);
        step(matchId, "MATCH_DECIDED", "2025-02-03", null).then().statusCode(200);
        step(matchId, "INTRODUCTIONS", "2025-02-10", null).then().statusCode(200);
        step(matchId, "PLACED", "2025-03-10", null).then().statusCode(200);
        step(matchId, "WITHDRAWN", "2025-04-01", "too late").then().statusCode(409);
        step(matchId, "DISRUPTED", "2025-04-01", "the placement broke down").then().statusCode(200)
                .body("history.stage", contains("LINK", "PANEL_RECOMMENDED", "MATCH_DECIDED", "INTRODUCTIONS",
                        "PLACED", "DISRUPTED"))
                .body("history[5].reason", equalTo("the placement broke down"));
    }

    @Test
    void aStepNeedsTheCurrentETag() {
        String matchId = link(aHousehold().put(), aChild().put());
        String body = "{\"stage\":\"PANEL_RECOMMENDED\",\"date\":\"2025-01-20\"}";
        given().auth().oauth2(TestTokens.practitioner()).contentType(ContentType.JSON).body(body)
                .when().post("/api/matching/matches/" + matchId + "/transitions").then().statusCode(428);
        given().auth().oauth2(TestTokens.practitioner()).contentType(ContentType.JSON).body(body)
                .header("If-Match", "\"7\"")
                .when().post("/api/matching/matches/" + matchId + "/transitions").then().statusCode(412);
    }

    @Test
    void siblingsLeftOutNeedAReasonWhichOnlyAgencyStaffSee() {
        UUID group = UUID.randomUUID();
        UUID elder = aChild().siblings(group).born("2021-03-01").put();
        UUID younger = aChild().siblings(group).born("2023-02-01").put();
        UUID household = aHousehold().put();
        given().auth().oauth2(TestTokens.practitioner()).contentType(ContentType.JSON)
                .body(Fixtures.linkJson(household, younger))
                .when().post("/api/matching/matches")
                .then().statusCode(422).body("violations[0].rule", equalTo("SIBLINGS_MATCHED_TOGETHER"));
        String matchId = given().auth().oauth2(TestTokens.practitioner()).contentType(ContentType.JSON)
                .body("{\"childIds\":[\"" + younger + "\"],\"householdId\":\"" + household + "\","
                        + "\"separationReason\":\"assessed as needing separate placements\",\"linkDate\":\"2025-01-06\"}")
                .when().post("/api/matching/matches")
                .then().statusCode(201)
                .body("siblingsApart", contains(elder.toString()))
                .body("separationReason", equalTo("assessed as needing separate placements"))
                .extract().path("id");
        given().auth().oauth2(TestTokens.caseSystem("coventry")).when().get("/api/matching/matches/" + matchId)
                .then().statusCode(200).body("separationReason", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void anIdempotencyKeyReplaysTheLink() {
        UUID child = aChild().put();
        UUID household = aHousehold().put();
        String key = UUID.randomUUID().toString();
        String first = given().auth().oauth2(TestTokens.practitioner()).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(Fixtures.linkJson(household, child))
                .when().post("/api/matching/matches").then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.practitioner()).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(Fixtures.linkJson(household, child))
                .when().post("/api/matching/matches").then().statusCode(200).body("id", equalTo(first));
    }

    @Test
    void badInputNamesTheFieldAndTheRule() {
        given().auth().oauth2(TestTokens.practitioner()).contentType(ContentType.JSON)
                .body("{\"childIds\":[],\"householdId\":\"" + UUID.randomUUID() + "\"}")
                .when().post("/api/matching/matches")
                .then().statusCode(400).body("violations[0].field", equalTo("childIds"));
        given().auth().oauth2(TestTokens.practitioner()).contentType(ContentType.JSON)
                .body("{\"childIds\":[\"" + UUID.randomUUID() + "\"],\"householdId\":\"" + UUID.randomUUID() + "\"}")
                .when().post("/api/matching/matches")
                .then().statusCode(422).body("violations[0].rule", equalTo("known-child"));
        var household = aHousehold().ages(5, 2);
        given().auth().oauth2(TestTokens.manager()).contentType(ContentType.JSON).body(household.json())
                .when().put("/api/matching/projections/households/" + household.id)
                .then().statusCode(422).body("violations[0].rule", equalTo("AGE_RANGE_INVERTED"));
    }
}
