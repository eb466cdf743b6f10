package uk.raa.children.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.raa.children.domain.ssda903.Ssda903TestFiles;
import uk.raa.common.testing.TestTokens;

/** SSDA903 imports through the API, against the real database and the shared synthetic files. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class ImportResourceTests {

    static final String HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n";
    static final String EPISODES =
            "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n";

    /** The synthetic SSDA903 files kept with the tests (src/test/resources/ssda903-fake). */
    static Path fakeData() {
        return Ssda903TestFiles.fakeDataDirectory();
    }

    static JsonPath waitForJob(String token, String jobId) throws InterruptedException {
        for (int i = 0; i < 1200; i++) {
            JsonPath job = given().auth().oauth2(token).when().get("/api/children/imports/" + jobId)
                    .then().statusCode(200).extract().jsonPath();
            String status = job.getString("status");
            if (status.equals("DONE") || status.equals("FAILED")) {
                return job;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("import job did not finish in 10 minutes");
    }

    static String submit(RequestSpecification request) {
        return request.when().post("/api/children/imports").then().statusCode(202)
                .header("Location", org.hamcrest.Matchers.containsString("/api/children/imports/"))
                .body("status", equalTo("QUEUED")).extract().path("id");
    }

    @Test
    void aCaseSystemLoadsAChildFromCsvCorrectsAMilestoneAndSeesTheHistory() throws Exception {
        String coventry = TestTokens.caseSystem("coventry");
        String ref = "IMP" + UUID.randomUUID().toString().substring(0, 8);
        String header = HEADER + ref + ",1,15/03/2015,WBRI,,,\n";
        String episodes = EPISODES + ref + ",10/01/2018,S,E1,N1,U3,PR1,,,,,,\n";
        String job = submit(given().auth().oauth2(coventry).multiPart("collectionYear", "2018/19")
                .multiPart("header", "header.csv", header.getBytes(StandardCharsets.UTF_8), "text/csv")
                .multiPart("episodes", "episodes.csv", episodes.getBytes(StandardCharsets.UTF_8), "text/csv"));
        JsonPath done = waitForJob(coventry, job);
        assertEquals("DONE", done.getString("status"));
        assertEquals(1, done.getInt("childrenApplied"));
        assertEquals(100, done.getInt("percentDone"));
        String childId = given().auth().oauth2(coventry).queryParam("size", 500).when().get("/api/children")
                .then().statusCode(200).extract().jsonPath()
                .getString("items.find { it.childReference == '" + ref + "' }.id");
        JsonPath journey = given().auth().oauth2(coventry).when().get("/api/children/" + childId + "/journey")
                .then().statusCode(200).body("derived.enteredCare", equalTo("2018-01-10"))
                .body("derived.firstPlacementOrder", equalTo("2018-01-10"))
                .extract().jsonPath();
        String entered = journey.getString("facts.find { it.type == 'ENTERED_CARE' }.id");
        assertEquals("IMPORT", journey.getString("facts.find { it.type == 'ENTERED_CARE' }.source"));
        given().auth().oauth2(coventry).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"type\":\"ENTERED_CARE\",\"date\":\"2018-01-09\",\"reason\":\"Care order date checked\"}")
                .when().put("/api/children/" + childId + "/milestones/" + entered)
                .then().statusCode(200).body("milestone.source", equalTo("SYSTEM"));
        given().auth().oauth2(coventry).when().get("/api/children/" + childId + "/journey/history")
                .then().statusCode(200)
                .body("items.change", hasItem("IMPORTED"))
                .body("items.change", hasItem("CORRECTED"))
                .body("items.find { it.change == 'CORRECTED' }.oldValue.date", equalTo("2018-01-10"))
                .body("items.find { it.change == 'CORRECTED' }.reason", equalTo("Care order date checked"));
        // a re-import keeps the system's date and reports the difference; nothing else changes
        String again = submit(given().auth().oauth2(coventry).multiPart("collectionYear", "2018/19")
                .multiPart("header", "header.csv", header.getBytes(StandardCharsets.UTF_8), "text/csv")
                .multiPart("episodes", "episodes.csv", episodes.getBytes(StandardCharsets.UTF_8), "text/csv"));
        JsonPath second = waitForJob(coventry, again);
        assertEquals("DONE", second.getString("status"));
        given().auth().oauth2(coventry).when().get("/api/children/" + childId + "/journey")
                .then().body("facts.find { it.type == 'ENTERED_CARE' }.date", equalTo("2018-01-09"));

        // Solihull sees none of it; an ACE practitioner does
        given().auth().oauth2(TestTokens.caseSystem("solihull")).when().get("/api/children/imports/" + job)
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.caseSystem("solihull")).when().get("/api/children/imports/" + job + "/findings")
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.caseSystem("solihull")).when().get("/api/children/" + childId + "/journey")
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.practitioner()).when().get("/api/children/imports/" + job)
                .then().statusCode(200);
    }

    @Test
    void everySyntheticFileImportsWithAFindingsReportAndAReImportChangesNothing() throws Exception {
        String token = TestTokens.caseSystem("worcestershire");
        Path dir = fakeData();
        String csv = submit(given().auth().oauth2(token).multiPart("collectionYear", "2019/20")
                .multiPart("header", dir.resolve("header.csv").toFile(), "text/csv")
                .multiPart("episodes", dir.resolve("episodes.csv").toFile(), "text/csv")
                .multiPart("ad1", dir.resolve("ad1.csv").toFile(), "text/csv")
                .multiPart("placedAdoption", dir.resolve("placed_for_adoption.csv").toFile(), "text/csv"));
        JsonPath done = waitForJob(token, csv);
        assertEquals("DONE", done.getString("status"), done.prettify());
        assertEquals(2675, done.getInt("childrenTotal"));
        assertEquals(2675, done.getInt("childrenDone"));
        assertTrue(done.getLong("rowsRead") >= 2675 + 5050 + 29 + 29, "every row read");
        assertEquals(2675, done.getInt("childrenApplied") + done.getInt("childrenUnchanged")
                + done.getInt("childrenRejected"));
        given().auth().oauth2(token).queryParam("severity", "ERROR").queryParam("size", 500)
                .when().get("/api/children/imports/" + csv + "/findings")
                .then().statusCode(200)
                .body("totalItems", greaterThan(0))
                .body("items.rule", hasItem("unknown-code"))
                .body("items[0].table", notNullValue())
                .body("items[0].row", notNullValue());

        String errors = submit(given().auth().oauth2(token).multiPart("collectionYear", "2019/20")
                .multiPart("header", dir.resolve("header.csv").toFile(), "text/csv")
                .multiPart("placedAdoption", dir.resolve("placed_for_adoption_errors.csv").toFile(), "text/csv"));
        JsonPath errorsDone = waitForJob(token, errors);
        assertEquals("DONE", errorsDone.getString("status"));
        given().auth().oauth2(token).queryParam("size", 500).when().get("/api/children/imports/" + errors + "/findings")
                .then().statusCode(200).body("items.rule", hasItem("duplicate-child"));

        for (int round = 0; round < 2; round++) {
            String xml = submit(given().auth().oauth2(token).multiPart("collectionYear", "2019/20")
                    .multiPart("xml", dir.resolve("fake_903.xml").toFile(), "application/xml"));
            JsonPath xmlDone = waitForJob(token, xml);
            assertEquals("DONE", xmlDone.getString("status"), xmlDone.prettify());
            assertTrue(xmlDone.getInt("childrenTotal") > 0);
            if (round == 1) {
                assertEquals(0, xmlDone.getInt("childrenApplied"), "re-importing the same file changes nothing");
            }
        }
    }

    @Test
    void badUploadsAreRejectedWithProblems() {
        String token = TestTokens.caseSystem("coventry");
        given().auth().oauth2(token).multiPart("collectionYear", "2019/20")
                .when().post("/api/children/imports")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("files"));
        given().auth().oauth2(token).multiPart("collectionYear", "2019/21")
                .multiPart("header", "header.csv", HEADER.getBytes(StandardCharsets.UTF_8), "text/csv")
                .when().post("/api/children/imports")
                .then().statusCode(400).body("violations[0].field", equalTo("collectionYear"));
        given().auth().oauth2(TestTokens.practitioner()).multiPart("collectionYear", "2019/20")
                .multiPart("header", "header.csv", HEADER.getBytes(StandardCharsets.UTF_8), "text/csv")
                .when().post("/api/children/imports")
                .then().statusCode(403);
        given().auth().oauth2(token).when().get("/api/children/imports/" + UUID.randomUUID()).then().statusCode(404);
    }
}
