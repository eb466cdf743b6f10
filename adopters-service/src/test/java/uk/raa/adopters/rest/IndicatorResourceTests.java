package uk.raa.adopters.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.raa.common.testing.TestTokens;

/**
 * The indicators against figures worked by hand for a small fixture created through the API. Other tests' households
 * share the database, so the fixture lives in an area of its own and the by-area figures for that area are checked.
 * Dates are fixed and in the past, so nothing depends on today.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class IndicatorResourceTests {

    private String area;
    private String h1;
    private String h2;
    private String h3;

    private static final String NARROW_OFFER = """
            {"numberOfChildren":1,"minAgeYears":0,"maxAgeYears":1,"siblingGroupsAccepted":false,
             "needAcceptance":{"HEALTH":"LOW","DEVELOPMENT":"LOW","BEHAVIOUR":"LOW","EDUCATION":"NONE"},
             "earlyPermanence":false}""";

    @BeforeEach
    void fixture() {
        area = Households.area();
        // H1: approved 31 Oct 2022 (registered 10 May: within 6 months), matched 1 Mar 2023 (>= 3 months after).
        h1 = Households.create(area);
        Households.steps(h1, "ENQUIRY", "2022-05-03", "REGISTRATION_OF_INTEREST", "2022-05-10",
                "STAGE_1_STARTED", "2022-05-16", "STAGE_1_COMPLETED", "2022-07-11", "STAGE_2_STARTED", "2022-07-18",
                "STAGE_2_COMPLETED", "2022-10-17", "PANEL_RECOMMENDATION", "2022-10-24", "ADM_APPROVAL", "2022-10-31",
                "MATCHED", "2023-03-01");
        // H2: approved 23 Jan 2023 (registered 6 Jun 2022: not within 6 months), still waiting; a narrow offer.
        h2 = Households.create(TestTokens.practitioner(), Households.json(Households.ref(), area, "THIS_AGENCY",
                "NONE", NARROW_OFFER));
        Households.steps(h2, "ENQUIRY", "2022-06-01", "REGISTRATION_OF_INTEREST", "2022-06-06",
                "STAGE_1_STARTED", "2022-06-13", "STAGE_1_COMPLETED", "2022-08-15", "STAGE_2_STARTED", "2022-09-05",
                "STAGE_2_COMPLETED", "2023-01-09", "PANEL_RECOMMENDATION", "2023-01-16", "ADM_APPROVAL", "2023-01-23");
        // H3: approved 30 Oct 2023 (registered 9 May 2023: within 6 months), still waiting.
        h3 = Households.create(area);
        Households.steps(h3, "ENQUIRY", "2023-05-02", "REGISTRATION_OF_INTEREST", "2023-05-09",
                "STAGE_1_STARTED", "2023-05-15", "STAGE_1_COMPLETED", "2023-07-10", "STAGE_2_STARTED", "2023-07-17",
                "STAGE_2_COMPLETED", "2023-10-16", "PANEL_RECOMMENDATION", "2023-10-23", "ADM_APPROVAL", "2023-10-30");
        // H4: withdrew after registering.
        String h4 = Households.create(area);
        Households.steps(h4, "ENQUIRY", "2023-06-05", "REGISTRATION_OF_INTEREST", "2023-06-12");
        Households.step(TestTokens.practitioner(), h4, "WITHDRAWN", "2023-08-01", "ADOPTERS_DECIDED_NOT_TO_PROCEED")
                .then().statusCode(201);
        // H5: in Stage 1 since 18 Sep 2023.
        String h5 = Households.create(area);
        Households.steps(h5, "ENQUIRY", "2023-09-04", "REGISTRATION_OF_INTEREST", "2023-09-11",
                "STAGE_1_STARTED", "2023-09-18");
        // H6: an enquiry only, on 8 Jan 2024.
        String h6 = Households.create(area);
        Households.steps(h6, "ENQUIRY", "2024-01-08");
        // H7: recruited by a voluntary agency: excluded from every indicator.
        String h7 = Households.create(TestTokens.practitioner(), Households.json(Households.ref(), area,
                "VOLUNTARY_AGENCY", "NONE", Households.standardOffer()));
        Households.steps(h7, "ENQUIRY", "2023-05-02", "REGISTRATION_OF_INTEREST", "2023-05-09");
    }

    private ValidatableResponse indicators(String asAt) {
        return given().auth().oauth2(TestTokens.practitioner())
                .queryParam("asAt", asAt).queryParam("firstYear", 2022)
                .when().get("/api/adopters/indicators")
                .then().statusCode(200)
                .body("asAt", equalTo(asAt))
                .body("firstYear", equalTo("2022/23"));
    }

    @Test
    void asAtTheEndOf2023To24() {
        String a = "byArea.'" + area + "'.";
        indicators("2024-03-31")
                .body(a + "scope", equalTo(area))
                // Approvals: 2022/23 H1 (31 Oct), H2 (23 Jan) = 2; 2023/24 H3 = 1.
                .body(a + "approvals.year", equalTo(List.of("2022/23", "2023/24")))
                .body(a + "approvals.count", equalTo(List.of(2, 1)))
                // Enquiry cohorts: 2022/23 {H1, H2} 2/2 = 100.0; 2023/24 {H3, H4, H5, H6}: approved H3, left H4,
                // still H5 and H6: 1/4 = 25.0. H7 is not this agency's.
                .body(a + "enquiryToApproval.cohortSize", equalTo(List.of(2, 4)))
                .body(a + "enquiryToApproval.approved", equalTo(List.of(2, 1)))
                .body(a + "enquiryToApproval.leftProcess", equalTo(List.of(0, 1)))
                .body(a + "enquiryToApproval.stillInProcess", equalTo(List.of(0, 2)))
                .body(a + "enquiryToApproval.ratePercent", equalTo(List.of(100.0f, 25.0f)))
                // Stage 2 cohorts: 2022/23 {H1, H2} 2/2; 2023/24 {H3} 1/1.
                .body(a + "assessmentToApproval.cohortSize", equalTo(List.of(2, 1)))
                .body(a + "assessmentToApproval.ratePercent", equalTo(List.of(100.0f, 100.0f)))
                // Within 6 months of registration: 2022/23 H1 yes (10 Nov), H2 no (6 Dec < 23 Jan) = 1/2 = 50.0;
                // 2023/24 H3 yes (9 Nov >= 30 Oct) = 1/1.
                .body(a + "approvedWithinTimescale.numerator", equalTo(List.of(1, 1)))
                .body(a + "approvedWithinTimescale.denominator", equalTo(List.of(2, 1)))
                .body(a + "approvedWithinTimescale.percent", equalTo(List.of(50.0f, 100.0f)))
                // A11: H2 and H3 approved, not matched.
                .body(a + "a11ApprovedAndWaiting", equalTo(2))
                // A12: 2022/23 H1 matched 1 Mar 2023 >= 31 Oct + 3 months (31 Jan) = 1/1; 2023/24 no matches: null.
                .body(a + "a12MatchedAfterWaiting.numerator", equalTo(List.of(1, 0)))
                .body(a + "a12MatchedAfterWaiting.denominator", equalTo(List.of(1, 0)))
                .body(a + "a12MatchedAfterWaiting.percent", equalTo(java.util.Arrays.asList(100.0f, null)))
                // A13: H5 in Stage 1 (H6 only enquired; H4 withdrew; H7 not counted).
                .body(a + "a13BeingAssessed", equalTo(1))
                // > 3 months: H2 (23 Apr 2023), H3 (30 Jan 2024) both before 31 Mar 2024; > 6 months: H2 only
                // (H3's 30 Apr 2024 is after).
                .body(a + "waitingOverThreshold", equalTo(2))
                .body(a + "waitingOverLongThreshold", equalTo(1))
                // H2: 23 Jan 2023 -> 23 Jan 2024 = 365, + 8 + 29 + 31 = 433 days; H3: 1 + 30 + 31 + 31 + 29 + 31 = 153.
                .body(a + "waiting.householdId", equalTo(List.of(h2, h3)))
                .body(a + "waiting.daysWaiting", equalTo(List.of(433, 153)))
                .body(a + "waiting[0].approvedOn", equalTo("2023-01-23"))
                .body(a + "waiting[0].areaOfResidence", equalTo(area))
                .body(a + "waiting[0].limitations", equalTo(List.of("NARROW_AGE_RANGE", "NO_SIBLING_GROUPS",
                        "EDUCATIONAL_NEEDS_NOT_ACCEPTED", "NO_EARLY_PERMANENCE")))
                .body(a + "waiting[1].limitations", equalTo(List.of("EXCLUDED_AREAS")))
                .body("thresholds.waitingThresholdMonths", equalTo(3))
                .body("agency.scope", equalTo("AGENCY"));
    }

    @Test
    void asAtAPastDateCountsOnlyWhatHadHappenedByThen() {
        String a = "byArea.'" + area + "'.";
        indicators("2023-09-30")
                // Approvals: 2022/23 = 2; 2023/24 to 30 Sep = 0 (H3 approved 30 Oct).
                .body(a + "approvals.count", equalTo(List.of(2, 0)))
                // Enquiry cohort 2023/24 as at 30 Sep: {H3, H4, H5} (H6 enquired later): approved 0, left H4, still 2.
                .body(a + "enquiryToApproval.cohortSize", equalTo(List.of(2, 3)))
                .body(a + "enquiryToApproval.leftProcess", equalTo(List.of(0, 1)))
                .body(a + "enquiryToApproval.stillInProcess", equalTo(List.of(0, 2)))
                .body(a + "enquiryToApproval.ratePercent", equalTo(List.of(100.0f, 0.0f)))
                .body(a + "assessmentToApproval.cohortSize", equalTo(List.of(2, 1)))
                .body(a + "assessmentToApproval.ratePercent", equalTo(List.of(100.0f, 0.0f)))
                .body(a + "approvedWithinTimescale.percent", equalTo(java.util.Arrays.asList(50.0f, null)))
                // A11: H2 only (H1 matched, H3 in Stage 2). A13: H3 (Stage 2) and H5 (Stage 1).
                .body(a + "a11ApprovedAndWaiting", equalTo(1))
                .body(a + "a13BeingAssessed", equalTo(2))
                .body(a + "waitingOverThreshold", equalTo(1))
                .body(a + "waitingOverLongThreshold", equalTo(1))
                // H2: 8 (Jan) + 28 + 31 + 30 + 31 + 30 + 31 + 31 + 30 = 250 days.
                .body(a + "waiting.householdId", equalTo(List.of(h2)))
                .body(a + "waiting.daysWaiting", equalTo(List.of(250)));
    }

    @Test
    void anotherAgencySeesNoneOfThisAgencysHouseholdsAndBadParametersAre400() {
        given().auth().oauth2(Households.otherAgencyPractitioner())
                .queryParam("asAt", "2024-03-31").queryParam("firstYear", 2022)
                .when().get("/api/adopters/indicators")
                .then().statusCode(200)
                .body("byArea", not(hasKey(area)))
                .body("agency.a11ApprovedAndWaiting", equalTo(0));
        given().auth().oauth2(TestTokens.manager()).queryParam("asAt", "2999-01-01")
                .when().get("/api/adopters/indicators")
                .then().statusCode(400).body("violations[0].field", equalTo("asAt"));
        given().auth().oauth2(TestTokens.manager()).queryParam("asAt", "2023-01-01").queryParam("firstYear", 2024)
                .when().get("/api/adopters/indicators")
                .then().statusCode(400).body("violations[0].field", equalTo("firstYear"));
        given().auth().oauth2(TestTokens.manager()).queryParam("asAt", "yesterday")
                .when().get("/api/adopters/indicators")
                .then().statusCode(400).body("violations[0].field", equalTo("asAt"));
        given().auth().oauth2(TestTokens.manager()).queryParam("asAt", "2023-02-30")
                .when().get("/api/adopters/indicators")
                .then().statusCode(400).body("violations[0].field", equalTo("asAt"));
    }

    @Test
    void theIndicatorsAreAudited() {
        indicators("2024-03-31");
        given().auth().oauth2(TestTokens.manager())
                .queryParam("recordType", "household").queryParam("recordId", h1)
                .when().get("/api/adopters/audit")
                .then().statusCode(200)
                .body("items.purpose", org.hamcrest.Matchers.hasItem("reporting"))
                .body("items[0].action", equalTo("LIST"));
    }
}
