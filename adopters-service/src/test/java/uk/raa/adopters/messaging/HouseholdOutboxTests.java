package uk.raa.adopters.messaging;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.raa.common.testing.EventContracts;
import uk.raa.common.testing.TestTokens;

/** household.profile-changed.v1 goes to the outbox in the same transaction as the change that causes it. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class HouseholdOutboxTests {

    private static final String BASE = "/api/adopters/households";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void approvalOfferChangesAndStatusChangesArePublishedInOrderAndNothingElse() throws SQLException {
        String token = TestTokens.practitioner();
        String area = "area-" + UUID.randomUUID().toString().substring(0, 8);
        String body = """
                {"householdReference":"EV-%s",
                 "adopters":[{"givenName":"Zebedee","familyName":"Quintrell","dateOfBirth":"1984-07-19"}],
                 "areaOfResidence":"%s","recruitingAgency":{"code":"ace","type":"THIS_AGENCY"},
                 "fastTrackRoute":"NONE",
                 "offer":{"numberOfChildren":1,"minAgeYears":0,"maxAgeYears":3,"siblingGroupsAccepted":false,
                  "needAcceptance":{"HEALTH":"LOW","DEVELOPMENT":"LOW","BEHAVIOUR":"LOW","EDUCATION":"LOW"},
                  "earlyPermanence":true}}
                """.formatted(UUID.randomUUID().toString().substring(0, 8), area);
        String id = given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post(BASE).then().statusCode(201).extract().path("id");
        String[][] steps = {{"ENQUIRY", "2023-01-09"}, {"REGISTRATION_OF_INTEREST", "2023-01-16"},
                {"STAGE_1_STARTED", "2023-01-20"}, {"STAGE_1_COMPLETED", "2023-03-13"},
                {"STAGE_2_STARTED", "2023-04-17"}, {"STAGE_2_COMPLETED", "2023-08-10"},
                {"PANEL_RECOMMENDATION", "2023-09-07"}};
        for (String[] step : steps) {
            step(token, id, step[0], step[1]);
        }
        assertEquals(List.of(), envelopes(id), "nothing before approval");

        step(token, id, "ADM_APPROVAL", "2023-09-14");
        step(token, id, "REVIEW", "2023-12-14");
        // Only the adopters' contact details change: not part of the profile, nothing published.
        String etag = given().auth().oauth2(token).when().get(BASE + "/" + id).then().extract().header("ETag");
        String sameProfile = body.replaceFirst("\"householdReference\":\"[^\"]+\",", "")
                .replace("\"dateOfBirth\":\"1984-07-19\"}", "\"dateOfBirth\":\"1984-07-19\",\"phone\":\"01632 960000\"}");
        etag = given().auth().oauth2(token).contentType(ContentType.JSON).body(sameProfile).header("If-Match", etag)
                .when().put(BASE + "/" + id).then().statusCode(200).extract().header("ETag");
        String wider = sameProfile.replace("\"maxAgeYears\":3", "\"maxAgeYears\":6");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(wider).header("If-Match", etag)
                .when().put(BASE + "/" + id).then().statusCode(200);
        step(token, id, "MATCHED", "2024-01-15");

        List<String> envelopes = envelopes(id);
        assertEquals(3, envelopes.size(), "approval, offer change, match");
        for (String envelope : envelopes) {
            EventContracts.assertConforms(envelope);
        }
        JsonPath first = JsonPath.from(envelopes.get(0));
        assertEquals("household.profile-changed.v1", first.getString("type"));
        assertEquals(id, first.getString("subject"));
        assertEquals("ace", first.getString("agency"));
        assertEquals(null, first.getString("authority"));
        assertEquals(1, first.getInt("sequence"));
        assertEquals("APPROVED_WAITING", first.getString("data.status"));
        assertEquals("2023-09-14", first.getString("data.approvalDate"));
        assertEquals(3, first.getInt("data.maxAgeYears"));
        JsonPath second = JsonPath.from(envelopes.get(1));
        assertEquals(2, second.getInt("sequence"));
        assertEquals(6, second.getInt("data.maxAgeYears"));
        JsonPath third = JsonPath.from(envelopes.get(2));
        assertEquals(3, third.getInt("sequence"));
        assertEquals("MATCHED", third.getString("data.status"));
        for (String envelope : envelopes) {
            assertEquals(false, envelope.contains("Quintrell") || envelope.contains("01632"), "no personal data");
        }
    }

    @Test
    void aRefusedStepPublishesNothing() throws SQLException {
        String token = TestTokens.practitioner();
        String body = """
                {"householdReference":"EV-%s",
                 "adopters":[{"givenName":"Ann","familyName":"Other","dateOfBirth":"1980-01-01"}],
                 "areaOfResidence":"coventry","recruitingAgency":{"code":"ace","type":"THIS_AGENCY"},
                 "fastTrackRoute":"NONE",
                 "offer":{"numberOfChildren":1,"minAgeYears":0,"maxAgeYears":3,"siblingGroupsAccepted":false,
                  "needAcceptance":{"HEALTH":"LOW","DEVELOPMENT":"LOW","BEHAVIOUR":"LOW","EDUCATION":"LOW"},
                  "earlyPermanence":true}}
                """.formatted(UUID.randomUUID().toString().substring(0, 8));
        String id = given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post(BASE).then().statusCode(201).extract().path("id");
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"step\":\"ADM_APPROVAL\",\"date\":\"2023-01-01\"}")
                .when().post(BASE + "/" + id + "/steps").then().statusCode(409);
        assertEquals(List.of(), envelopes(id));
    }

    private static void step(String token, String id, String step, String date) {
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"step\":\"%s\",\"date\":\"%s\"}".formatted(step, date))
                .when().post(BASE + "/" + id + "/steps").then().statusCode(201);
    }

    private List<String> envelopes(String householdId) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select envelope from outbox_event where aggregate_type ="
                        + " 'household' and aggregate_id = ? order by sequence")) {
            ps.setString(1, householdId);
            List<String> found = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
            return found;
        }
    }
}
