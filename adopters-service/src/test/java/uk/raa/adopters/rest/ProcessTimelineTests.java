package uk.raa.adopters.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static uk.raa.adopters.rest.Households.BASE;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.raa.common.testing.TestTokens;

/** The two-stage process through the API: steps, state as at a date, statutory timescales and late flags. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class ProcessTimelineTests {

    @Test
    void aPractitionerTakesAHouseholdFromEnquiryToApprovalWithTimescalesTrackedAndALateStageFlagged() {
        String token = TestTokens.practitioner();
        String id = Households.create(Households.area());

        Households.step(token, id, "ENQUIRY", "2023-01-09").then().statusCode(201)
                .body("currentState", equalTo("ENQUIRY"));
        // Registration received Monday 16 Jan 2023: 5 working days are 17, 18, 19, 20, 23 Jan -> due 23 Jan.
        Households.step(token, id, "REGISTRATION_OF_INTEREST", "2023-01-16").then().statusCode(201)
                .body("timescales[0].timescale", equalTo("REGISTRATION_DECISION"))
                .body("timescales[0].dueDate", equalTo("2023-01-23"));
        Households.step(token, id, "STAGE_1_STARTED", "2023-01-20").then().statusCode(201);
        // Stage 1 due 20 Jan + 2 months = 20 Mar; completed 3 Apr: 11 days to 31 Mar + 3 = 14 days late.
        Households.step(token, id, "STAGE_1_COMPLETED", "2023-04-03").then().statusCode(201);
        Households.step(token, id, "STAGE_2_STARTED", "2023-04-17").then().statusCode(201);
        Households.step(token, id, "STAGE_2_COMPLETED", "2023-08-10").then().statusCode(201);
        Households.step(token, id, "PANEL_RECOMMENDATION", "2023-09-07").then().statusCode(201);
        Households.step(token, id, "ADM_APPROVAL", "2023-09-14").then().statusCode(201)
                .header("ETag", "\"8\"")
                .body("currentState", equalTo("ADM_APPROVAL"));

        given().auth().oauth2(token).when().get(BASE + "/" + id + "/timeline")
                .then().statusCode(200)
                .body("asAt", equalTo(LocalDate.now().toString()))
                .body("stateAsAt", equalTo("ADM_APPROVAL"))
                .body("stateSince", equalTo("2023-09-14"))
                .body("steps", hasSize(8))
                .body("steps[0].step", equalTo("ENQUIRY"))
                .body("steps[7].sequence", equalTo(8))
                .body("timescales", hasSize(4))
                .body("timescales.status", equalTo(java.util.List.of("MET", "MISSED", "MET", "MET")))
                // Stage 2 start window: 3 Apr + 6 months = 3 Oct; Stage 2: 17 Apr + 4 months = 17 Aug.
                .body("timescales[2].dueDate", equalTo("2023-10-03"))
                .body("timescales[3].dueDate", equalTo("2023-08-17"))
                .body("flags", hasSize(1))
                .body("flags[0].timescale", equalTo("STAGE_1"))
                .body("flags[0].dueDate", equalTo("2023-03-20"))
                .body("flags[0].closedOn", equalTo("2023-04-03"))
                .body("flags[0].daysOver", equalTo(14));
        given().auth().oauth2(token).when().get(BASE + "/" + id)
                .then().statusCode(200)
                .body("state", equalTo("ADM_APPROVAL"))
                .body("approvedOn", equalTo("2023-09-14"));
    }

    @Test
    void theTimelineAsAtAPastDateShowsTheStateAndTheOpenOverrunThen() {
        String token = TestTokens.practitioner();
        String id = Households.create(Households.area());
        Households.enquiryToApproval(id);
        // As at 31 Mar 2023 Stage 1 (due 20 Mar) was still running: 11 days over, not closed.
        given().auth().oauth2(token).queryParam("asAt", "2023-03-31")
                .when().get(BASE + "/" + id + "/timeline")
                .then().statusCode(200)
                .body("stateAsAt", equalTo("STAGE_1_STARTED"))
                .body("stateSince", equalTo("2023-01-20"))
                .body("currentState", equalTo("ADM_APPROVAL"))
                .body("steps", hasSize(8))
                .body("steps[2].inEffectAsAt", equalTo(true))
                .body("steps[3].inEffectAsAt", equalTo(false))
                .body("timescales.status", equalTo(java.util.List.of("MET", "OVERDUE")))
                .body("flags", hasSize(1))
                .body("flags[0].closedOn", nullValue())
                .body("flags[0].daysOver", equalTo(11));
        // As at 18 Jan 2023 the registration decision (due 23 Jan) was still running and nothing was late.
        given().auth().oauth2(token).queryParam("asAt", "2023-01-18")
                .when().get(BASE + "/" + id + "/timeline")
                .then().statusCode(200)
                .body("stateAsAt", equalTo("REGISTRATION_OF_INTEREST"))
                .body("timescales.status", equalTo(java.util.List.of("RUNNING")))
                .body("flags", hasSize(0));
    }

    @Test
    void anInvalidTransitionIsAConflictNamingTheCurrentStateAndTheAttemptedStep() {
        String token = TestTokens.practitioner();
        String id = Households.create(Households.area());
        Households.steps(id, "ENQUIRY", "2023-01-09");
        Households.step(token, id, "ADM_APPROVAL", "2023-01-10")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("ENQUIRY"))
                .body("detail", containsString("ADM_APPROVAL"))
                .body("violations[0].field", equalTo("step"))
                .body("violations[0].rule", equalTo("invalid-transition"));
        // Skipping Stage 1 is only for the fast track.
        Households.steps(id, "REGISTRATION_OF_INTEREST", "2023-01-16");
        Households.step(token, id, "STAGE_2_STARTED", "2023-01-20")
                .then().statusCode(409).body("detail", containsString("REGISTRATION_OF_INTEREST"));
        given().auth().oauth2(token).when().get(BASE + "/" + id + "/timeline")
                .then().statusCode(200).body("steps", hasSize(2));
    }

    @Test
    void stepDatesAreValidated() {
        String token = TestTokens.practitioner();
        String id = Households.create(Households.area());
        Households.steps(id, "ENQUIRY", "2023-01-09");
        Households.step(token, id, "REGISTRATION_OF_INTEREST", "2023-01-08")
                .then().statusCode(422).contentType("application/problem+json")
                .body("violations[0].field", equalTo("date"))
                .body("violations[0].rule", equalTo("date-before-previous-step"));
        Households.step(token, id, "REGISTRATION_OF_INTEREST", LocalDate.now().plusDays(1).toString())
                .then().statusCode(422)
                .body("violations[0].rule", equalTo("date-in-future"));
        Households.step(token, id, "WITHDRAWN", "2023-02-01")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("reason"))
                .body("violations[0].rule", equalTo("reason-required"));
        Households.step(token, id, "REGISTRATION_OF_INTEREST", "2023-02-30")
                .then().statusCode(400).body("violations[0].field", equalTo("date"));
        Households.step(token, id, "WITHDRAWN", "2023-02-01", "CHANGE_OF_CIRCUMSTANCES")
                .then().statusCode(201).body("currentState", equalTo("WITHDRAWN"))
                .body("steps[1].reason", equalTo("CHANGE_OF_CIRCUMSTANCES"));
        Households.step(token, id, "ENQUIRY", "2023-03-01")
                .then().statusCode(409).body("detail", containsString("WITHDRAWN"));
    }

    @Test
    void aRetriedStepWithTheSameIdempotencyKeyIsRecordedOnce() {
        String token = TestTokens.practitioner();
        String id = Households.create(Households.area());
        String key = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(token).contentType(ContentType.JSON).header("Idempotency-Key", key)
                    .body("{\"step\":\"ENQUIRY\",\"date\":\"2023-01-09\"}")
                    .when().post(BASE + "/" + id + "/steps")
                    .then().statusCode(201).body("steps", hasSize(1));
        }
    }

    @Test
    void anotherAgencyCannotRecordStepsOrReadTheTimeline() {
        String id = Households.create(Households.area());
        String missing = UUID.randomUUID().toString();
        String north = Households.otherAgencyPractitioner();
        String body = Households.step(north, missing, "ENQUIRY", "2023-01-09").then().statusCode(404)
                .extract().body().asString();
        Households.step(north, id, "ENQUIRY", "2023-01-09").then().statusCode(404).body(equalTo(body));
        given().auth().oauth2(north).when().get(BASE + "/" + id + "/timeline").then().statusCode(404)
                .body(equalTo(body));
        given().auth().oauth2(TestTokens.practitioner()).when().get(BASE + "/" + id + "/timeline")
                .then().statusCode(200).body("steps", hasSize(0));
    }
}
