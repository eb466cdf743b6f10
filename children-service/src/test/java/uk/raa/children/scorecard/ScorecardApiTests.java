package uk.raa.children.scorecard;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.raa.children.scorecard.ScorecardFixtures.adopted;
import static uk.raa.children.scorecard.ScorecardFixtures.agencyStaff;
import static uk.raa.children.scorecard.ScorecardFixtures.caseSystem;
import static uk.raa.children.scorecard.ScorecardFixtures.child;
import static uk.raa.children.scorecard.ScorecardFixtures.enteredCare;
import static uk.raa.children.scorecard.ScorecardFixtures.freshAuthority;
import static uk.raa.children.scorecard.ScorecardFixtures.match;
import static uk.raa.children.scorecard.ScorecardFixtures.milestone;
import static uk.raa.children.scorecard.ScorecardFixtures.periodOfCare;
import static uk.raa.children.scorecard.ScorecardFixtures.placed;
import static uk.raa.children.scorecard.ScorecardFixtures.placementOrder;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.raa.common.events.membership.MembershipProjection;

/**
 * The scorecard over hand-computed cohorts created through the API. Each run uses fresh authority codes and a fresh
 * agency, so no other test's (or earlier run's) children fall in these cohorts.
 */
@QuarkusTest
@TestProfile(ScorecardTestProfile.class)
@WithTestResource(OidcWiremockTestResource.class)
class ScorecardApiTests {

    static final String A = freshAuthority("sca");
    static final String B = freshAuthority("scb");
    static final String AGENCY = freshAuthority("ag");
    static final String TOKEN_A = caseSystem(A);
    static final String TOKEN_B = caseSystem(B);
    static final String MANAGER = agencyStaff(AGENCY, "manager", "practitioner");
    static boolean created;

    @Inject
    EntityManager em;

    @Inject
    MembershipProjection membership;

    @BeforeEach
    void cohorts() {
        if (created) {
            return;
        }
        created = true;
        // Authority A, 2011/12 (thresholds of 2009-12: A1 639, A2 213, A3 21 months).
        // C1 foster-carer adoption (fostering for adoption with the adopters 2010-03-01): A1 212, A10 59, A2 30.
        String c1 = child(TOKEN_A, "C1");
        enteredCare(TOKEN_A, c1, "2010-01-01");
        milestone(TOKEN_A, c1, "EARLY_PERMANENCE", "2010-03-01", "FOSTERING_FOR_ADOPTION", "F1");
        placementOrder(TOKEN_A, c1, "2010-06-01");
        match(TOKEN_A, c1, "2010-07-01", "F1");
        placed(TOKEN_A, c1, "2010-08-01", "F1", "A5");
        adopted(TOKEN_A, c1, "2011-06-01");
        // C2 match a month before the placement order: A2 counts 0; A1 150.
        String c2 = child(TOKEN_A, "C2");
        enteredCare(TOKEN_A, c2, "2010-02-01");
        match(TOKEN_A, c2, "2010-05-01", "F2");
        placementOrder(TOKEN_A, c2, "2010-06-01");
        placed(TOKEN_A, c2, "2010-07-01", "F2", "A6");
        adopted(TOKEN_A, c2, "2011-07-01");
        // C3 consent (s19), no placement order: in A1 (106 days), not in A2 (NO_COURT_AUTHORITY).
        String c3 = child(TOKEN_A, "C3");
        enteredCare(TOKEN_A, c3, "2010-03-01");
        milestone(TOKEN_A, c3, "CONSENT", "2010-05-01", null, null);
        match(TOKEN_A, c3, "2010-06-01", "F3");
        placed(TOKEN_A, c3, "2010-06-15", "F3", "A4");
        adopted(TOKEN_A, c3, "2011-08-01");
        // C4 two periods of care: the latest (2009-01-01) counts. A1 396, A2 2009-06-01 -> 2010-01-01 = 214.
        String c4 = child(TOKEN_A, "C4");
        periodOfCare(TOKEN_A, c4, "2007-01-01", "2008-01-01");
        enteredCare(TOKEN_A, c4, "2009-01-01");
        placementOrder(TOKEN_A, c4, "2009-06-01");
        match(TOKEN_A, c4, "2010-01-01", "F4");
        placed(TOKEN_A, c4, "2010-02-01", "F4", "A6");
        adopted(TOKEN_A, c4, "2011-09-01");
        // C5 an adoptive placement that disrupted before the one that led to the order: A1 to 2010-04-01 = 365,
        // A2 to the second family's match 2010-03-01 = 212.
        String c5 = child(TOKEN_A, "C5");
        enteredCare(TOKEN_A, c5, "2009-04-01");
        placementOrder(TOKEN_A, c5, "2009-08-01");
        match(TOKEN_A, c5, "2009-09-01", "F5A");
        placed(TOKEN_A, c5, "2009-10-01", "F5A", "A6");
        milestone(TOKEN_A, c5, "DISRUPTION", "2010-01-15", null, "F5A");
        match(TOKEN_A, c5, "2010-03-01", "F5B");
        placed(TOKEN_A, c5, "2010-04-01", "F5B", "A6");
        adopted(TOKEN_A, c5, "2011-10-03");
        // C6 moved in exactly 21 months after entering care: not "less than" 21 months. A1 638, A2 31.
        String c6 = child(TOKEN_A, "C6");
        enteredCare(TOKEN_A, c6, "2009-06-15");
        placementOrder(TOKEN_A, c6, "2010-01-10");
        match(TOKEN_A, c6, "2010-02-10", "F6");
        placed(TOKEN_A, c6, "2011-03-15", "F6", "A6");
        adopted(TOKEN_A, c6, "2011-11-01");
        // C7 leap days: entered 2008-02-29, threshold date 2009-11-29, moved in the day before (within);
        // A1 638, A2 2008-06-01 -> 2009-11-01 = 518; order on 29 Feb 2012 is in 2011/12.
        String c7 = child(TOKEN_A, "C7");
        enteredCare(TOKEN_A, c7, "2008-02-29");
        placementOrder(TOKEN_A, c7, "2008-06-01");
        match(TOKEN_A, c7, "2009-11-01", "F7");
        placed(TOKEN_A, c7, "2009-11-28", "F7", "A6");
        adopted(TOKEN_A, c7, "2012-02-29");
        // C8 adoption order on 1 April 2012: 2012/13, not 2011/12.
        String c8 = child(TOKEN_A, "C8");
        enteredCare(TOKEN_A, c8, "2010-05-01");
        placementOrder(TOKEN_A, c8, "2010-09-01");
        match(TOKEN_A, c8, "2010-10-01", "F8");
        placed(TOKEN_A, c8, "2010-11-01", "F8", "A6");
        adopted(TOKEN_A, c8, "2012-04-01");
        // C9 waiting (placement order, never placed); C10 decision reversed 2011-05-01 (waiting until then).
        String c9 = child(TOKEN_A, "C9");
        enteredCare(TOKEN_A, c9, "2010-01-01");
        milestone(TOKEN_A, c9, "SHOULD_BE_PLACED_DECISION", "2010-06-01", null, null);
        placementOrder(TOKEN_A, c9, "2010-09-01");
        String c10 = child(TOKEN_A, "C10");
        enteredCare(TOKEN_A, c10, "2010-01-01");
        milestone(TOKEN_A, c10, "SHOULD_BE_PLACED_DECISION", "2010-03-01", null, null);
        milestone(TOKEN_A, c10, "DECISION_REVERSED", "2011-05-01", "RD1", null);

        // Authority B, the seed's arithmetic: 2013/14 A1 610; 2014/15 A1 529 (threshold 487: 42 over), A2 174
        // (threshold 121: 53 over), 610 -> 529 = 81 days better.
        String b1 = child(TOKEN_B, "B1");
        enteredCare(TOKEN_B, b1, "2011-01-01");
        placed(TOKEN_B, b1, "2012-09-02", "G1", "A4");
        adopted(TOKEN_B, b1, "2013-06-01");
        String b2 = child(TOKEN_B, "B2");
        enteredCare(TOKEN_B, b2, "2012-01-01");
        placementOrder(TOKEN_B, b2, "2012-06-01");
        match(TOKEN_B, b2, "2012-11-22", "G2");
        placed(TOKEN_B, b2, "2013-06-13", "G2", "A6");
        adopted(TOKEN_B, b2, "2014-10-01");

        // The agency: A a member from 2011-04-01; B from 2014-07-01 (more than half of 2014/15, so 2014/15 counts).
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("insert into membership (agency, authority, member_from) values (?1, ?2, ?3),"
                            + " (?1, ?4, ?5)")
                    .setParameter(1, AGENCY).setParameter(2, A).setParameter(3, LocalDate.of(2011, 4, 1))
                    .setParameter(4, B).setParameter(5, LocalDate.of(2014, 7, 1)).executeUpdate();
        });
        membership.invalidate();
    }

    @Test
    void handComputedCohortGivesTheFiguresForTheAuthority() {
        given().auth().oauth2(TOKEN_A).when().get("/api/children/scorecard?period=2011&years=1")
                .then().statusCode(200)
                .header("X-Data-As-At", not(nullValue()))
                .body("rows", hasSize(1))
                .body("rows[0].code", equalTo(A))
                .body("rows[0].oneYear.period", equalTo("2011/12"))
                // C1-C7 adopted in 2011/12; C8's order on 1 April 2012 is next year.
                .body("rows[0].oneYear.childrenAdopted.value", equalTo(7))
                // A1 (212+150+106+396+365+638+638) / 7 = 2505 / 7 = 357.86 -> 358; 358 - 639 = -281.
                .body("rows[0].oneYear.a1.meanDays", equalTo(358))
                .body("rows[0].oneYear.a1.thresholdDays", equalTo(639))
                .body("rows[0].oneYear.a1.distanceToThreshold", equalTo(-281))
                // A10: C1's clock stops on 2010-03-01 (59 days): 2352 / 7 = 336.0 -> 336; A10 != A1.
                .body("rows[0].oneYear.a10.meanDays", equalTo(336))
                // A2: C3 excluded (consent), C2 counts 0: (30+0+214+212+31+518) / 6 = 1005 / 6 = 167.5 -> 168.
                .body("rows[0].oneYear.a2.children", equalTo(6))
                .body("rows[0].oneYear.a2.meanDays", equalTo(168))
                .body("rows[0].oneYear.a2.distanceToThreshold", equalTo(168 - 213))
                // A3: 6 of 7 within 21 months (C6 exactly 21 months is not), but 7 children <= 10: withheld.
                .body("rows[0].oneYear.a3.thresholdMonths", equalTo(21))
                .body("rows[0].oneYear.a3.children", equalTo(7))
                .body("rows[0].oneYear.a3.status", equalTo("PRIMARY_SUPPRESSED"))
                .body("rows[0].oneYear.a3.withinThreshold", nullValue())
                .body("rows[0].oneYear.a3.percentage", nullValue())
                // C9 waiting at 31 March 2012; C9 and C10 at 31 March 2011. C10 reversed in 2011/12.
                .body("rows[0].oneYear.childrenWaiting.value", equalTo(1))
                .body("rows[0].oneYear.childrenWaiting.previous", equalTo(2))
                .body("rows[0].oneYear.decisionsReversed.value", equalTo(1))
                .body("rows[0].oneYear.notComputable", equalTo(0))
                .body("rows[0].threeYear", nullValue())
                .body("missingFigures", hasItem(containsString("A11, A12, A13")));
    }

    @Test
    void drillDownListsTheChildrenAndDatesBehindTheFigure() {
        given().auth().oauth2(TOKEN_A).when()
                .get("/api/children/scorecard/drill-down?indicator=A3&period=2011&years=1&authority=" + A)
                .then().statusCode(200)
                .body("counted", hasSize(7))
                .body("withinThreshold", equalTo(6))
                .body("percentage", equalTo(85.7f))
                .body("counted.find { it.childReference == 'C6' }.thresholdDate", equalTo("2011-03-15"))
                .body("counted.find { it.childReference == 'C6' }.withinThreshold", equalTo(false))
                .body("counted.find { it.childReference == 'C7' }.thresholdDate", equalTo("2009-11-29"))
                .body("counted.find { it.childReference == 'C7' }.withinThreshold", equalTo(true));
        given().auth().oauth2(TOKEN_A).when()
                .get("/api/children/scorecard/drill-down?indicator=A2&period=2011&authority=" + A)
                .then().statusCode(200)
                .body("meanDays", equalTo(168))
                .body("excluded.childReference", equalTo(java.util.List.of("C3")))
                .body("excluded[0].reason", equalTo("NO_COURT_AUTHORITY"))
                .body("counted.find { it.childReference == 'C2' }.elapsedDays", equalTo(-31))
                .body("counted.find { it.childReference == 'C2' }.countedDays", equalTo(0))
                .body("counted.find { it.childReference == 'C5' }.clockStop", equalTo("2010-03-01"));
        given().auth().oauth2(TOKEN_A).when()
                .get("/api/children/scorecard/drill-down?indicator=A1&period=2012&authority=" + A)
                .then().statusCode(200)
                .body("counted.childReference", equalTo(java.util.List.of("C8")));
        // Names never appear; the drill-down is audited with the children it listed.
        long audited = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from audit_event where action = 'EXPORT' and purpose = 'reporting' and actor like ?1")
                .setParameter(1, "%service-account-" + A).getSingleResult()).longValue());
        assertTrue(audited >= 3, "each drill-down writes an EXPORT audit row");
    }

    @Test
    void anotherAuthoritysFiguresAndChildrenAre404() {
        given().auth().oauth2(TOKEN_B).when().get("/api/children/scorecard?period=2011&authority=" + A)
                .then().statusCode(404);
        given().auth().oauth2(TOKEN_B).when()
                .get("/api/children/scorecard/drill-down?indicator=A1&period=2011&authority=" + A)
                .then().statusCode(404);
        given().auth().oauth2(TOKEN_B).when()
                .get("/api/children/scorecard/drill-down?indicator=A1&period=2011&authority=nosuch-authority")
                .then().statusCode(404);
        // B's own scorecard has only B's row.
        given().auth().oauth2(TOKEN_B).when().get("/api/children/scorecard?period=2011")
                .then().statusCode(200).body("rows.code", equalTo(java.util.List.of(B)));
        given().auth().oauth2(agencyStaff(AGENCY, "finance")).when().get("/api/children/scorecard?period=2011")
                .then().statusCode(403);
    }

    @Test
    void seedArithmeticDistanceAndDirection() {
        given().auth().oauth2(TOKEN_B).when().get("/api/children/scorecard?period=2014&years=1")
                .then().statusCode(200)
                // 529 - 487 = 42 (the seed paper's "72" is wrong); 174 - 121 = 53; 610 -> 529 is 81 days better.
                .body("rows[0].oneYear.a1.meanDays", equalTo(529))
                .body("rows[0].oneYear.a1.thresholdDays", equalTo(487))
                .body("rows[0].oneYear.a1.distanceToThreshold", equalTo(42))
                .body("rows[0].oneYear.a1.previousMeanDays", equalTo(610))
                .body("rows[0].oneYear.a1.change", equalTo(-81))
                .body("rows[0].oneYear.a1.direction", equalTo("IMPROVED"))
                .body("rows[0].oneYear.a2.meanDays", equalTo(174))
                .body("rows[0].oneYear.a2.distanceToThreshold", equalTo(53));
    }

    @Test
    void agencyWideCountsAnAuthorityOnlyForItsMemberYears() {
        given().auth().oauth2(MANAGER).when().get("/api/children/scorecard?period=2014&years=1")
                .then().statusCode(200)
                .body("rows.code", equalTo(java.util.List.of(A, B, AGENCY)))
                .body("rows[2].scope", equalTo("AGENCY"))
                // 2014/15: B counts (member from 1 July 2014, more than half the year): only B2, 529 days.
                .body("rows[2].oneYear.a1.meanDays", equalTo(529))
                // 2013/14: B was not a member, so B1 (610) does not count and there is nothing to compare.
                .body("rows[2].oneYear.a1.previousMeanDays", nullValue())
                .body("rows[2].oneYear.a1.direction", equalTo("NOT_COMPARABLE"));
        given().auth().oauth2(MANAGER).when().get("/api/children/scorecard?period=2011&years=3")
                .then().statusCode(200)
                // 2009-12: A counts only in 2011/12 (member from 1 April 2011): its 7 adoptions.
                .body("rows[2].threeYear.period", equalTo("2009-12"))
                .body("rows[2].threeYear.childrenAdopted.value", equalTo(7))
                .body("rows[2].threeYear.a1.meanDays", equalTo(358));
    }

    @Test
    void exportsAreReproducibleAsAtTheirDataTime() throws Exception {
        // Its own authority, so that the correction below cannot change the other tests' cohorts.
        String r = freshAuthority("scr");
        String token = caseSystem(r);
        String child = child(token, "R1");
        enteredCare(token, child, "2010-01-01");
        Response p = placed(token, child, "2010-08-01", "H1", "A4");
        adopted(token, child, "2011-06-01");
        // A1 = 2010-01-01 -> 2010-08-01 = 212 days.
        String dataAsAt = given().auth().oauth2(token).when().get("/api/children/scorecard?period=2011&years=1")
                .then().statusCode(200).body("rows[0].oneYear.a1.meanDays", equalTo(212))
                .extract().path("dataAsAt");
        Thread.sleep(5);
        // A later correction: moved in a month later, 2010-09-01 = 243 days.
        given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", p.header("ETag"))
                .body("{\"type\":\"PLACED_FOR_ADOPTION\",\"date\":\"2010-09-01\",\"code\":\"A4\","
                        + "\"familyReference\":\"H1\",\"reason\":\"audit of the placement record\"}")
                .when().put("/api/children/" + child + "/milestones/" + p.path("milestone.id")).then().statusCode(200);
        given().auth().oauth2(token).when().get("/api/children/scorecard?period=2011&years=1")
                .then().statusCode(200).body("rows[0].oneYear.a1.meanDays", equalTo(243));
        given().auth().oauth2(token).when().get("/api/children/scorecard?period=2011&years=1&asAt=" + dataAsAt)
                .then().statusCode(200)
                .body("dataAsAt", equalTo(dataAsAt))
                .body("rows[0].oneYear.a1.meanDays", equalTo(212));
        given().auth().oauth2(token).when()
                .get("/api/children/scorecard/drill-down?indicator=A1&period=2011&asAt=" + dataAsAt)
                .then().statusCode(200).body("counted[0].clockStop", equalTo("2010-08-01"));
        // Before the child was recorded there was nothing to count.
        given().auth().oauth2(token).when().get("/api/children/scorecard?period=2011&years=1&asAt=2020-01-01")
                .then().statusCode(200).body("rows[0].oneYear.childrenAdopted.value", equalTo(0));
        given().auth().oauth2(token).when().get("/api/children/scorecard?period=2011&asAt=2999-01-01")
                .then().statusCode(400);
    }

    @Test
    void csvAndXlsxHaveOneRowPerAuthorityWithSuppressedValuesAsX() {
        String csv = given().auth().oauth2(MANAGER).when().get("/api/children/scorecard?period=2011&format=csv")
                .then().statusCode(200).contentType(containsString("text/csv"))
                .header("X-Data-As-At", not(nullValue()))
                .extract().asString();
        String[] lines = csv.split("\r\n");
        assertEquals(4, lines.length, "header, A, B and the agency");
        String[] header = lines[0].split(",");
        String[] rowA = lines[1].split(",", -1);
        int a3 = java.util.Arrays.asList(header).indexOf("1y_a3_percent");
        int a1 = java.util.Arrays.asList(header).indexOf("1y_a1_days");
        int a1three = java.util.Arrays.asList(header).indexOf("3y_a1_threshold");
        assertEquals(A, rowA[3]);
        assertEquals("x", rowA[a3]);
        assertEquals("358", rowA[a1]);
        assertEquals("639", rowA[a1three]);
        byte[] xlsx = given().auth().oauth2(MANAGER).when().get("/api/children/scorecard?period=2011&format=xlsx")
                .then().statusCode(200).extract().asByteArray();
        assertTrue(xlsx.length > 100 && xlsx[0] == 'P' && xlsx[1] == 'K', "an XLSX (zip) file");
        given().auth().oauth2(MANAGER).when().get("/api/children/scorecard?period=2011&format=pdf")
                .then().statusCode(400);
    }

    @Test
    void thresholdsAreEditableByManagersOnlyAndVersioned() {
        Response current = given().auth().oauth2(TOKEN_A).when().get("/api/children/scorecard/thresholds");
        current.then().statusCode(200).body("rows.find { it.firstYear == 2012 }.a1Days", not(nullValue()));
        String etag = current.header("ETag");
        String body = "{\"reason\":\"test\",\"rows\":[{\"firstYear\":2009,\"a1Days\":639,\"a2Days\":213,\"a3Months\":21}]}";
        given().auth().oauth2(TOKEN_A).contentType(ContentType.JSON).header("If-Match", etag).body(body)
                .when().put("/api/children/scorecard/thresholds").then().statusCode(403);
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body(body)
                .when().put("/api/children/scorecard/thresholds").then().statusCode(428);
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).header("If-Match", "\"999999\"").body(body)
                .when().put("/api/children/scorecard/thresholds").then().statusCode(412);
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"reason\":\"test\",\"rows\":[{\"firstYear\":2009,\"a1Days\":0,\"a2Days\":213,\"a3Months\":21}]}")
                .when().put("/api/children/scorecard/thresholds").then().statusCode(400);
        // Re-put the table as it is (so other tests' expectations hold) and see the version move on.
        String same = current.then().extract().jsonPath().getList("rows").stream()
                .map(r -> (java.util.Map<?, ?>) r)
                .map(r -> "{\"firstYear\":" + r.get("firstYear") + ",\"a1Days\":" + r.get("a1Days") + ",\"a2Days\":"
                        + r.get("a2Days") + ",\"a3Months\":" + r.get("a3Months") + "}")
                .collect(java.util.stream.Collectors.joining(",", "{\"reason\":\"unchanged\",\"rows\":[", "]}"));
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).header("If-Match", etag).body(same)
                .when().put("/api/children/scorecard/thresholds").then().statusCode(200)
                .body("source", equalTo("EDITED"));
    }

    @Test
    void asglbReturnListsTheQuartersAdoptionsAndFamilies() {
        // 2011-Q3 = 1 April to 31 December 2011: C1 (June) to C6 (1 November); C7 (29 February 2012) is Q4.
        String csv = given().auth().oauth2(TOKEN_A).when().get("/api/children/returns/asglb?quarter=2011-Q3")
                .then().statusCode(200).header("X-Not-Filled", containsString("placement_provider"))
                .extract().asString();
        String[] lines = csv.split("\r\n");
        assertEquals(1 + 6, lines.length);
        assertTrue(csv.contains(",C1,") && csv.contains(",C6,") && !csv.contains(",C7,"));
        String families = given().auth().oauth2(TOKEN_A).when()
                .get("/api/children/returns/asglb?quarter=2011-Q3&sheet=families").then().statusCode(200)
                .extract().asString();
        assertTrue(families.startsWith("family_reference,"));
        byte[] xlsx = given().auth().oauth2(TOKEN_A).when()
                .get("/api/children/returns/asglb?quarter=2011-Q3&format=xlsx").then().statusCode(200)
                .extract().asByteArray();
        assertTrue(xlsx[0] == 'P' && xlsx[1] == 'K');
        // B's return holds none of A's children.
        String other = given().auth().oauth2(TOKEN_B).when().get("/api/children/returns/asglb?quarter=2011-Q3")
                .then().statusCode(200).extract().asString();
        assertEquals(1, other.split("\r\n").length);
        given().auth().oauth2(TOKEN_A).when().get("/api/children/returns/asglb?quarter=2011-Q5").then().statusCode(400);
        long audited = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from audit_event where action = 'EXPORT' and purpose = 'data-return' and actor like ?1")
                .setParameter(1, "%service-account-" + A).getSingleResult()).longValue());
        assertTrue(audited >= 3);
    }

    @Test
    void adopterIndicatorsComeFromAdoptersServiceOrAreReportedMissing() throws Exception {
        AtomicReference<String> authorization = new AtomicReference<>();
        HttpServer stub = HttpServer.create(new InetSocketAddress("localhost", ScorecardTestProfile.ADOPTERS_PORT), 0);
        stub.createContext("/api/adopters/indicators", exchange -> {
            authorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] body = ("{\"asAt\":\"2015-03-31\",\"agency\":{\"scope\":\"AGENCY\",\"a11ApprovedAndWaiting\":4,"
                    + "\"a13BeingAssessed\":7,\"a12MatchedAfterWaiting\":[{\"year\":\"2014/15\",\"numerator\":3,"
                    + "\"denominator\":4,\"percent\":75.0}],\"waiting\":[]},\"byArea\":{\"" + B + "\":{\"scope\":\""
                    + B + "\",\"a11ApprovedAndWaiting\":2,\"a13BeingAssessed\":1,\"a12MatchedAfterWaiting\":[]}}}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        stub.start();
        try {
            given().auth().oauth2(MANAGER).when().get("/api/children/scorecard?period=2014&years=1")
                    .then().statusCode(200)
                    .body("missingFigures", not(hasItem(containsString("A11"))))
                    .body("rows[2].oneYear.a11.value", equalTo(4))
                    .body("rows[2].oneYear.a13.value", equalTo(7))
                    .body("rows[2].oneYear.a12.percent", equalTo(75.0f))
                    .body("rows[1].oneYear.a11.value", equalTo(2))
                    .body("rows[0].oneYear.a11.value", equalTo(0));
            assertEquals("Bearer " + MANAGER, authorization.get(), "the caller's token is forwarded");
        } finally {
            stub.stop(0);
        }
        // Nothing listens now: the export still answers, quickly, and says what is missing.
        long started = System.nanoTime();
        given().auth().oauth2(MANAGER).when().get("/api/children/scorecard?period=2014&format=csv")
                .then().statusCode(200).header("X-Missing-Figures", containsString("A11, A12, A13"));
        given().auth().oauth2(MANAGER).when().get("/api/children/scorecard?period=2014&years=1")
                .then().statusCode(200)
                .body("missingFigures", hasItem(containsString("A11, A12, A13: adopters-service")))
                .body("rows[2].oneYear.a11.value", nullValue())
                .body("rows[2].oneYear.a1.meanDays", equalTo(529));
        assertTrue(System.nanoTime() - started < 20_000_000_000L, "degraded answers do not hang");
    }

    @Test
    void aCouncilIsToldAdopterIndicatorsAreAgencyOnly() {
        given().auth().oauth2(TOKEN_B).when().get("/api/children/scorecard?period=2014")
                .then().statusCode(200)
                .body("missingFigures", hasItem(containsString("agency staff only")))
                .body("rows[0].threeYear.period", equalTo("2012-15"));
        assertTrue(Instant.now().isAfter(Instant.EPOCH));
    }
}
