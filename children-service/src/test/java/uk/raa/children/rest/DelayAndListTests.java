package uk.raa.children.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.raa.common.testing.TestTokens;

/** Delay lists, list filters and sibling groups, each with its tenancy check. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class DelayAndListTests {

    static final String COVENTRY = TestTokens.caseSystem("coventry");
    static final String SOLIHULL = TestTokens.caseSystem("solihull");

    static String childBornIn2015(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"childReference\":\"" + ChildResourceTests.ref() + "\",\"dateOfBirth\":\"2015-01-01\","
                        + "\"sex\":\"MALE\",\"ethnicity\":\"BCRB\",\"needs\":{\"health\":\"HIGH\"},"
                        + "\"excludedAreas\":[\"solihull\"],\"givenName\":\"Sam\"}")
                .when().post("/api/children").then().statusCode(201)
                .body("needs.health", equalTo("HIGH")).body("needs.behaviour", equalTo("NONE"))
                .body("excludedAreas", hasItem("solihull")).body("givenName", equalTo("Sam"))
                .extract().path("id");
    }

    static void milestone(String token, String id, String type, String date) {
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"type\":\"" + type + "\",\"date\":\"" + date + "\"}")
                .when().post("/api/children/" + id + "/milestones").then().statusCode(201);
    }

    @Test
    void delayListsNameTheRightChildrenWithTheirOwnReasons() {
        String late = childBornIn2015(COVENTRY);
        milestone(COVENTRY, late, "ENTERED_CARE", "2020-01-01");
        milestone(COVENTRY, late, "SHOULD_BE_PLACED_DECISION", "2020-03-01");
        milestone(COVENTRY, late, "PLACEMENT_ORDER", "2020-05-01");
        String recent = childBornIn2015(COVENTRY);
        milestone(COVENTRY, recent, "ENTERED_CARE", "2020-06-01");
        milestone(COVENTRY, recent, "SHOULD_BE_PLACED_DECISION", "2020-09-01");
        milestone(COVENTRY, recent, "PLACEMENT_ORDER", "2020-12-01");

        // 2020-05-01 to 2021-03-01: 10 months, 31+30+31+31+30+31+30+31+31+28 = 304 days
        given().auth().oauth2(COVENTRY).queryParam("asAt", "2021-03-01")
                .when().get("/api/children/delay-lists/placement-order-over-threshold")
                .then().statusCode(200)
                .body("thresholdMonths", equalTo(9))
                .body("children.childId", hasItem(late))
                .body("children.childId", not(hasItem(recent)))
                .body("children.find { it.childId == '" + late + "' }.days", equalTo(304))
                .body("children.find { it.childId == '" + late + "' }.reason", equalTo("Placement order made on "
                        + "2020-05-01: 10 months 0 days (304 days) at 2021-03-01, over the 9-month threshold; "
                        + "not placed for adoption"));
        given().auth().oauth2(COVENTRY).queryParam("asAt", "2021-03-01")
                .when().get("/api/children/delay-lists/placement-order-no-match")
                .then().statusCode(200).body("children.childId", hasItem(late))
                .body("children.childId", not(hasItem(recent)));
        // before the order the child is on no list
        given().auth().oauth2(COVENTRY).queryParam("asAt", "2020-04-30")
                .when().get("/api/children/delay-lists/placement-order-over-threshold")
                .then().statusCode(200).body("children.childId", not(hasItem(late)));
        given().auth().oauth2(SOLIHULL).queryParam("asAt", "2021-03-01")
                .when().get("/api/children/delay-lists/placement-order-over-threshold")
                .then().statusCode(200).body("children.childId", not(hasItem(late)))
                .body("children.authority", not(hasItem("coventry")));
        given().auth().oauth2(TestTokens.practitioner()).queryParam("asAt", "2021-03-01")
                .when().get("/api/children/delay-lists/placement-order-over-threshold")
                .then().statusCode(200).body("children.childId", hasItem(late));
        given().auth().oauth2(COVENTRY).when().get("/api/children/delay-lists/no-such-list").then().statusCode(404);
        given().auth().oauth2(COVENTRY).queryParam("asAt", "2999-01-01")
                .when().get("/api/children/delay-lists/placed-without-order").then().statusCode(400);

        // list filters as at a date: waiting, aged 5+, BME, waited at least 300 days (2020-03-01 to 2021-03-01 = 365)
        given().auth().oauth2(COVENTRY).queryParam("asAt", "2021-03-01").queryParam("status", "WAITING")
                .queryParam("category", "AGED_FIVE_OR_OVER").queryParam("minWaitingDays", 300).queryParam("size", 500)
                .when().get("/api/children")
                .then().statusCode(200).body("items.id", hasItem(late)).body("items.id", not(hasItem(recent)));
        given().auth().oauth2(SOLIHULL).queryParam("asAt", "2021-03-01").queryParam("status", "WAITING")
                .queryParam("size", 500).when().get("/api/children")
                .then().statusCode(200).body("items.id", not(hasItem(late)));
    }

    @Test
    void siblingGroupsAreTheAuthoritysOwnAndShowInTheCategoryFilter() {
        String a = childBornIn2015(COVENTRY);
        String b = childBornIn2015(COVENTRY);
        String group = given().auth().oauth2(COVENTRY).contentType(ContentType.JSON)
                .body("{\"plan\":\"TOGETHER\",\"childIds\":[\"" + a + "\",\"" + b + "\"]}")
                .when().post("/api/children/sibling-groups")
                .then().statusCode(201).body("plan", equalTo("TOGETHER")).extract().path("id");
        given().auth().oauth2(COVENTRY).when().get("/api/children/sibling-groups/" + group)
                .then().statusCode(200).body("childIds", hasItems(a, b));
        given().auth().oauth2(COVENTRY).when().get("/api/children/" + a)
                .then().statusCode(200).body("siblingGroupId", equalTo(group));
        given().auth().oauth2(SOLIHULL).when().get("/api/children/sibling-groups/" + group).then().statusCode(404);
        given().auth().oauth2(SOLIHULL).when().get("/api/children/sibling-groups/" + UUID.randomUUID())
                .then().statusCode(404);
        String s = childBornIn2015(SOLIHULL);
        given().auth().oauth2(SOLIHULL).contentType(ContentType.JSON)
                .body("{\"plan\":\"TOGETHER\",\"childIds\":[\"" + s + "\",\"" + a + "\"]}")
                .when().post("/api/children/sibling-groups")
                .then().statusCode(400).body("violations[0].rule", equalTo("unknown-child"));
        given().auth().oauth2(COVENTRY).contentType(ContentType.JSON)
                .body("{\"plan\":\"APART\",\"childIds\":[\"" + childBornIn2015(COVENTRY) + "\",\""
                        + childBornIn2015(COVENTRY) + "\"]}")
                .when().post("/api/children/sibling-groups")
                .then().statusCode(400).body("violations[0].field", equalTo("apartReason"));
        given().auth().oauth2(COVENTRY).queryParam("category", "SIBLING_GROUP").queryParam("size", 500)
                .when().get("/api/children")
                .then().statusCode(200).body("items.id", hasItems(a, b));
        given().auth().oauth2(TestTokens.practitioner()).when().get("/api/children/sibling-groups/" + group)
                .then().statusCode(200);
    }

    @Test
    void namesAreShownToTheOwnerAndPractitionersButNotToFinance() {
        String id = childBornIn2015(COVENTRY);
        given().auth().oauth2(TestTokens.practitioner()).when().get("/api/children/" + id)
                .then().statusCode(200).body("givenName", equalTo("Sam"));
        given().auth().oauth2(TestTokens.finance()).when().get("/api/children/" + id)
                .then().statusCode(200).body("givenName", equalTo(null));
    }
}
