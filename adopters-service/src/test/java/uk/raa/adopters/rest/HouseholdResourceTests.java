package uk.raa.adopters.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.raa.adopters.rest.Households.BASE;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.raa.common.testing.TestTokens;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class HouseholdResourceTests {

    @Test
    void aPractitionerCreatesAndReadsAHouseholdOfTheirAgency() {
        String reference = Households.ref();
        String area = Households.area();
        String id = given().auth().oauth2(TestTokens.practitioner()).contentType(ContentType.JSON)
                .body(Households.json(reference, area))
                .when().post(BASE)
                .then().statusCode(201)
                .header("ETag", "\"0\"")
                .header("Location", org.hamcrest.Matchers.matchesRegex("(https?://[^/]+)?/api/adopters/households/[0-9a-f-]{36}"))
                .body("agency", equalTo("ace"))
                .body("state", equalTo("NOT_STARTED"))
                .extract().path("id");
        given().auth().oauth2(TestTokens.manager())
                .when().get(BASE + "/" + id)
                .then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("householdReference", equalTo(reference))
                .body("areaOfResidence", equalTo(area))
                .body("adopters", hasSize(2))
                .body("adopters[0].familyName", equalTo("Quintrell"))
                .body("adopters[0].email", equalTo("zq@example.org"))
                .body("homeAddress.postcode", equalTo("CV31 9ZZ"))
                .body("offer.needAcceptance.HEALTH", equalTo("MEDIUM"))
                .body("offer.excludedAreas", hasItem("solihull"))
                .body("approvedOn", nullValue());
    }

    @Test
    void theOwningAgencyComesFromTheTokenNeverTheBody() {
        String body = Households.json(Households.ref(), Households.area()).replaceFirst("\\{", "{\"agency\":\"north\",");
        given().auth().oauth2(TestTokens.practitioner()).contentType(ContentType.JSON).body(body)
                .when().post(BASE)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("agency"))
                .body("violations[0].rule", equalTo("unknown-field"));
        String id = Households.create(Households.otherAgencyPractitioner(),
                Households.json(Households.ref(), Households.area()));
        given().auth().oauth2(Households.otherAgencyPractitioner()).when().get(BASE + "/" + id)
                .then().statusCode(200).body("agency", equalTo("north"));
    }

    @Test
    void anotherAgencysHouseholdAnswersExactlyLikeOneThatDoesNotExist() {
        String id = Households.create(Households.area());
        Response other = given().auth().oauth2(Households.otherAgencyPractitioner()).when().get(BASE + "/" + id);
        Response missing = given().auth().oauth2(Households.otherAgencyPractitioner())
                .when().get(BASE + "/" + UUID.randomUUID());
        assertEquals(404, other.statusCode());
        assertEquals(missing.body().asString(), other.body().asString());
        assertEquals("application/problem+json", other.contentType());
    }

    @Test
    void listsShowOnlyTheCallersAgencyAndFilterByStateAreaAndWaiting() {
        String area = Households.area();
        String approved = Households.create(area);
        Households.enquiryToApproval(approved);
        String enquiry = Households.create(area);
        Households.steps(enquiry, "ENQUIRY", "2024-01-08");
        String northId = Households.create(Households.otherAgencyPractitioner(),
                Households.json(Households.ref(), area));

        given().auth().oauth2(TestTokens.practitioner()).queryParam("area", area)
                .when().get(BASE)
                .then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.id", hasItem(approved))
                .body("items.id", hasItem(enquiry))
                .body("items.id", not(hasItem(northId)))
                .body(not(containsString("Quintrell")))
                .body(not(containsString("CV31")));
        given().auth().oauth2(TestTokens.practitioner()).queryParam("area", area).queryParam("state", "ADM_APPROVAL")
                .when().get(BASE)
                .then().statusCode(200).body("items.id", equalTo(java.util.List.of(approved)))
                .body("items[0].approvedOn", equalTo("2023-09-14"));
        // Approved 2023-09-14: waiting far longer than 30 days, not longer than 36,000 days (about 98 years).
        given().auth().oauth2(TestTokens.practitioner()).queryParam("area", area).queryParam("waitingLongerThanDays", 30)
                .when().get(BASE)
                .then().statusCode(200).body("items.id", equalTo(java.util.List.of(approved)));
        given().auth().oauth2(TestTokens.practitioner()).queryParam("area", area)
                .queryParam("waitingLongerThanDays", 36000)
                .when().get(BASE)
                .then().statusCode(200).body("totalItems", equalTo(0));
        given().auth().oauth2(Households.otherAgencyPractitioner()).queryParam("area", area)
                .when().get(BASE)
                .then().statusCode(200).body("items.id", equalTo(java.util.List.of(northId)));
        given().auth().oauth2(TestTokens.practitioner()).queryParam("state", "APPROVED")
                .when().get(BASE)
                .then().statusCode(400).body("violations[0].field", equalTo("state"));
    }

    @Test
    void updatesNeedIfMatchRejectStaleVersionsAndStayInTheAgency() {
        String id = Households.create(Households.area());
        String update = """
                {"adopters":[{"givenName":"Zebedee","familyName":"Quintrell","dateOfBirth":"1984-07-19"}],
                 "areaOfResidence":"coventry","recruitingAgency":{"code":"ace","type":"THIS_AGENCY"},
                 "fastTrackRoute":"NONE",
                 "offer":{"numberOfChildren":1,"minAgeYears":0,"maxAgeYears":2,"siblingGroupsAccepted":false,
                  "needAcceptance":{"HEALTH":"LOW","DEVELOPMENT":"LOW","BEHAVIOUR":"NONE","EDUCATION":"LOW"},
                  "earlyPermanence":false}}
                """;
        given().auth().oauth2(TestTokens.practitioner()).contentType(ContentType.JSON).body(update)
                .when().put(BASE + "/" + id)
                .then().statusCode(428).contentType("application/problem+json");
        given().auth().oauth2(Households.otherAgencyPractitioner()).contentType(ContentType.JSON).body(update)
                .header("If-Match", "\"0\"")
                .when().put(BASE + "/" + id)
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.practitioner()).contentType(ContentType.JSON).body(update)
                .header("If-Match", "\"0\"")
                .when().put(BASE + "/" + id)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("areaOfResidence", equalTo("coventry"))
                .body("adopters", hasSize(1))
                .body("homeAddress", nullValue())
                .body("offer.numberOfChildren", equalTo(1))
                .body("offer.excludedAreas", hasSize(0));
        given().auth().oauth2(TestTokens.practitioner()).contentType(ContentType.JSON).body(update)
                .header("If-Match", "\"0\"")
                .when().put(BASE + "/" + id)
                .then().statusCode(412).contentType("application/problem+json");
    }

    @Test
    void aFastTrackRouteCannotBeDroppedOnceStage1WasSkipped() {
        String id = Households.create(TestTokens.practitioner(), Households.json(Households.ref(), Households.area(),
                "THIS_AGENCY", "APPROVED_FOSTER_CARER", Households.standardOffer()));
        Households.steps(id, "ENQUIRY", "2023-03-01", "REGISTRATION_OF_INTEREST", "2023-03-02",
                "STAGE_2_STARTED", "2023-03-08");
        String etag = given().auth().oauth2(TestTokens.practitioner()).when().get(BASE + "/" + id)
                .then().statusCode(200).extract().header("ETag");
        String update = """
                {"adopters":[{"givenName":"Zebedee","familyName":"Quintrell","dateOfBirth":"1984-07-19"}],
                 "areaOfResidence":"coventry","recruitingAgency":{"code":"ace","type":"THIS_AGENCY"},
                 "fastTrackRoute":"NONE","offer":%s}
                """.formatted(Households.standardOffer());
        given().auth().oauth2(TestTokens.practitioner()).contentType(ContentType.JSON).body(update)
                .header("If-Match", etag)
                .when().put(BASE + "/" + id)
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void idempotencyKeyReplaysTheFirstResultAndRejectsADifferentBody() {
        String key = UUID.randomUUID().toString();
        String body = Households.json(Households.ref(), Households.area());
        String first = given().auth().oauth2(TestTokens.practitioner()).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(body)
                .when().post(BASE).then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.practitioner()).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(body)
                .when().post(BASE).then().statusCode(200).body("id", equalTo(first));
        given().auth().oauth2(TestTokens.practitioner()).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(Households.json(Households.ref(), Households.area()))
                .when().post(BASE).then().statusCode(422).contentType("application/problem+json");
    }

    @Test
    void aDuplicateReferenceIsAConflict() {
        String body = Households.json(Households.ref(), Households.area());
        Households.create(TestTokens.practitioner(), body);
        given().auth().oauth2(TestTokens.practitioner()).contentType(ContentType.JSON).body(body)
                .when().post(BASE).then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void validationNamesTheFieldAndTheRule() {
        String area = Households.area();
        String narrowOffer = Households.standardOffer().replace("\"minAgeYears\":0", "\"minAgeYears\":5");
        given().auth().oauth2(TestTokens.practitioner()).contentType(ContentType.JSON)
                .body(Households.json(Households.ref(), area, "THIS_AGENCY", "NONE", narrowOffer))
                .when().post(BASE)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("offer.minAgeYears"))
                .body("violations[0].rule", equalTo("min-not-above-max"));
        String noEducation = Households.standardOffer().replace(",\"EDUCATION\":\"MEDIUM\"", "");
        given().auth().oauth2(TestTokens.practitioner()).contentType(ContentType.JSON)
                .body(Households.json(Households.ref(), area, "THIS_AGENCY", "NONE", noEducation))
                .when().post(BASE)
                .then().statusCode(400)
                .body("violations[0].field", equalTo("offer.needAcceptance.EDUCATION"))
                .body("violations[0].rule", equalTo("required"));
        given().auth().oauth2(TestTokens.practitioner()).contentType(ContentType.JSON)
                .body(Households.json(Households.ref(), "Coventry City"))
                .when().post(BASE)
                .then().statusCode(400).body("violations[0].field", equalTo("areaOfResidence"));
        given().auth().oauth2(TestTokens.practitioner()).contentType(ContentType.JSON)
                .body(Households.json(Households.ref(), area).replace("1984-07-19", "2999-01-01"))
                .when().post(BASE)
                .then().statusCode(400).body("violations[0].field", equalTo("adopters[0].dateOfBirth"));
        given().auth().oauth2(TestTokens.practitioner()).contentType(ContentType.JSON)
                .body(Households.json(Households.ref(), area, "THIS_AGENCY", "SOMETIMES", Households.standardOffer()))
                .when().post(BASE)
                .then().statusCode(400).body("violations[0].rule", equalTo("enum"));
    }

    @Test
    void councilsAndFinanceCannotUseTheStaffOperations() {
        String id = Households.create(Households.area());
        String body = Households.json(Households.ref(), Households.area());
        for (String token : new String[] {TestTokens.caseSystem("coventry"), TestTokens.councilStaff("coventry"),
                TestTokens.finance()}) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post(BASE)
                    .then().statusCode(403).contentType("application/problem+json");
            given().auth().oauth2(token).when().get(BASE).then().statusCode(403);
            given().auth().oauth2(token).contentType(ContentType.JSON).body(body).header("If-Match", "\"0\"")
                    .when().put(BASE + "/" + id).then().statusCode(403);
            Households.step(token, id, "ENQUIRY", "2023-01-09").then().statusCode(403);
            given().auth().oauth2(token).when().get(BASE + "/" + id + "/timeline").then().statusCode(403);
            given().auth().oauth2(token).when().get("/api/adopters/indicators").then().statusCode(403);
        }
        given().when().get(BASE + "/" + id).then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void theAuditTrailNamesEveryReadAndChangeButNotTheContent() {
        String area = Households.area();
        String id = Households.create(area);
        Households.steps(id, "ENQUIRY", "2023-01-09");
        given().auth().oauth2(TestTokens.practitioner()).header("X-Purpose", "matching")
                .when().get(BASE + "/" + id).then().statusCode(200);
        given().auth().oauth2(TestTokens.practitioner()).queryParam("area", area)
                .when().get(BASE).then().statusCode(200);
        given().auth().oauth2(TestTokens.practitioner()).when().get(BASE + "/" + id + "/timeline")
                .then().statusCode(200);
        given().auth().oauth2(TestTokens.manager())
                .queryParam("recordType", "household").queryParam("recordId", id)
                .when().get("/api/adopters/audit")
                .then().statusCode(200)
                .body("items.action", hasItem("CREATE"))
                .body("items.action", hasItem("UPDATE"))
                .body("items.action", hasItem("READ"))
                .body("items.action", hasItem("LIST"))
                .body("items.purpose", hasItem("matching"))
                .body("items.actor", hasItem(containsString("ace.practitioner")))
                .body(not(containsString("Quintrell")))
                .body(not(containsString("1984-07-19")));
    }

    @Test
    void bankHolidaysAreReferenceData() {
        given().auth().oauth2(TestTokens.practitioner())
                .when().get("/api/adopters/reference/bank-holidays")
                .then().statusCode(200)
                .body("byYear.2022", hasItem("2022-09-19"))
                .body("byYear.2023", hasItem("2023-05-08"));
    }
}
