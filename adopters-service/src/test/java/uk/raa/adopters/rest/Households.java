package uk.raa.adopters.rest;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Set;
import java.util.UUID;
import uk.raa.common.testing.TestTokens;

/** Test fixtures that read like the domain: a household created through the API, then its steps. */
final class Households {

    static final String BASE = "/api/adopters/households";

    private Households() {
    }

    /** A practitioner of another agency ("north"), which has no ace households. */
    static String otherAgencyPractitioner() {
        return TestTokens.base("north.practitioner").claim("agency", "north").groups(Set.of("practitioner")).sign();
    }

    static String ref() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A distinctive area code no other test uses. */
    static String area() {
        return "area-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String json(String reference, String area) {
        return json(reference, area, "THIS_AGENCY", "NONE", standardOffer());
    }

    static String standardOffer() {
        return """
                {"numberOfChildren":2,"minAgeYears":0,"maxAgeYears":4,"siblingGroupsAccepted":true,
                 "needAcceptance":{"HEALTH":"MEDIUM","DEVELOPMENT":"MEDIUM","BEHAVIOUR":"MEDIUM","EDUCATION":"MEDIUM"},
                 "excludedAreas":["solihull"],"earlyPermanence":true}""";
    }

    static String json(String reference, String area, String agencyType, String fastTrack, String offer) {
        return """
                {"householdReference":"%s",
                 "adopters":[{"givenName":"Zebedee","familyName":"Quintrell","dateOfBirth":"1984-07-19",
                              "email":"zq@example.org","phone":"01632 960777"},
                             {"givenName":"Ysolde","familyName":"Quintrell","dateOfBirth":"1986-02-11"}],
                 "homeAddress":{"address":"7 Larkspur Row, Leamington","postcode":"CV31 9ZZ"},
                 "areaOfResidence":"%s",
                 "recruitingAgency":{"code":"ace","type":"%s"},
                 "fastTrackRoute":"%s",
                 "offer":%s}
                """.formatted(reference, area, agencyType, fastTrack, offer);
    }

    static String create(String token, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post(BASE)
                .then().statusCode(201).extract().path("id");
    }

    static String create(String area) {
        return create(TestTokens.practitioner(), json(ref(), area));
    }

    static Response step(String token, String id, String step, String date) {
        return step(token, id, step, date, null);
    }

    static Response step(String token, String id, String step, String date, String reason) {
        String body = reason == null ? """
                {"step":"%s","date":"%s"}""".formatted(step, date)
                : """
                {"step":"%s","date":"%s","reason":"%s"}""".formatted(step, date, reason);
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post(BASE + "/" + id + "/steps");
    }

    /** Records each (step, date) pair in order, expecting every one to be accepted. */
    static void steps(String id, String... stepsAndDates) {
        String token = TestTokens.practitioner();
        for (int i = 0; i < stepsAndDates.length; i += 2) {
            step(token, id, stepsAndDates[i], stepsAndDates[i + 1]).then().statusCode(201);
        }
    }

    /** The standard route from enquiry to ADM approval, Stage 1 late by 14 days. */
    static void enquiryToApproval(String id) {
        steps(id,
                "ENQUIRY", "2023-01-09",
                "REGISTRATION_OF_INTEREST", "2023-01-16",
                "STAGE_1_STARTED", "2023-01-20",
                "STAGE_1_COMPLETED", "2023-04-03",
                "STAGE_2_STARTED", "2023-04-17",
                "STAGE_2_COMPLETED", "2023-08-10",
                "PANEL_RECOMMENDATION", "2023-09-07",
                "ADM_APPROVAL", "2023-09-14");
    }
}
