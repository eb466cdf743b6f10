package uk.raa.children.scorecard;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Random;
import java.util.Set;
import uk.raa.common.testing.TestTokens;

/** Children and journeys created through the public API, for hand-computed scorecard cohorts. */
final class ScorecardFixtures {

    private static final Random RANDOM = new Random();

    private ScorecardFixtures() {
    }

    /** A fresh authority code (letters only), so that no other test's children fall in the cohort. */
    static String freshAuthority(String prefix) {
        StringBuilder code = new StringBuilder(prefix).append('-');
        for (int i = 0; i < 10; i++) {
            code.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return code.toString();
    }

    static String caseSystem(String authority) {
        return TestTokens.caseSystem(authority);
    }

    static String agencyStaff(String agency, String... roles) {
        return TestTokens.base(agency + ".staff").claim("agency", agency).groups(Set.of(roles)).sign();
    }

    static String child(String token, String reference) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"childReference\":\"" + reference + "\",\"dateOfBirth\":\"2005-01-01\",\"sex\":\"FEMALE\","
                        + "\"ethnicity\":\"WBRI\"}")
                .when().post("/api/children").then().statusCode(201).extract().path("id");
    }

    static Response milestone(String token, String childId, String type, String date, String code, String family) {
        StringBuilder body = new StringBuilder("{\"type\":\"").append(type).append("\",\"date\":\"").append(date)
                .append('"');
        if (code != null) {
            body.append(",\"code\":\"").append(code).append('"');
        }
        if (family != null) {
            body.append(",\"familyReference\":\"").append(family).append('"');
        }
        body.append('}');
        Response response = given().auth().oauth2(token).contentType(ContentType.JSON).body(body.toString())
                .when().post("/api/children/" + childId + "/milestones");
        response.then().statusCode(201);
        return response;
    }

    static void periodOfCare(String token, String childId, String start, String end) {
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"type\":\"ENTERED_CARE\",\"date\":\"" + start + "\",\"end\":\"" + end + "\"}")
                .when().post("/api/children/" + childId + "/milestones").then().statusCode(201);
    }

    static void enteredCare(String token, String childId, String date) {
        milestone(token, childId, "ENTERED_CARE", date, null, null);
    }

    static void placementOrder(String token, String childId, String date) {
        milestone(token, childId, "PLACEMENT_ORDER", date, null, null);
    }

    static void match(String token, String childId, String date, String family) {
        milestone(token, childId, "MATCH_DECISION", date, null, family);
    }

    static Response placed(String token, String childId, String date, String family, String route) {
        return milestone(token, childId, "PLACED_FOR_ADOPTION", date, route, family);
    }

    static void adopted(String token, String childId, String date) {
        milestone(token, childId, "ADOPTION_ORDER", date, "E11", null);
    }
}
