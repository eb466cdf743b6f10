package uk.raa.children.service;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.raa.children.domain.journey.MilestoneType;
import uk.raa.common.tenancy.ScopeContext;
import uk.raa.common.tenancy.TenantScope;
import uk.raa.common.testing.TestTokens;

/** The method the match-event consumer calls: the system's date is stored, then wins over a later different one. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class MatchDatesFromEventsTests {

    @Inject
    JourneyService journeys;

    @Inject
    ScopeContext scopes;

    @Test
    void aMatchFromMatchingServiceIsStoredCorrectedAndFedBackToTheAuthority() {
        String token = TestTokens.caseSystem("coventry");
        String id = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"childReference\":\"EV-" + UUID.randomUUID().toString().substring(0, 8)
                        + "\",\"dateOfBirth\":\"2019-03-14\",\"sex\":\"FEMALE\",\"ethnicity\":\"WBRI\"}")
                .when().post("/api/children").then().statusCode(201).extract().path("id");
        TenantScope system = TenantScope.system("test-consumer", null, "ace", Set.of("coventry"));
        String household = UUID.randomUUID().toString();
        assertTrue(scopes.runAs(system, () -> QuarkusTransaction.requiringNew().call(() -> journeys.applyFromMatching(
                UUID.fromString(id), MilestoneType.MATCH_DECISION, household, LocalDate.of(2022, 5, 1), "e1"))));
        scopes.runAs(system, () -> QuarkusTransaction.requiringNew().call(() -> journeys.applyFromMatching(
                UUID.fromString(id), MilestoneType.MATCH_DECISION, household, LocalDate.of(2022, 5, 3), "e2")));
        assertFalse(scopes.runAs(TenantScope.system("test-consumer", "solihull", "ace", Set.of("solihull")),
                () -> QuarkusTransaction.requiringNew().call(() -> journeys.applyFromMatching(UUID.fromString(id),
                        MilestoneType.MATCH_DECISION, household, LocalDate.of(2022, 5, 3), "e3"))),
                "another authority's child is unknown to its scope");
        given().auth().oauth2(token).when().get("/api/children/" + id + "/journey")
                .then().statusCode(200)
                .body("facts.find { it.type == 'MATCH_DECISION' }.date", equalTo("2022-05-03"))
                .body("facts.find { it.type == 'MATCH_DECISION' }.source", equalTo("SYSTEM"));
        given().auth().oauth2(token).when().get("/api/children/" + id + "/journey/history")
                .then().statusCode(200)
                .body("items.change", hasItem("EVENT_RECORDED"))
                .body("items.change", hasItem("EVENT_CORRECTED"));
        given().auth().oauth2(token).queryParam("after", 0).queryParam("limit", 500)
                .when().get("/api/children/feed").then().statusCode(200);
    }
}
