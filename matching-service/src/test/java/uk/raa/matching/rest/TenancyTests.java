package uk.raa.matching.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.raa.matching.rest.Fixtures.aChild;
import static uk.raa.matching.rest.Fixtures.aHousehold;
import static uk.raa.matching.rest.Fixtures.link;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.raa.common.testing.TestTokens;

/**
 * One tenancy test per endpoint: agency staff see the agency's records; a partner authority sees only the matches of
 * its own children (another's answer exactly like a match that does not exist) and the household only as its match
 * profile; council principals cannot search, link, step or reconcile.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class TenancyTests {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void putChildProjectionIsForAgencyManagersAndOnlyForTheirMemberAuthorities() {
        var child = aChild();
        given().auth().oauth2(TestTokens.caseSystem("coventry")).contentType(ContentType.JSON).body(child.json())
                .when().put("/api/matching/projections/children/" + child.id).then().statusCode(403);
        given().auth().oauth2(TestTokens.practitioner()).contentType(ContentType.JSON).body(child.json())
                .when().put("/api/matching/projections/children/" + child.id).then().statusCode(403);
        var outsider = aChild().authority("bristol");
        given().auth().oauth2(TestTokens.manager()).contentType(ContentType.JSON).body(outsider.json())
                .when().put("/api/matching/projections/children/" + outsider.id)
                .then().statusCode(422).body("violations[0].field", equalTo("authority"));
    }

    @Test
    void putHouseholdProjectionIsForAgencyManagersAndAnUpdateNeedsIfMatch() {
        var household = aHousehold();
        given().auth().oauth2(TestTokens.councilStaff("coventry")).contentType(ContentType.JSON).body(household.json())
                .when().put("/api/matching/projections/households/" + household.id).then().statusCode(403);
        household.put();
        given().auth().oauth2(TestTokens.manager()).contentType(ContentType.JSON).body(household.json())
                .when().put("/api/matching/projections/households/" + household.id).then().statusCode(428);
        given().auth().oauth2(TestTokens.manager()).contentType(ContentType.JSON).body(household.json())
                .header("If-Match", "\"0\"")
                .when().put("/api/matching/projections/households/" + household.id)
                .then().statusCode(200).header("ETag", "\"1\"");
        given().auth().oauth2(TestTokens.manager()).contentType(ContentType.JSON).body(household.json())
                .header("If-Match", "\"0\"")
                .when().put("/api/matching/projections/households/" + household.id).then().statusCode(412);
    }

    @Test
    void searchingHouseholdsIsForAgencyStaff() {
        UUID child = aChild().put();
        String body = "{\"childIds\":[\"" + child + "\"],\"asAt\":\"2025-01-01\"}";
        given().auth().oauth2(TestTokens.caseSystem("coventry")).contentType(ContentType.JSON).body(body)
                .when().post("/api/matching/searches/households").then().statusCode(403);
        given().auth().oauth2(TestTokens.finance()).contentType(ContentType.JSON).body(body)
                .when().post("/api/matching/searches/households").then().statusCode(403);
        given().auth().oauth2(TestTokens.practitioner()).contentType(ContentType.JSON).body(body)
                .when().post("/api/matching/searches/households").then().statusCode(200);
    }

    @Test
    void whyNotIsForAgencyStaffAndAnUnknownHouseholdIsNotFound() {
        UUID child = aChild().put();
        UUID household = aHousehold().put();
        given().auth().oauth2(TestTokens.councilStaff("coventry")).queryParam("childIds", child.toString())
                .when().get("/api/matching/searches/households/" + household + "/why-not").then().statusCode(403);
        given().auth().oauth2(TestTokens.practitioner()).queryParam("childIds", child.toString())
                .when().get("/api/matching/searches/households/" + UUID.randomUUID() + "/why-not")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void searchingChildrenIsForAgencyStaff() {
        UUID household = aHousehold().put();
        String body = "{\"householdId\":\"" + household + "\",\"asAt\":\"2025-01-01\"}";
        given().auth().oauth2(TestTokens.caseSystem("solihull")).contentType(ContentType.JSON).body(body)
                .when().post("/api/matching/searches/children").then().statusCode(403);
        given().auth().oauth2(TestTokens.practitioner()).contentType(ContentType.JSON).body(body)
                .when().post("/api/matching/searches/children").then().statusCode(200);
    }

    @Test
    void linkingIsForAgencyStaff() {
        UUID child = aChild().put();
        UUID household = aHousehold().put();
        given().auth().oauth2(TestTokens.caseSystem("coventry")).contentType(ContentType.JSON)
                .body(Fixtures.linkJson(household, child))
                .when().post("/api/matching/matches").then().statusCode(403);
    }

    @Test
    void recordingAStepIsForAgencyStaffAndAnUnknownMatchIsNotFound() {
        String matchId = link(aHousehold().put(), aChild().put());
        String step = "{\"stage\":\"PANEL_RECOMMENDED\",\"date\":\"2025-01-20\"}";
        given().auth().oauth2(TestTokens.caseSystem("coventry")).contentType(ContentType.JSON)
                .header("If-Match", "\"0\"").body(step)
                .when().post("/api/matching/matches/" + matchId + "/transitions").then().statusCode(403);
        given().auth().oauth2(TestTokens.practitioner()).contentType(ContentType.JSON)
                .header("If-Match", "\"0\"").body(step)
                .when().post("/api/matching/matches/" + UUID.randomUUID() + "/transitions").then().statusCode(404);
    }

    @Test
    void aPartnerAuthorityReadsItsOwnChildsMatchWithOnlyTheHouseholdsMatchProfile() throws SQLException {
        UUID child = aChild().authority("coventry").put();
        UUID household = aHousehold().put();
        String matchId = link(household, child);
        given().auth().oauth2(TestTokens.caseSystem("coventry")).when().get("/api/matching/matches/" + matchId)
                .then().statusCode(200)
                .body("children.childId", contains(child.toString()))
                .body("household.householdId", equalTo(household.toString()))
                .body("household.numberOfAdopters", equalTo(2))
                .body("household.areaOfResidence", equalTo("warwickshire"))
                .body("household.offer.childrenCapacity", equalTo(2))
                .body("household.approvalDate", equalTo("2024-10-03"))
                .body("household", not(hasKey("status")))
                .body("household", not(hasKey("excludedAreas")))
                .body("siblingsApart", nullValue());
        assertTrue(audited("match", matchId, "service-account-coventry"));
        assertTrue(audited("household-profile", household.toString(), "service-account-coventry"));

        Response other = given().auth().oauth2(TestTokens.caseSystem("solihull"))
                .when().get("/api/matching/matches/" + matchId);
        Response missing = given().auth().oauth2(TestTokens.caseSystem("solihull"))
                .when().get("/api/matching/matches/" + UUID.randomUUID());
        assertEquals(404, other.statusCode());
        assertEquals(missing.body().asString(), other.body().asString());
        assertEquals(withoutVolatile(missing.headers()), withoutVolatile(other.headers()));
        given().auth().oauth2(TestTokens.practitioner()).when().get("/api/matching/matches/" + matchId)
                .then().statusCode(200).body("siblingsApart", notNullValue());
    }

    @Test
    void listsShowAPartnerAuthorityOnlyItsOwnChildrensMatches() {
        String coventryMatch = link(aHousehold().put(), aChild().authority("coventry").put());
        String solihullMatch = link(aHousehold().put(), aChild().authority("solihull").put());
        given().auth().oauth2(TestTokens.councilStaff("solihull")).queryParam("size", 500)
                .when().get("/api/matching/matches")
                .then().statusCode(200)
                .body("items.id", hasItem(solihullMatch))
                .body("items.id", not(hasItem(coventryMatch)))
                .body("items.children.flatten().authority", not(hasItem("coventry")));
        given().auth().oauth2(TestTokens.practitioner()).queryParam("size", 500).queryParam("stage", "LINK")
                .when().get("/api/matching/matches")
                .then().statusCode(200)
                .body("items.id", hasItem(solihullMatch))
                .body("items.id", hasItem(coventryMatch));
    }

    private boolean audited(String recordType, String recordId, String actorSubject) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select count(*) from audit_event where record_type = ?"
                        + " and ? = any (record_ids) and actor like ?")) {
            ps.setString(1, recordType);
            ps.setString(2, recordId);
            ps.setString(3, "% " + actorSubject);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }

    private static Map<String, String> withoutVolatile(io.restassured.http.Headers headers) {
        Map<String, String> map = new TreeMap<>();
        headers.forEach(h -> {
            if (!h.getName().equalsIgnoreCase("X-Request-Id") && !h.getName().equalsIgnoreCase("Date")) {
                map.put(h.getName().toLowerCase(), h.getValue());
            }
        });
        return map;
    }
}
