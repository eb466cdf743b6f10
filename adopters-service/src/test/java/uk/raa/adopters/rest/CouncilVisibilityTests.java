package uk.raa.adopters.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static uk.raa.adopters.rest.Households.BASE;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.raa.adopters.service.HouseholdMatchLinks;
import uk.raa.common.tenancy.MembershipDirectory;
import uk.raa.common.tenancy.ScopeContext;
import uk.raa.common.tenancy.TenantScope;
import uk.raa.common.testing.TestTokens;

/**
 * A council sees a household only while it is linked to a match with one of its children, and then only the match
 * profile. The links are written the way the matching-events consumer will write them: in the event's agency scope.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class CouncilVisibilityTests {

    @Inject
    HouseholdMatchLinks links;

    @Inject
    ScopeContext scopes;

    @Inject
    MembershipDirectory membership;

    private void link(String householdId, String authority, UUID matchId, boolean active) {
        TenantScope scope = TenantScope.system("match-events", null, "ace", membership.authoritiesEverIn("ace"));
        scopes.runAs(scope, () -> links.recordLink(UUID.fromString(householdId), authority, matchId, active));
    }

    @Test
    void aLinkedCouncilSeesOnlyTheMatchProfile() {
        String area = Households.area();
        String id = Households.create(area);
        Households.enquiryToApproval(id);
        link(id, "coventry", UUID.randomUUID(), true);

        for (String token : new String[] {TestTokens.caseSystem("coventry"), TestTokens.councilStaff("coventry")}) {
            Response response = given().auth().oauth2(token).when().get(BASE + "/" + id);
            response.then().statusCode(200)
                    .body("id", equalTo(id))
                    .body("numberOfAdopters", equalTo(2))
                    .body("areaOfResidence", equalTo(area))
                    .body("approvalDate", equalTo("2023-09-14"))
                    .body("offer.numberOfChildren", equalTo(2))
                    .body("offer.minAgeYears", equalTo(0))
                    .body("offer.maxAgeYears", equalTo(4))
                    .body("offer.needAcceptance.BEHAVIOUR", equalTo("MEDIUM"));
            JsonPath json = response.jsonPath();
            assertEquals(new TreeSet<>(Set.of("id", "householdReference", "numberOfAdopters", "areaOfResidence",
                    "offer", "approvalDate")), new TreeSet<>(json.getMap("$").keySet()));
            assertEquals(new TreeSet<>(Set.of("numberOfChildren", "minAgeYears", "maxAgeYears",
                    "siblingGroupsAccepted", "needAcceptance")), new TreeSet<>(json.getMap("offer").keySet()));
            String body = response.body().asString();
            for (String personal : new String[] {"Zebedee", "Ysolde", "Quintrell", "1984-07-19", "zq@example.org",
                    "01632", "Larkspur", "CV31", "adopters", "homeAddress", "email", "phone", "excludedAreas"}) {
                assertFalse(body.contains(personal), "the council's view contains " + personal);
            }
            assertEquals(null, response.header("ETag"), "a council cannot update, so it gets no ETag");
        }
    }

    @Test
    void anUnlinkedCouncilGetsTheSame404AsForANonexistentId() {
        String id = Households.create(Households.area());
        Households.enquiryToApproval(id);
        link(id, "coventry", UUID.randomUUID(), true);
        Response unlinked = given().auth().oauth2(TestTokens.caseSystem("solihull")).when().get(BASE + "/" + id);
        Response missing = given().auth().oauth2(TestTokens.caseSystem("solihull"))
                .when().get(BASE + "/" + UUID.randomUUID());
        assertEquals(404, unlinked.statusCode());
        assertEquals(missing.statusCode(), unlinked.statusCode());
        assertEquals(missing.body().asString(), unlinked.body().asString());
        assertEquals(headers(missing), headers(unlinked));
        assertEquals("application/problem+json", unlinked.contentType());

        String neverLinked = Households.create(Households.area());
        given().auth().oauth2(TestTokens.caseSystem("coventry")).when().get(BASE + "/" + neverLinked)
                .then().statusCode(404).body(equalTo(missing.body().asString()));
    }

    @Test
    void theProfileDisappearsWhenTheMatchEnds() {
        String id = Households.create(Households.area());
        UUID match = UUID.randomUUID();
        link(id, "warwickshire", match, true);
        link(id, "warwickshire", match, true);
        given().auth().oauth2(TestTokens.caseSystem("warwickshire")).when().get(BASE + "/" + id)
                .then().statusCode(200).body("approvalDate", equalTo(null));
        link(id, "warwickshire", match, false);
        given().auth().oauth2(TestTokens.caseSystem("warwickshire")).when().get(BASE + "/" + id)
                .then().statusCode(404);
    }

    @Test
    void aCouncilsReadOfAProfileIsAudited() {
        String id = Households.create(Households.area());
        link(id, "worcestershire", UUID.randomUUID(), true);
        given().auth().oauth2(TestTokens.caseSystem("worcestershire")).when().get(BASE + "/" + id)
                .then().statusCode(200);
        given().auth().oauth2(TestTokens.manager())
                .queryParam("recordType", "household").queryParam("recordId", id)
                .when().get("/api/adopters/audit")
                .then().statusCode(200)
                .body("items.findAll { it.action == 'READ' }.purpose", org.hamcrest.Matchers.hasItem("matching"))
                .body("items.action", org.hamcrest.Matchers.hasItem("CONSUME"));
    }

    private static Map<String, String> headers(Response response) {
        Map<String, String> map = new TreeMap<>();
        response.headers().forEach(h -> {
            if (!h.getName().equalsIgnoreCase("X-Request-Id") && !h.getName().equalsIgnoreCase("Date")) {
                map.put(h.getName().toLowerCase(), h.getValue());
            }
        });
        return map;
    }
}
