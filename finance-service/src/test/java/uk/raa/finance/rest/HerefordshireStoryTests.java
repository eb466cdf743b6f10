package uk.raa.finance.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.raa.common.events.membership.MembershipProjection;
import uk.raa.common.testing.TestTokens;
import uk.raa.finance.FinanceTestData;

/**
 * Herefordshire joins ACE on 1 July 2019 (seed 002 §5), end to end through the API. The figures are the worked
 * example in docs/finance-rules.md, case B: Herefordshire's 2018/19 spend £280,000 for 10 adoptions (£28,000 per
 * adoption) against the founders' £3,500,000 / 110 = £31,818.1818...
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class HerefordshireStoryTests {

    @Inject
    @DataSource("owner")
    AgroalDataSource owner;

    @Inject
    MembershipProjection projection;

    @BeforeEach
    void freshPartnership() {
        FinanceTestData.reset(owner);
        projection.invalidate();
    }

    @Test
    void herefordshireJoinsAndItsFirstYearIsChargedToThePenny() {
        // 1. A manager proposes the Deed of Variation; it needs the four current members' consent.
        String deed = given().auth().oauth2(TestTokens.manager()).contentType(ContentType.JSON)
                .body("{\"kind\":\"JOIN\",\"authority\":\"herefordshire\",\"effectiveDate\":\"2019-07-01\"}")
                .when().post("/api/finance/partnership/variations")
                .then().statusCode(201)
                .body("status", equalTo("AWAITING_CONSENTS"))
                .body("requiredConsents", contains("coventry", "solihull", "warwickshire", "worcestershire"))
                .extract().path("id");

        // 2. Three consents: not yet effective, no membership, no event.
        for (String founder : List.of("coventry", "solihull", "warwickshire")) {
            given().auth().oauth2(TestTokens.councilStaff(founder)).contentType(ContentType.JSON)
                    .body("{\"signedOn\":\"2019-03-01\"}")
                    .when().post("/api/finance/partnership/variations/" + deed + "/consents")
                    .then().statusCode(200).body("status", equalTo("AWAITING_CONSENTS"));
        }
        given().auth().oauth2(TestTokens.manager()).when().get("/api/finance/partnership")
                .then().statusCode(200).body("memberships.authority", not(hasItem("herefordshire")));
        assertEquals(0, FinanceTestData.count(owner, "select count(*) from outbox_event"));

        // 3. The fourth consent makes it effective and writes partnership.membership-changed.v1 in the same commit.
        given().auth().oauth2(TestTokens.councilStaff("worcestershire")).contentType(ContentType.JSON).body("{}")
                .when().post("/api/finance/partnership/variations/" + deed + "/consents")
                .then().statusCode(200)
                .body("status", equalTo("EFFECTIVE"))
                .body("awaitingConsents.size()", equalTo(0))
                .body("consents.authority", contains("coventry", "solihull", "warwickshire", "worcestershire"))
                .body("consents[0].consentedBy", containsString("coventry.staff"))
                .body("consents[0].signedOn", equalTo("2019-03-01"));
        given().auth().oauth2(TestTokens.councilStaff("herefordshire")).when().get("/api/finance/partnership")
                .then().statusCode(200)
                .body("hostAuthority", equalTo("warwickshire"))
                .body("memberships.find { it.authority == 'herefordshire' }.from", equalTo("2019-07-01"))
                .body("memberships.find { it.authority == 'herefordshire' }.to", nullValue());
        assertEquals(1, FinanceTestData.count(owner, "select count(*) from outbox_event"
                + " where type = 'partnership.membership-changed.v1' and agency = 'ace' and authority = 'herefordshire'"
                + " and aggregate_id = 'ace/herefordshire' and sequence = 1"
                + " and envelope::jsonb->'data'->>'from' = '2019-07-01' and envelope::jsonb->'data'->>'to' is null"
                + " and envelope::jsonb->>'source' = '/finance-service'"));

        // 4. 2018/19 baselines for all five.
        FinanceTestData.founderBaselines2018();
        FinanceTestData.putBaseline(2018, "herefordshire", "280000", 10);
        given().auth().oauth2(TestTokens.finance()).when().get("/api/finance/baselines/2018")
                .then().statusCode(200)
                .body("averageOf", contains("coventry", "solihull", "warwickshire", "worcestershire"))
                // 3,500,000 / 110 = 31,818.1818...
                .body("agencyAverageUnitCost", equalTo("31818.18"))
                .body("agencyAverageUnitCostUnrounded", equalTo("31818.18181818181818181818181818182"))
                .body("baselines.find { it.authority == 'herefordshire' }.unitCost", equalTo("28000.00"));

        // 5. Before the Board decides: the pro-rated gap is shown as an adverse impact, allocated 12:6:9:8.
        JsonPath awaiting = statement2019();
        Map<String, Object> hereford = member(awaiting, "herefordshire");
        assertEquals("JOINER", hereford.get("standing"));
        assertEquals(275, hereford.get("memberDays"));          // 1 July 2019 .. 31 March 2020
        assertEquals(366, hereford.get("yearDays"));            // 2019/20 holds 29 February 2020
        assertEquals("210382.51", hereford.get("contribution")); // 280,000 × 275/366 = 210,382.5136...
        assertEquals("38181.82", joiner(awaiting).get("fullYearGap"));   // 42,000/11 × 10
        assertEquals("28688.52", joiner(awaiting).get("proRatedGap"));   // 420,000/11 × 275/366
        assertEquals("AWAITING_BOARD_DECISION", joiner(awaiting).get("gapStatus"));
        assertEquals(1, awaiting.getInt("totals.awaitingBoardDecisions"));
        assertEquals("28688.52", awaiting.getString("adverseImpacts[0].amount"));
        assertEquals("239071.04", awaiting.getString("adverseImpacts[0].expectedCost")); // 87,500,000/366
        // 2,868,852p split 12:6:9:8; the two spare pennies go to the largest remainders (.8 and .6).
        assertEquals(List.of("9836.06", "4918.03", "7377.05", "6557.38"),
                awaiting.getList("adverseImpacts[0].allocation.share"));
        assertEquals("7377.05", member(awaiting, "warwickshire").get("adverseImpactShare"));

        // 6. The Board decides Herefordshire closes the gap in full; the DfE grant is split 40k/20k.
        given().auth().oauth2(TestTokens.manager()).contentType(ContentType.JSON)
                .body("{\"kind\":\"CLOSE_IN_FULL\",\"decidedOn\":\"2019-05-14\"}")
                .when().put("/api/finance/board-decisions/2019/herefordshire")
                .then().statusCode(201).body("kind", equalTo("CLOSE_IN_FULL"));
        given().auth().oauth2(TestTokens.finance()).contentType(ContentType.JSON)
                .body("{\"toJoiner\":40000,\"toAgency\":20000}")
                .when().put("/api/finance/grants/2019/herefordshire/DFE_IMPLEMENTATION_GRANT")
                .then().statusCode(201).body("total", equalTo("60000.00"));

        JsonPath decided = statement2019();
        hereford = member(decided, "herefordshire");
        assertEquals("239071.04", hereford.get("contribution")); // 87,500,000/366 = 239,071.0382...
        assertEquals("28688.52", joiner(decided).get("gapClosedByJoiner"));
        assertEquals("CLOSE_IN_FULL", joiner(decided).get("decision"));
        assertEquals("31818.18", joiner(decided).get("agencyAverageUnitCost"));
        assertEquals("40000.00", hereford.get("grantReceived"));
        assertEquals("0.00", decided.getString("adverseImpacts[0].amount"));
        assertTrue(decided.getBoolean("totals.noAdverseImpact"));
        assertEquals("3739071.04", decided.getString("totals.contributions")); // 3,500,000 + 239,071.04
        assertEquals("20000.00", decided.getString("totals.grantsToAgency"));

        // 7. No founder pays more than without the joiner: its agreed baseline (2018/19 spend, no uplift).
        Map<String, String> withoutJoiner = Map.of("coventry", "1200000.00", "solihull", "600000.00",
                "warwickshire", "900000.00", "worcestershire", "800000.00");
        withoutJoiner.forEach((founder, pays) -> {
            Map<String, Object> m = member(decided, founder);
            BigDecimal total = new BigDecimal((String) m.get("contribution"))
                    .add(new BigDecimal((String) m.get("adverseImpactShare")));
            assertTrue(total.compareTo(new BigDecimal(pays)) <= 0, founder + " pays " + total);
            assertEquals(pays, m.get("contribution"));
        });

        // 8. The what-if gives the same figures and writes nothing.
        Map<String, String> before = FinanceTestData.fingerprint(owner);
        JsonPath whatIf = given().auth().oauth2(TestTokens.finance()).contentType(ContentType.JSON)
                .body("""
                        {"authority":"herefordshire","inScopeSpend":280000,"adoptions":10,"joinDate":"2019-07-01",
                         "boardDecision":{"kind":"CLOSE_IN_FULL"}}
                        """)
                .when().post("/api/finance/what-if")
                .then().statusCode(200).body("status", equalTo("WHAT_IF")).extract().jsonPath();
        assertEquals(decided.getList("members"), whatIf.getList("members"));
        assertEquals(decided.getList("adverseImpacts"), whatIf.getList("adverseImpacts"));
        assertEquals(before, FinanceTestData.fingerprint(owner));

        // 9. Herefordshire reads its own statement, as JSON and as CSV; Coventry cannot read it.
        given().auth().oauth2(TestTokens.councilStaff("herefordshire"))
                .when().get("/api/finance/statements/2019/herefordshire")
                .then().statusCode(200)
                .body("member.contribution", equalTo("239071.04"))
                .body("member.joiner.proRatedGap", equalTo("28688.52"));
        String csv = given().auth().oauth2(TestTokens.councilStaff("herefordshire")).accept("text/csv")
                .when().get("/api/finance/statements/2019/herefordshire")
                .then().statusCode(200).contentType(containsString("text/csv")).extract().asString();
        assertTrue(csv.contains("2019/20,OPEN,herefordshire,JOINER,275,366,280000.00,0,239071.04,28000.00,31818.18,"
                + "38181.82,28688.52,DECIDED,CLOSE_IN_FULL,28688.52,0.00,0.00,40000.00,0.00"), csv);
        given().auth().oauth2(TestTokens.councilStaff("coventry"))
                .when().get("/api/finance/statements/2019/herefordshire")
                .then().statusCode(404);
        String agencyCsv = given().auth().oauth2(TestTokens.manager()).accept("text/csv")
                .when().get("/api/finance/statements/2019")
                .then().statusCode(200).extract().asString();
        assertTrue(agencyCsv.contains("2019/20,OPEN,TOTAL,,,,,,3739071.04,"), agencyCsv);
        assertEquals(7, agencyCsv.split("\r\n").length); // header, five members, total
    }

    @Test
    void aWaivedGapWithGrantFundingLeavesAVisibleImpactSplitByLargestRemainder() {
        FinanceTestData.herefordshireJoins();
        FinanceTestData.founderBaselines2018();
        FinanceTestData.putBaseline(2018, "herefordshire", "280000", 10);
        given().auth().oauth2(TestTokens.manager()).contentType(ContentType.JSON)
                .body("{\"kind\":\"WAIVED\",\"decidedOn\":\"2019-05-14\"}")
                .when().put("/api/finance/board-decisions/2019/herefordshire").then().statusCode(201);
        given().auth().oauth2(TestTokens.manager()).contentType(ContentType.JSON)
                .body("{\"toJoiner\":40000,\"toAgency\":20000,\"towardsShortfall\":20000}")
                .when().put("/api/finance/grants/2019/herefordshire/DFE_IMPLEMENTATION_GRANT").then().statusCode(201);
        JsonPath s = statement2019();
        assertEquals("210382.51", member(s, "herefordshire").get("contribution"));
        assertEquals("WAIVED", s.getString("adverseImpacts[0].decision"));
        assertEquals("28688.52", s.getString("adverseImpacts[0].shortfall"));
        assertEquals("20000.00", s.getString("adverseImpacts[0].fundingApplied"));
        assertEquals("8688.52", s.getString("adverseImpacts[0].amount")); // 28,688.5245... − 20,000
        assertEquals(List.of("2978.92", "1489.46", "2234.19", "1985.95"),
                s.getList("adverseImpacts[0].allocation.share"));
        assertEquals(false, s.getBoolean("totals.noAdverseImpact"));
        given().auth().oauth2(TestTokens.councilStaff("worcestershire"))
                .when().get("/api/finance/statements/2019/worcestershire")
                .then().statusCode(200)
                .body("member.adverseImpactShare", equalTo("1985.95"))
                .body("adverseImpactShares[0].joiner", equalTo("herefordshire"))
                .body("adverseImpactShares[0].impact", equalTo("8688.52"))
                .body("adverseImpactShares.size()", equalTo(1));
        // A Board decision cannot close more than this year's pro-rated gap.
        given().auth().oauth2(TestTokens.manager()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"kind\":\"CLOSE_IN_PART\",\"amount\":28688.53,\"decidedOn\":\"2019-05-14\"}")
                .when().put("/api/finance/board-decisions/2019/herefordshire")
                .then().statusCode(422).body("violations[0].rule", equalTo("decision-amount-within-gap"));
    }

    @Test
    void zeroAdoptionsIsRefusedNamingTheRule() {
        given().auth().oauth2(TestTokens.finance()).contentType(ContentType.JSON)
                .body(FinanceTestData.baseline("500000", 0))
                .when().put("/api/finance/baselines/2018/coventry")
                .then().statusCode(422).contentType("application/problem+json")
                .body("violations[0].field", equalTo("adoptions"))
                .body("violations[0].rule", equalTo("unit-cost-requires-adoptions"));
        FinanceTestData.founderBaselines2018();
        given().auth().oauth2(TestTokens.manager()).contentType(ContentType.JSON)
                .body("{\"authority\":\"herefordshire\",\"inScopeSpend\":280000,\"adoptions\":0,"
                        + "\"joinDate\":\"2019-07-01\"}")
                .when().post("/api/finance/what-if")
                .then().statusCode(422).body("violations[0].rule", equalTo("unit-cost-requires-adoptions"));
    }

    @Test
    void baselineUpdatesNeedIfMatch() {
        FinanceTestData.putBaseline(2018, "coventry", "1200000", 40);
        given().auth().oauth2(TestTokens.finance()).contentType(ContentType.JSON)
                .body(FinanceTestData.baseline("1250000", 40))
                .when().put("/api/finance/baselines/2018/coventry").then().statusCode(428);
        given().auth().oauth2(TestTokens.finance()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(FinanceTestData.baseline("1250000", 40))
                .when().put("/api/finance/baselines/2018/coventry")
                .then().statusCode(200).header("ETag", "\"1\"").body("unitCost", equalTo("31250.00"));
        given().auth().oauth2(TestTokens.finance()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(FinanceTestData.baseline("1300000", 40))
                .when().put("/api/finance/baselines/2018/coventry").then().statusCode(412);
    }

    @Test
    void consentComesFromTheAuthoritysOwnPrincipalOnceOnly() {
        String deed = given().auth().oauth2(TestTokens.manager()).contentType(ContentType.JSON)
                .body("{\"kind\":\"JOIN\",\"authority\":\"herefordshire\",\"effectiveDate\":\"2019-07-01\"}")
                .when().post("/api/finance/partnership/variations").then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.manager()).contentType(ContentType.JSON).body("{}")
                .when().post("/api/finance/partnership/variations/" + deed + "/consents").then().statusCode(403);
        // Not yet a member, so Herefordshire sees nothing of the agency: the deed is not found.
        given().auth().oauth2(TestTokens.councilStaff("herefordshire")).contentType(ContentType.JSON).body("{}")
                .when().post("/api/finance/partnership/variations/" + deed + "/consents").then().statusCode(404);
        given().auth().oauth2(TestTokens.councilStaff("solihull")).contentType(ContentType.JSON).body("{}")
                .when().post("/api/finance/partnership/variations/" + deed + "/consents").then().statusCode(200);
        given().auth().oauth2(TestTokens.councilStaff("solihull")).contentType(ContentType.JSON).body("{}")
                .when().post("/api/finance/partnership/variations/" + deed + "/consents").then().statusCode(409);
        given().auth().oauth2(TestTokens.manager()).contentType(ContentType.JSON)
                .body("{\"kind\":\"JOIN\",\"authority\":\"herefordshire\",\"effectiveDate\":\"2019-08-01\"}")
                .when().post("/api/finance/partnership/variations").then().statusCode(409);
        given().auth().oauth2(TestTokens.manager()).contentType(ContentType.JSON)
                .body("{\"kind\":\"JOIN\",\"authority\":\"coventry\",\"effectiveDate\":\"2019-08-01\"}")
                .when().post("/api/finance/partnership/variations").then().statusCode(409);
        given().auth().oauth2(TestTokens.manager())
                .when().get("/api/finance/partnership/variations/" + deed)
                .then().statusCode(200)
                .body("awaitingConsents", containsInAnyOrder("coventry", "warwickshire", "worcestershire"));
    }

    private static JsonPath statement2019() {
        return given().auth().oauth2(TestTokens.manager()).when().get("/api/finance/statements/2019")
                .then().statusCode(200).contentType(ContentType.JSON).extract().jsonPath();
    }

    private static Map<String, Object> member(JsonPath statement, String authority) {
        return statement.getMap("members.find { it.authority == '" + authority + "' }");
    }

    private static Map<String, Object> joiner(JsonPath statement) {
        return statement.getMap("members.find { it.authority == 'herefordshire' }.joiner");
    }
}
