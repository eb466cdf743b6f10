package uk.raa.finance.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.raa.common.events.EventEnvelope;
import uk.raa.common.events.ParkEvent;
import uk.raa.common.events.membership.MembershipProjection;
import uk.raa.common.tenancy.ScopeContext;
import uk.raa.common.tenancy.TenantScope;
import uk.raa.common.testing.TestTokens;
import uk.raa.finance.FinanceTestData;
import uk.raa.finance.messaging.PlacementFeesHandler;

/** Year-end close, adjustments in the next open year, and the fee ledger built from placement events. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class YearCloseAndFeeTests {

    @Inject
    @DataSource("owner")
    AgroalDataSource owner;

    @Inject
    MembershipProjection projection;

    @Inject
    PlacementFeesHandler placements;

    @Inject
    ScopeContext scopes;

    @Inject
    ObjectMapper json;

    @BeforeEach
    void herefordshireHasJoined() {
        FinanceTestData.reset(owner);
        projection.invalidate();
        FinanceTestData.herefordshireJoins();
        FinanceTestData.founderBaselines2018();
        FinanceTestData.putBaseline(2018, "herefordshire", "280000", 10);
    }

    @Test
    void aClosedYearIsLockedAndCorrectedByAdjustmentsInTheNextOpenYear() {
        String manager = TestTokens.manager();
        // A gap awaiting the Board cannot be closed over.
        given().auth().oauth2(manager).when().post("/api/finance/years/2019/close").then().statusCode(409);
        given().auth().oauth2(manager).contentType(ContentType.JSON)
                .body("{\"kind\":\"CLOSE_IN_FULL\",\"decidedOn\":\"2019-05-14\"}")
                .when().put("/api/finance/board-decisions/2019/herefordshire").then().statusCode(201);
        given().auth().oauth2(manager).when().post("/api/finance/years/2019/close")
                .then().statusCode(200).body("status", equalTo("CLOSED"));
        given().auth().oauth2(manager).when().post("/api/finance/years/2019/close").then().statusCode(409);

        // Every input of the locked statement now refuses change.
        given().auth().oauth2(TestTokens.finance()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(FinanceTestData.baseline("1", 1))
                .when().put("/api/finance/baselines/2018/coventry").then().statusCode(409);
        given().auth().oauth2(manager).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"kind\":\"WAIVED\",\"decidedOn\":\"2019-05-14\"}")
                .when().put("/api/finance/board-decisions/2019/herefordshire").then().statusCode(409);
        given().auth().oauth2(manager).contentType(ContentType.JSON).body("{\"toJoiner\":1,\"toAgency\":0,\"total\":1}")
                .when().put("/api/finance/grants/2019/herefordshire/TRANSITIONAL_FUNDING").then().statusCode(409);
        given().auth().oauth2(manager).contentType(ContentType.JSON).body("{\"uplift\":0.5}")
                .when().put("/api/finance/agreements/2019").then().statusCode(409);
        given().auth().oauth2(manager).contentType(ContentType.JSON)
                .body("{\"kind\":\"LEAVE\",\"authority\":\"solihull\",\"effectiveDate\":\"2019-12-31\"}")
                .when().post("/api/finance/partnership/variations").then().statusCode(409);
        // A correction to 2019/20 is posted in 2020/21, the next open year; an open year is corrected directly.
        given().auth().oauth2(TestTokens.finance()).contentType(ContentType.JSON)
                .body("{\"authority\":\"coventry\",\"relatesToYear\":2019,\"amount\":-1250.00,"
                        + "\"reason\":\"Baseline correction agreed by the Board\"}")
                .when().post("/api/finance/adjustments")
                .then().statusCode(201).body("postedInYear", equalTo(2020)).body("amount", equalTo("-1250.00"));
        given().auth().oauth2(TestTokens.finance()).contentType(ContentType.JSON)
                .body("{\"authority\":\"coventry\",\"relatesToYear\":2020,\"amount\":5,\"reason\":\"x\"}")
                .when().post("/api/finance/adjustments").then().statusCode(409);
        for (var b : Map.of("coventry", "1200000", "solihull", "600000", "warwickshire", "900000",
                "worcestershire", "800000", "herefordshire", "280000").entrySet()) {
            FinanceTestData.putBaseline(2019, b.getKey(), b.getValue(), 10);
        }
        given().auth().oauth2(TestTokens.councilStaff("coventry")).when().get("/api/finance/statements/2020/coventry")
                .then().statusCode(200)
                .body("member.adjustments", equalTo("-1250.00"))
                .body("adjustments[0].relatesToYear", equalTo(2019));
        // Herefordshire is an ordinary member from its second year: its agreed baseline, full year.
        given().auth().oauth2(manager).when().get("/api/finance/statements/2020")
                .then().statusCode(200)
                .body("members.find { it.authority == 'herefordshire' }.standing", equalTo("EXISTING"))
                .body("members.find { it.authority == 'herefordshire' }.contribution", equalTo("280000.00"))
                .body("totals.adjustments", equalTo("-1250.00"));
        // The locked 2019/20 statement reads back exactly as agreed.
        given().auth().oauth2(manager).when().get("/api/finance/statements/2019")
                .then().statusCode(200).body("status", equalTo("CLOSED"))
                .body("members.find { it.authority == 'herefordshire' }.contribution", equalTo("239071.04"));

        // A placement that moved in during the closed year is posted in 2020/21, saying which year it belongs to.
        consume(placement("coventry", "PAYABLE", "LOCAL_AUTHORITY", LocalDate.of(2019, 9, 2), 1));
        given().auth().oauth2(TestTokens.councilStaff("coventry")).when().get("/api/finance/fees/2020")
                .then().statusCode(200)
                .body("lines[0].relatesToYear", equalTo(2019))
                .body("lines[0].fee", equalTo("27000.00"));
    }

    @Test
    void placementsBuildTheLedgerOnceAndByMembershipOnTheMoveInDate() {
        // A Coventry child with a voluntary agency's adopters: payable at £31,620 (from April 2019).
        EventEnvelope coventry = placement("coventry", "PAYABLE", "VOLUNTARY_ADOPTION_AGENCY", LocalDate.of(2019, 9, 2), 1);
        consume(coventry);
        consume(coventry); // redelivered: nothing more
        // A Herefordshire child with ACE adopters the day before it joined: receivable; from 1 July: within.
        consume(placement("herefordshire", "RECEIVABLE", "LOCAL_AUTHORITY", LocalDate.of(2019, 6, 30), 2));
        consume(placement("herefordshire", "WITHIN_AGENCY", null, LocalDate.of(2019, 7, 1), 1));

        given().auth().oauth2(TestTokens.finance()).when().get("/api/finance/fees/2019")
                .then().statusCode(200)
                .body("lines.size()", equalTo(4))
                .body("payable", equalTo("31620.00"))
                .body("receivable", equalTo("54000.00")) // 2 × £27,000, first and second sibling alike
                .body("lines.find { it.authority == 'herefordshire' && it.movedIn == '2019-07-01' }.classification",
                        equalTo("WITHIN_AGENCY"));
        given().auth().oauth2(TestTokens.councilStaff("solihull")).when().get("/api/finance/fees/2019")
                .then().statusCode(200).body("lines.size()", equalTo(0));
        given().auth().oauth2(TestTokens.councilStaff("coventry")).when().get("/api/finance/fees/2019")
                .then().statusCode(200).body("lines.authority", everyItem(equalTo("coventry")))
                .body("lines.size()", equalTo(1));
        given().auth().oauth2(TestTokens.manager()).when().get("/api/finance/statements/2019")
                .then().statusCode(200)
                .body("totals.feesPayable", equalTo("31620.00"))
                .body("totals.feesReceivable", equalTo("54000.00"))
                .body("members.find { it.authority == 'coventry' }.feesPayable", equalTo("31620.00"));
        // No voluntary-agency rate for a second sibling is configured: the event is parked, not dropped.
        EventEnvelope noRate = placement("solihull", "PAYABLE", "VOLUNTARY_ADOPTION_AGENCY", LocalDate.of(2019, 10, 1), 2);
        ParkEvent parked = assertThrows(ParkEvent.class, () -> consume(noRate));
        assertTrue(parked.getMessage().contains("no-fee-applies"), parked.getMessage());
        given().auth().oauth2(TestTokens.manager()).when().get("/api/finance/fee-schedule")
                .then().statusCode(200).body("fee", hasItem("31620.00"));
    }

    /** Hands the event to the handler in the system scope the shared Inbox sets for it. */
    private void consume(EventEnvelope event) {
        scopes.runAs(TenantScope.system("consumer finance.placement-fees", event.authority(), event.agency(),
                Set.of(event.authority())), () -> placements.handle(event));
    }

    /** The event as matching-service publishes it. */
    private EventEnvelope placement(String authority, String interAgencyClass, String otherAgencyType,
            LocalDate date, int children) {
        List<Map<String, Object>> kids = new java.util.ArrayList<>();
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < children; i++) {
            String id = UUID.randomUUID().toString();
            ids.add(id);
            Map<String, Object> kid = new java.util.HashMap<>();
            kid.put("childId", id);
            kid.put("authority", authority);
            kid.put("interAgencyClass", interAgencyClass);
            kid.put("feeAgencyType", otherAgencyType);
            kid.put("siblingPosition", i == 0 ? "FIRST" : "SECOND_OR_LATER");
            kids.add(kid);
        }
        Map<String, Object> data = new java.util.HashMap<>();
        data.put("matchId", UUID.randomUUID().toString());
        data.put("childIds", ids);
        data.put("householdId", UUID.randomUUID().toString());
        data.put("date", date.toString());
        data.put("interAgencyClass", interAgencyClass);
        data.put("otherAgencyType", otherAgencyType);
        data.put("children", kids);
        EventEnvelope envelope = new EventEnvelope("1.0", UUID.randomUUID(), "/matching-service",
                "match.placement-started.v1", Instant.now(), data.get("matchId").toString(), "application/json",
                authority, "ace", 1, json.valueToTree(data));
        return envelope;
    }
}
