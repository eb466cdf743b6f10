package uk.raa.matching.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.raa.matching.rest.Fixtures.aChild;
import static uk.raa.matching.rest.Fixtures.aHousehold;
import static uk.raa.matching.rest.Fixtures.link;
import static uk.raa.matching.rest.Fixtures.step;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.raa.common.testing.EventContracts;
import uk.raa.common.testing.TestTokens;

/**
 * The practitioner's story end to end on the real database: search for a sibling pair, see a ranked and explained
 * list, ask why a family was left out, link, and record panel, ADM decision, introductions and placement, with the
 * catalogue events written to the outbox in the same transactions.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class MatchingFlowTests {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aPractitionerFindsRanksExplainsLinksAndPlacesASiblingPair() throws SQLException {
        UUID group = UUID.randomUUID();
        // Ages at 2025-01-01: 46 and 23 months; both waiting 180 days (2024-07-05 to 2025-01-01).
        UUID elder = aChild().siblings(group).born("2021-03-01").put();
        UUID younger = aChild().siblings(group).born("2023-02-01").put();
        UUID closest = aHousehold().ages(0, 6).capacity(2, true).approved("2024-10-03").put();
        UUID longerWaiting = aHousehold().ages(0, 4).capacity(3, true).approved("2024-04-01").put();
        UUID tooOld = aHousehold().ages(4, 8).capacity(2, true).put();
        UUID noSiblings = aHousehold().capacity(1, false).put();

        String search = """
                {"childIds":["%s","%s"],"asAt":"2025-01-01"}
                """.formatted(elder, younger);
        JsonPath ranking = given().auth().oauth2(TestTokens.practitioner()).contentType(ContentType.JSON).body(search)
                .when().post("/api/matching/searches/households")
                .then().statusCode(200)
                .body("asAt", equalTo("2025-01-01"))
                .body("ranked.householdId", hasItem(closest.toString()))
                .body("ranked.householdId", not(hasItem(tooOld.toString())))
                .body("ranked.householdId", not(hasItem(noSiblings.toString())))
                .body("excludedCount", greaterThanOrEqualTo(2))
                .extract().jsonPath();
        List<String> order = ranking.getList("ranked.householdId");
        assertTrue(order.indexOf(closest.toString()) < order.indexOf(longerWaiting.toString()),
                "67.56 ranks above 66.39");
        Map<String, Object> first = ranking.getMap("ranked.find { it.householdId == '" + closest + "' }");
        // Needs 20 x 14/24 = 11.67; age (C = 42, W = 42; 38 + 23 of 84) 15 x 61/84 = 10.89; capacity 10 x 2/2;
        // child waiting 25 x 180/360 = 12.50; household waiting 15 x 90/180 = 7.50; early permanence 15.
        assertEquals(67.56f, ((Number) first.get("score")).floatValue());
        assertEquals(90, ((Number) first.get("householdWaitingDays")).intValue());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> criteria = (List<Map<String, Object>>) first.get("criteria");
        assertEquals(List.of("NEEDS_MARGIN", "AGE_FIT", "CAPACITY_FIT", "CHILD_WAITING", "HOUSEHOLD_WAITING",
                "EARLY_PERMANENCE"), criteria.stream().map(c -> c.get("criterion")).toList());
        assertEquals(List.of(11.67f, 10.89f, 10.0f, 12.5f, 7.5f, 15.0f),
                criteria.stream().map(c -> ((Number) c.get("points")).floatValue()).toList());
        assertEquals("the household has waited 90 days since approval (half the points at 90 days)",
                criteria.get(4).get("reason"));
        Map<String, Object> second = ranking.getMap("ranked.find { it.householdId == '" + longerWaiting + "' }");
        // 11.67 + 15 x 37/60 (9.25) + 10 x 2/3 (6.67) + 12.50 + 15 x 275/365 (11.30) + 15 = 66.39
        assertEquals(66.39f, ((Number) second.get("score")).floatValue());

        // The same search twice gives the same answer.
        String again = given().auth().oauth2(TestTokens.practitioner()).contentType(ContentType.JSON).body(search)
                .when().post("/api/matching/searches/households").then().statusCode(200).extract().asString();
        assertEquals(ranking.prettify(), JsonPath.from(again).prettify());

        given().auth().oauth2(TestTokens.practitioner())
                .queryParam("childIds", elder.toString()).queryParam("childIds", younger.toString())
                .queryParam("asAt", "2025-01-01")
                .when().get("/api/matching/searches/households/" + tooOld + "/why-not")
                .then().statusCode(200)
                .body("eligible", equalTo(false))
                .body("failedConstraints.constraint", contains("AGE_RANGE", "AGE_RANGE"))
                .body("failedConstraints.childNumber", contains(1, 2))
                .body("failedConstraints.required", contains("4-8 years", "4-8 years"))
                .body("failedConstraints.actual", contains("3 years", "1 years"));
        given().auth().oauth2(TestTokens.practitioner())
                .queryParam("childIds", elder.toString()).queryParam("childIds", younger.toString())
                .queryParam("asAt", "2025-01-01")
                .when().get("/api/matching/searches/households/" + noSiblings + "/why-not")
                .then().statusCode(200)
                .body("failedConstraints.constraint", contains("CAPACITY", "SIBLING_GROUP_NOT_ACCEPTED"));
        given().auth().oauth2(TestTokens.practitioner())
                .queryParam("childIds", elder.toString()).queryParam("childIds", younger.toString())
                .queryParam("asAt", "2025-01-01")
                .when().get("/api/matching/searches/households/" + closest + "/why-not")
                .then().statusCode(200).body("eligible", equalTo(true));

        String matchId = link(closest, elder, younger);
        step(matchId, "PANEL_RECOMMENDED", "2025-01-20", null).then().statusCode(200)
                .body("stage", equalTo("PANEL_RECOMMENDED"));
        step(matchId, "MATCH_DECIDED", "2025-02-03", null).then().statusCode(200)
                .body("matchDate", equalTo("2025-02-03"));
        step(matchId, "INTRODUCTIONS", "2025-02-10", null).then().statusCode(200);
        step(matchId, "PLACED", "2025-03-10", null).then().statusCode(200)
                .body("placementDate", equalTo("2025-03-10"))
                .body("children.childId", contains(elder.toString(), younger.toString()))
                .body("children.interAgencyClass", contains("WITHIN_AGENCY", "WITHIN_AGENCY"))
                .body("children.siblingPosition", contains("FIRST", "SECOND_OR_LATER"))
                .body("children[0].feeAgencyType", nullValue());
        given().auth().oauth2(TestTokens.practitioner()).when().get("/api/matching/matches/" + matchId)
                .then().statusCode(200)
                .body("stage", equalTo("PLACED"))
                .body("history.stage", contains("LINK", "PANEL_RECOMMENDED", "MATCH_DECIDED", "INTRODUCTIONS",
                        "PLACED"))
                .body("household.reference", equalTo(ranking.getString(
                        "ranked.find { it.householdId == '" + closest + "' }.householdReference")))
                .body("children.interAgencyClass", contains("WITHIN_AGENCY", "WITHIN_AGENCY"));

        List<String[]> events = outbox(matchId);
        assertEquals(List.of("match.decision-recorded.v1", "match.placement-started.v1"),
                events.stream().map(e -> e[0]).toList());
        events.forEach(e -> EventContracts.assertConforms(e[1]));
        JsonPath placed = JsonPath.from(events.get(1)[1]);
        assertEquals("coventry", placed.getString("authority"));
        assertEquals("ace", placed.getString("agency"));
        assertEquals("WITHIN_AGENCY", placed.getString("data.interAgencyClass"));
        assertEquals("2025-03-10", placed.getString("data.date"));
        assertEquals(List.of("FIRST", "SECOND_OR_LATER"), placed.getList("data.children.siblingPosition"));
    }

    @Test
    void aChildPlacedWithAVoluntaryAgencysFamilyIsPayableAtThatAgencysRate() throws SQLException {
        UUID child = aChild().put();
        UUID household = aHousehold().recruitedBy("adoption-plus", "VOLUNTARY_ADOPTION_AGENCY").put();
        String matchId = link(household, child);
        step(matchId, "PANEL_RECOMMENDED", "2025-01-20", null).then().statusCode(200);
        step(matchId, "MATCH_DECIDED", "2025-02-03", null).then().statusCode(200);
        step(matchId, "INTRODUCTIONS", "2025-02-10", null).then().statusCode(200);
        step(matchId, "PLACED", "2025-03-10", null).then().statusCode(200)
                .body("children[0].interAgencyClass", equalTo("PAYABLE"))
                .body("children[0].feeAgencyType", equalTo("VOLUNTARY_ADOPTION_AGENCY"))
                .body("children[0].siblingPosition", equalTo("FIRST"));
        JsonPath placed = JsonPath.from(outbox(matchId).get(1)[1]);
        assertEquals("PAYABLE", placed.getString("data.interAgencyClass"));
        assertEquals("VOLUNTARY_ADOPTION_AGENCY", placed.getString("data.otherAgencyType"));
    }

    @Test
    void searchingChildrenForAHouseholdRanksASiblingGroupAsOneUnit() {
        UUID group = UUID.randomUUID();
        UUID elder = aChild().siblings(group).born("2021-03-01").put();
        UUID younger = aChild().siblings(group).born("2023-02-01").put();
        UUID household = aHousehold().ages(0, 6).capacity(2, true).put();
        given().auth().oauth2(TestTokens.practitioner()).contentType(ContentType.JSON)
                .body("{\"householdId\":\"" + household + "\",\"asAt\":\"2025-01-01\"}")
                .when().post("/api/matching/searches/children")
                .then().statusCode(200)
                .body("ranked.find { it.unitId == '" + group + "' }.childIds",
                        contains(elder.toString(), younger.toString()))
                .body("ranked.find { it.unitId == '" + group + "' }.score", equalTo(67.56f))
                .body("ranked.unitId", not(hasItem(elder.toString())));
    }

    List<String[]> outbox(String matchId) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select type, envelope from outbox_event"
                        + " where aggregate_type = 'match' and aggregate_id = ? order by sequence")) {
            ps.setString(1, matchId);
            try (ResultSet rs = ps.executeQuery()) {
                List<String[]> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(new String[] {rs.getString(1), rs.getString(2)});
                }
                return rows;
            }
        }
    }
}
