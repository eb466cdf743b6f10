package uk.raa.adopters.messaging;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.raa.common.events.EventEnvelope;
import uk.raa.common.events.EventJson;
import uk.raa.common.events.Inbox;
import uk.raa.common.testing.EventContracts;
import uk.raa.common.testing.TestTokens;

/**
 * Match events through the real inbox (idempotent, ordered, in the event's scope) into the household links that let
 * a council see a household's match profile.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class MatchLinkHandlerTests {

    private static final String CONSUMER = "adopters.household-match-links";
    private static final String BASE = "/api/adopters/households";

    @Inject
    Inbox inbox;

    @Inject
    MatchLinkHandler handler;

    private static String household() {
        String body = """
                {"householdReference":"ML-%s",
                 "adopters":[{"givenName":"Ann","familyName":"Other","dateOfBirth":"1980-01-01"}],
                 "areaOfResidence":"warwickshire","recruitingAgency":{"code":"ace","type":"THIS_AGENCY"},
                 "fastTrackRoute":"NONE",
                 "offer":{"numberOfChildren":2,"minAgeYears":0,"maxAgeYears":6,"siblingGroupsAccepted":true,
                  "needAcceptance":{"HEALTH":"LOW","DEVELOPMENT":"LOW","BEHAVIOUR":"LOW","EDUCATION":"LOW"},
                  "earlyPermanence":true}}
                """.formatted(UUID.randomUUID().toString().substring(0, 8));
        return given().auth().oauth2(TestTokens.practitioner()).contentType(ContentType.JSON).body(body)
                .when().post(BASE).then().statusCode(201).extract().path("id");
    }

    private static EventEnvelope event(String type, UUID matchId, long sequence, String authority, Object data) {
        EventEnvelope envelope = new EventEnvelope(EventEnvelope.SPEC_VERSION, UUID.randomUUID(), "/matching-service",
                type, Instant.now(), matchId.toString(), EventEnvelope.DATA_CONTENT_TYPE, authority, "ace", sequence,
                EventJson.toTree(data));
        EventContracts.assertConforms(EventJson.write(envelope));
        return envelope;
    }

    private Inbox.Outcome apply(EventEnvelope event) {
        return inbox.apply(event, CONSUMER, handler::handle);
    }

    private static int status(String authority, String householdId) {
        return given().auth().oauth2(TestTokens.caseSystem(authority)).when().get(BASE + "/" + householdId)
                .then().extract().statusCode();
    }

    @Test
    void aDecisionLinksThePlacementAddsEachChildsAuthorityAndADisruptionEndsThem() {
        String householdId = household();
        UUID matchId = UUID.randomUUID();
        UUID child1 = UUID.randomUUID();
        UUID child2 = UUID.randomUUID();
        EventEnvelope decided = event(MatchLinkHandler.DECISION_RECORDED, matchId, 1, "coventry", Map.of(
                "matchId", matchId, "childIds", List.of(child1), "householdId", householdId,
                "decisionDate", "2024-01-15"));
        assertEquals(404, status("coventry", householdId));
        assertEquals(Inbox.Outcome.APPLIED, apply(decided));
        assertEquals(200, status("coventry", householdId));
        assertEquals(404, status("solihull", householdId));
        assertEquals(Inbox.Outcome.DUPLICATE, apply(decided));

        EventEnvelope placed = event(MatchLinkHandler.PLACEMENT_STARTED, matchId, 2, null, Map.of(
                "matchId", matchId, "childIds", List.of(child1, child2), "householdId", householdId,
                "date", "2024-02-01", "interAgencyClass", "WITHIN_AGENCY",
                "children", List.of(Map.of("childId", child1, "authority", "coventry"),
                        Map.of("childId", child2, "authority", "solihull"))));
        assertEquals(Inbox.Outcome.APPLIED, apply(placed));
        assertEquals(200, status("solihull", householdId));

        EventEnvelope disrupted = event(MatchLinkHandler.DISRUPTED, matchId, 3, null, Map.of(
                "matchId", matchId, "date", "2024-03-01", "reason", "placement ended"));
        assertEquals(Inbox.Outcome.APPLIED, apply(disrupted));
        assertEquals(404, status("coventry", householdId));
        assertEquals(404, status("solihull", householdId));
    }

    @Test
    void aMatchWithAHouseholdThisServiceDoesNotKnowIsParked() {
        UUID matchId = UUID.randomUUID();
        EventEnvelope decided = event(MatchLinkHandler.DECISION_RECORDED, matchId, 1, "coventry", Map.of(
                "matchId", matchId, "childIds", List.of(UUID.randomUUID()), "householdId", UUID.randomUUID(),
                "decisionDate", "2024-01-15"));
        assertEquals(Inbox.Outcome.PARKED, apply(decided));
    }
}
