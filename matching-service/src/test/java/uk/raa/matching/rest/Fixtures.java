package uk.raa.matching.rest;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import uk.raa.common.testing.TestTokens;

/** Test data put through the operator's reconciliation endpoints, as a manager would. */
final class Fixtures {

    private Fixtures() {
    }

    /** A child's profile; needs are given as HEALTH, DEVELOPMENT, BEHAVIOUR, EDUCATION. */
    static final class ChildBuilder {
        final UUID id = UUID.randomUUID();
        String authority = "coventry";
        String dateOfBirth = "2022-01-15";
        String needs = "\"HEALTH\":\"LOW\",\"DEVELOPMENT\":\"NONE\",\"BEHAVIOUR\":\"NONE\",\"EDUCATION\":\"NONE\"";
        UUID siblingGroupId;
        String availableSince = "2024-07-05";
        boolean available = true;
        List<String> excludedAreas = List.of();

        ChildBuilder authority(String value) {
            authority = value;
            return this;
        }

        ChildBuilder born(String value) {
            dateOfBirth = value;
            return this;
        }

        ChildBuilder siblings(UUID group) {
            siblingGroupId = group;
            return this;
        }

        ChildBuilder needs(String health, String development, String behaviour, String education) {
            needs = "\"HEALTH\":\"%s\",\"DEVELOPMENT\":\"%s\",\"BEHAVIOUR\":\"%s\",\"EDUCATION\":\"%s\""
                    .formatted(health, development, behaviour, education);
            return this;
        }

        ChildBuilder availableSince(String value) {
            availableSince = value;
            return this;
        }

        String json() {
            return """
                    {"authority":"%s","dateOfBirth":"%s","sex":"FEMALE","ethnicity":"WBRI","disability":false,
                     "needs":{%s},"siblingGroupId":%s,"excludedAreas":[%s],"available":%s,
                     "availableSince":"%s","earlyPermanenceWanted":false}
                    """.formatted(authority, dateOfBirth, needs,
                    siblingGroupId == null ? "null" : "\"" + siblingGroupId + "\"",
                    excludedAreas.stream().map(a -> "\"" + a + "\"").collect(Collectors.joining(",")), available,
                    availableSince);
        }

        UUID put() {
            given().auth().oauth2(TestTokens.manager()).contentType(ContentType.JSON).body(json())
                    .when().put("/api/matching/projections/children/" + id)
                    .then().statusCode(201);
            return id;
        }
    }

    static final class HouseholdBuilder {
        final UUID id = UUID.randomUUID();
        String reference = "HH-" + id.toString().substring(0, 8);
        int capacity = 2;
        int minAge = 0;
        int maxAge = 6;
        boolean siblings = true;
        String acceptance = "\"HEALTH\":\"MEDIUM\",\"DEVELOPMENT\":\"MEDIUM\",\"BEHAVIOUR\":\"MEDIUM\",\"EDUCATION\":\"MEDIUM\"";
        String approvalDate = "2024-10-03";
        String area = "warwickshire";
        String recruitingAgency = "ace";
        String recruitingAgencyType = "REGIONAL_ADOPTION_AGENCY";
        String status = "APPROVED_WAITING";

        HouseholdBuilder ages(int min, int max) {
            minAge = min;
            maxAge = max;
            return this;
        }

        HouseholdBuilder capacity(int value, boolean takesSiblings) {
            capacity = value;
            siblings = takesSiblings;
            return this;
        }

        HouseholdBuilder approved(String value) {
            approvalDate = value;
            return this;
        }

        HouseholdBuilder recruitedBy(String agency, String type) {
            recruitingAgency = agency;
            recruitingAgencyType = type;
            return this;
        }

        String json() {
            return """
                    {"reference":"%s","numberOfAdopters":2,"areaOfResidence":"%s","recruitingAgency":"%s",
                     "recruitingAgencyType":"%s","childrenCapacity":%d,"minAgeYears":%d,"maxAgeYears":%d,
                     "siblingGroupsAccepted":%s,"needAcceptance":{%s},"excludedAreas":[],
                     "earlyPermanenceWilling":true,"approvalDate":"%s","status":"%s"}
                    """.formatted(reference, area, recruitingAgency, recruitingAgencyType, capacity, minAge, maxAge,
                    siblings, acceptance, approvalDate, status);
        }

        UUID put() {
            given().auth().oauth2(TestTokens.manager()).contentType(ContentType.JSON).body(json())
                    .when().put("/api/matching/projections/households/" + id)
                    .then().statusCode(201);
            return id;
        }
    }

    static ChildBuilder aChild() {
        return new ChildBuilder();
    }

    static HouseholdBuilder aHousehold() {
        return new HouseholdBuilder();
    }

    /** Links children and a household as a practitioner on a fixed past date; returns the match id. */
    static String link(UUID householdId, UUID... childIds) {
        return given().auth().oauth2(TestTokens.practitioner()).contentType(ContentType.JSON)
                .body(linkJson(householdId, childIds))
                .when().post("/api/matching/matches")
                .then().statusCode(201).extract().path("id");
    }

    static String linkJson(UUID householdId, UUID... childIds) {
        return """
                {"childIds":[%s],"householdId":"%s","linkDate":"2025-01-06"}
                """.formatted(java.util.Arrays.stream(childIds).map(id -> "\"" + id + "\"")
                .collect(Collectors.joining(",")), householdId);
    }

    /** Records a step with the match's current ETag. */
    static Response step(String matchId, String stage, String date, String reason) {
        String etag = given().auth().oauth2(TestTokens.practitioner()).when().get("/api/matching/matches/" + matchId)
                .then().statusCode(200).extract().header("ETag");
        return given().auth().oauth2(TestTokens.practitioner()).contentType(ContentType.JSON).header("If-Match", etag)
                .body("""
                        {"stage":"%s","date":"%s"%s}
                        """.formatted(stage, date, reason == null ? "" : ",\"reason\":\"" + reason + "\""))
                .when().post("/api/matching/matches/" + matchId + "/transitions");
    }
}
