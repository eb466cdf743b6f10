package uk.raa.children.bench;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.raa.children.bench.Ssda903Generator.Child;
import uk.raa.children.bench.Ssda903Generator.Result;
import uk.raa.common.testing.TestTokens;

/**
 * A slice of the generated data (one authority, ten collection years) through the real import path: upload,
 * queue, worker, merge with the journey already held, findings. Every return applies without an error finding and
 * an adopted child's journey carries the generator's dates.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class GeneratedReturnsImportTests {

    @Test
    void tenYearsOfGeneratedReturnsImportWithoutAnErrorFinding() throws Exception {
        Ssda903Generator.Authority herefordshire = Ssda903Generator.ACE.get(4);
        Ssda903Generator.Spec spec = new Ssda903Generator.Spec("slice", List.of(herefordshire), 250, 80, 2016, 10);
        Result result = Ssda903Generator.generate(spec, 2026);
        Path dir = Files.createTempDirectory("ssda903-slice");
        result.write(dir);
        String token = TestTokens.caseSystem(herefordshire.code());

        int applied = 0;
        for (String year : spec.collectionYears()) {
            Path files = dir.resolve(herefordshire.code()).resolve(year.replace('/', '-'));
            String job = given().auth().oauth2(token).multiPart("collectionYear", year)
                    .multiPart("header", files.resolve("header.csv").toFile(), "text/csv")
                    .multiPart("episodes", files.resolve("episodes.csv").toFile(), "text/csv")
                    .multiPart("ad1", files.resolve("ad1.csv").toFile(), "text/csv")
                    .multiPart("placedAdoption", files.resolve("placed_for_adoption.csv").toFile(), "text/csv")
                    .when().post("/api/children/imports").then().statusCode(202).extract().path("id");
            JsonPath done = waitForJob(token, job);
            assertEquals("DONE", done.getString("status"), year + ": " + done.prettify());
            assertEquals(0, done.getInt("errors"), year + ": " + done.getList("findings"));
            assertEquals(0, done.getInt("childrenRejected"), year);
            assertEquals(done.getInt("childrenTotal"), done.getInt("childrenDone"), year);
            applied += done.getInt("childrenApplied");
        }
        assertTrue(applied > 0, "children applied across the ten years");

        Child adopted = result.children().stream()
                .filter(c -> c.adoptionOrder() != null && !c.adoptionOrder().isAfter(spec.windowEnd())
                        && !c.adoptionOrder().isBefore(spec.windowStart()) && c.periods() == 1)
                .findFirst().orElseThrow();
        String id = childId(token, adopted.id());
        JsonPath journey = given().auth().oauth2(token).when().get("/api/children/" + id + "/journey")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(adopted.enteredCare().toString(), journey.getString("derived.enteredCare"));
        assertEquals(adopted.decision().toString(), journey.getString("derived.shouldBePlacedDecision"));
        assertEquals(adopted.placedForAdoption().toString(), journey.getString("derived.placedForAdoption"));
        assertEquals(adopted.adoptionOrder().toString(), journey.getString("derived.adoptionOrder"));
    }

    private static String childId(String token, String reference) {
        for (int page = 0; page < 20; page++) {
            JsonPath list = given().auth().oauth2(token).queryParam("size", 100).queryParam("page", page)
                    .when().get("/api/children").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = list.getList("items");
            for (Map<String, Object> item : items) {
                if (reference.equals(item.get("childReference"))) {
                    return (String) item.get("id");
                }
            }
            if (items.isEmpty()) {
                break;
            }
        }
        throw new AssertionError("child " + reference + " not found");
    }

    static JsonPath waitForJob(String token, String jobId) throws InterruptedException {
        for (int i = 0; i < 1200; i++) {
            JsonPath job = given().auth().oauth2(token).when().get("/api/children/imports/" + jobId)
                    .then().statusCode(200).extract().jsonPath();
            String status = job.getString("status");
            if (status.equals("DONE") || status.equals("FAILED")) {
                return job;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("import job did not finish in 5 minutes; " + LocalDate.now());
    }
}
