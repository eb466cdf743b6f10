package uk.raa.children.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.raa.common.testing.TestTokens;

/** Real concurrent HTTP writers holding the same ETag: exactly one wins, the rest get 412, nothing is lost. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class ConcurrentUpdateTests {

    @Test
    void concurrentWritersWithTheSameETagCannotLoseAnUpdate() throws Exception {
        String token = TestTokens.caseSystem("coventry");
        String id = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(ChildResourceTests.childJson("CONC-" + UUID.randomUUID().toString().substring(0, 8)))
                .when().post("/api/children").then().statusCode(201).extract().path("id");
        List<String> ethnicities = List.of("WBRI", "WIRI", "WOTH", "MWBC", "MWBA", "AIND", "APKN", "BCRB");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(ethnicities.size());
        List<Future<Map.Entry<String, Integer>>> results = new ArrayList<>();
        for (String ethnicity : ethnicities) {
            Callable<Map.Entry<String, Integer>> writer = () -> {
                start.await();
                int status = given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                        .body("{\"dateOfBirth\":\"2019-03-14\",\"sex\":\"FEMALE\",\"ethnicity\":\"" + ethnicity
                                + "\",\"disability\":false}")
                        .when().put("/api/children/" + id).statusCode();
                return Map.entry(ethnicity, status);
            };
            results.add(pool.submit(writer));
        }
        start.countDown();
        List<Map.Entry<String, Integer>> outcomes = new ArrayList<>();
        for (Future<Map.Entry<String, Integer>> f : results) {
            outcomes.add(f.get());
        }
        pool.shutdown();
        Map<Integer, Long> byStatus = outcomes.stream().collect(Collectors.groupingBy(Map.Entry::getValue,
                Collectors.counting()));
        assertEquals(1L, byStatus.getOrDefault(200, 0L), "exactly one writer wins: " + byStatus);
        assertEquals((long) ethnicities.size() - 1, byStatus.getOrDefault(412, 0L), "the others are told: " + byStatus);
        String winner = outcomes.stream().filter(e -> e.getValue() == 200).map(Map.Entry::getKey).findFirst().orElseThrow();
        given().auth().oauth2(token).when().get("/api/children/" + id).then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("ethnicity", org.hamcrest.Matchers.equalTo(winner));
    }
}
