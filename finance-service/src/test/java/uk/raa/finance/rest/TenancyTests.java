package uk.raa.finance.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.raa.common.events.membership.MembershipProjection;
import uk.raa.common.testing.TestTokens;
import uk.raa.finance.FinanceTestData;

/**
 * One tenancy check per endpoint: another agency's staff see none of ACE's finance records (404, like an agency
 * that does not exist), and a partner authority sees only its own figures (another member's answer exactly like a
 * non-member's).
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class TenancyTests {

    private static final String API = "/api/finance";

    @Inject
    @DataSource("owner")
    AgroalDataSource owner;

    @Inject
    MembershipProjection projection;

    @BeforeEach
    void fresh() {
        FinanceTestData.reset(owner);
        projection.invalidate();
        FinanceTestData.founderBaselines2018();
    }

    private static Response as(String token, String method, String path, String body) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON);
        if (body != null) {
            request = request.body(body);
        }
        return request.when().request(method, API + path);
    }

    private static void sameAsMissing(Response other, Response missing) {
        assertEquals(404, other.statusCode());
        assertEquals(missing.statusCode(), other.statusCode());
        assertEquals(missing.body().asString(), other.body().asString());
        assertEquals(headers(missing), headers(other));
    }

    private static Map<String, String> headers(Response r) {
        Map<String, String> map = new TreeMap<>();
        r.headers().forEach(h -> {
            if (!h.getName().equalsIgnoreCase("X-Request-Id") && !h.getName().equalsIgnoreCase("Date")) {
                map.put(h.getName().toLowerCase(), h.getValue());
            }
        });
        return map;
    }

    @Test
    void partnership() {
        String wm = FinanceTestData.otherAgencyManager();
        as(wm, "GET", "/partnership", null).then().statusCode(404);
        as(TestTokens.councilStaff("birmingham"), "GET", "/partnership", null).then().statusCode(404);
        as(TestTokens.councilStaff("solihull"), "GET", "/partnership", null).then().statusCode(200)
                .body("agency", equalTo("ace"));
    }

    @Test
    void variations() {
        String body = "{\"kind\":\"JOIN\",\"authority\":\"herefordshire\",\"effectiveDate\":\"2019-07-01\"}";
        String wm = FinanceTestData.otherAgencyManager();
        as(wm, "POST", "/partnership/variations", body).then().statusCode(404);
        as(TestTokens.councilStaff("coventry"), "POST", "/partnership/variations", body).then().statusCode(403);
        as(TestTokens.finance(), "POST", "/partnership/variations", body).then().statusCode(403);
        String id = as(TestTokens.manager(), "POST", "/partnership/variations", body).then().statusCode(201)
                .extract().path("id");
        as(wm, "GET", "/partnership/variations", null).then().statusCode(404);
        sameAsMissing(as(wm, "GET", "/partnership/variations/" + id, null),
                as(wm, "GET", "/partnership/variations/" + UUID.randomUUID(), null));
        sameAsMissing(as(TestTokens.councilStaff("birmingham"), "GET", "/partnership/variations/" + id, null),
                as(TestTokens.councilStaff("birmingham"), "GET", "/partnership/variations/" + UUID.randomUUID(), null));
        as(TestTokens.councilStaff("solihull"), "GET", "/partnership/variations/" + id, null).then().statusCode(200);
        // Consents: a council outside the agency cannot tell the deed exists.
        sameAsMissing(as(TestTokens.councilStaff("birmingham"), "POST", "/partnership/variations/" + id + "/consents",
                        "{}"),
                as(TestTokens.councilStaff("birmingham"), "POST", "/partnership/variations/" + UUID.randomUUID()
                        + "/consents", "{}"));
    }

    @Test
    void baselines() {
        String wm = FinanceTestData.otherAgencyManager();
        as(wm, "PUT", "/baselines/2018/coventry", FinanceTestData.baseline("1", 1)).then().statusCode(404);
        as(TestTokens.councilStaff("coventry"), "PUT", "/baselines/2018/coventry", FinanceTestData.baseline("1", 1))
                .then().statusCode(403);
        as(wm, "GET", "/baselines/2018", null).then().statusCode(404);
        as(TestTokens.councilStaff("solihull"), "GET", "/baselines/2018", null).then().statusCode(200)
                .body("baselines.authority", contains("solihull"))
                .body("agencyAverageUnitCost", equalTo(null));
        sameAsMissing(as(TestTokens.councilStaff("solihull"), "GET", "/baselines/2018/coventry", null),
                as(TestTokens.councilStaff("solihull"), "GET", "/baselines/2018/nowhere", null));
        as(wm, "GET", "/baselines/2018/coventry", null).then().statusCode(404);
        as(TestTokens.councilStaff("solihull"), "GET", "/baselines/2018/solihull", null).then().statusCode(200)
                .header("ETag", "\"0\"").body("unitCost", equalTo("40000.00"));
    }

    @Test
    void agreementsDecisionsAndGrants() {
        String wm = FinanceTestData.otherAgencyManager();
        as(wm, "PUT", "/agreements/2019", "{\"uplift\":0.02}").then().statusCode(404);
        as(TestTokens.councilStaff("coventry"), "PUT", "/agreements/2019", "{\"uplift\":0.02}").then().statusCode(403);
        as(TestTokens.finance(), "PUT", "/agreements/2019", "{\"uplift\":0.02}").then().statusCode(201);
        as(wm, "GET", "/agreements/2019", null).then().statusCode(404);
        as(TestTokens.councilStaff("coventry"), "GET", "/agreements/2019", null).then().statusCode(403);
        String decision = "{\"kind\":\"WAIVED\",\"decidedOn\":\"2019-05-14\"}";
        as(wm, "PUT", "/board-decisions/2019/herefordshire", decision).then().statusCode(404);
        as(TestTokens.councilStaff("coventry"), "PUT", "/board-decisions/2019/herefordshire", decision)
                .then().statusCode(403);
        as(wm, "GET", "/board-decisions/2019", null).then().statusCode(404);
        String grant = "{\"toJoiner\":40000,\"toAgency\":20000}";
        as(wm, "PUT", "/grants/2019/herefordshire/DFE_IMPLEMENTATION_GRANT", grant).then().statusCode(404);
        as(TestTokens.councilStaff("coventry"), "PUT", "/grants/2019/herefordshire/DFE_IMPLEMENTATION_GRANT", grant)
                .then().statusCode(403);
        as(wm, "GET", "/grants/2019", null).then().statusCode(404);
    }

    @Test
    void statements() {
        String wm = FinanceTestData.otherAgencyManager();
        as(TestTokens.manager(), "GET", "/statements/2019", null).then().statusCode(200)
                .body("totals.contributions", equalTo("3500000.00"));
        as(wm, "GET", "/statements/2019", null).then().statusCode(404);
        as(TestTokens.councilStaff("coventry"), "GET", "/statements/2019", null).then().statusCode(403);
        as(TestTokens.caseSystem("coventry"), "GET", "/statements/2019/coventry", null).then().statusCode(403);
        sameAsMissing(as(TestTokens.councilStaff("solihull"), "GET", "/statements/2019/coventry", null),
                as(TestTokens.councilStaff("solihull"), "GET", "/statements/2019/nowhere", null));
        as(wm, "GET", "/statements/2019/coventry", null).then().statusCode(404);
        as(TestTokens.councilStaff("coventry"), "GET", "/statements/2019/coventry", null).then().statusCode(200)
                .body("member.contribution", equalTo("1200000.00"));
        // Every read is audited: who read which member's statement, never the figures.
        given().auth().oauth2(TestTokens.manager()).queryParam("recordType", "statement")
                .queryParam("recordId", "ace:2019:coventry")
                .when().get(API + "/audit")
                .then().statusCode(200)
                .body("items.actor", org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("coventry.staff")))
                .body("items.actor", org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("ace.manager")))
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("1200000")));
    }

    @Test
    void whatIf() {
        String body = "{\"authority\":\"herefordshire\",\"inScopeSpend\":330000,\"adoptions\":10,"
                + "\"joinDate\":\"2019-07-01\"}";
        as(FinanceTestData.otherAgencyManager(), "POST", "/what-if", body).then().statusCode(404);
        as(TestTokens.councilStaff("coventry"), "POST", "/what-if", body).then().statusCode(403);
        // Case A of finance-rules.md: £33,000 per adoption is above average, so no gap and no adverse impact.
        as(TestTokens.finance(), "POST", "/what-if", body).then().statusCode(200)
                .body("members.find { it.authority == 'herefordshire' }.contribution", equalTo("247950.82"))
                .body("members.find { it.authority == 'herefordshire' }.joiner.gapStatus", equalTo("NO_GAP"))
                .body("adverseImpacts[0].amount", equalTo("0.00"))
                .body("totals.noAdverseImpact", equalTo(true));
    }

    @Test
    void yearCloseAndAdjustments() {
        String wm = FinanceTestData.otherAgencyManager();
        as(wm, "POST", "/years/2019/close", null).then().statusCode(404);
        as(TestTokens.finance(), "POST", "/years/2019/close", null).then().statusCode(403);
        as(TestTokens.councilStaff("coventry"), "POST", "/years/2019/close", null).then().statusCode(403);
        String adjustment = "{\"authority\":\"coventry\",\"relatesToYear\":2019,\"amount\":10,\"reason\":\"x\"}";
        as(wm, "POST", "/adjustments", adjustment).then().statusCode(404);
        as(TestTokens.councilStaff("coventry"), "POST", "/adjustments", adjustment).then().statusCode(403);
    }

    @Test
    void fees() {
        String wm = FinanceTestData.otherAgencyManager();
        as(wm, "GET", "/fee-schedule", null).then().statusCode(404);
        as(TestTokens.councilStaff("coventry"), "GET", "/fee-schedule", null).then().statusCode(200);
        String rate = "{\"effectiveFrom\":\"2020-04-01\",\"otherAgencyType\":\"VOLUNTARY_AGENCY\","
                + "\"siblingPosition\":\"FIRST_CHILD\",\"fee\":32000}";
        as(wm, "POST", "/fee-schedule", rate).then().statusCode(404);
        as(TestTokens.councilStaff("coventry"), "POST", "/fee-schedule", rate).then().statusCode(403);
        as(wm, "GET", "/fees/2019", null).then().statusCode(404);
    }
}
