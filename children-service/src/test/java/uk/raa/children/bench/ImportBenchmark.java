package uk.raa.children.bench;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import uk.raa.common.events.OutboxRelay;
import uk.raa.common.testing.TestTokens;

/**
 * The SSDA903 import benchmark (docs/benchmarks.md, "SSDA903 import"): every generated return of every authority
 * and collection year, uploaded through {@code POST /imports} with the authority's case-system token and applied by
 * the service's own import worker, timed from the first upload to the last job finished. Not part of the test run:
 * {@code deploy/bench/import.sh} runs it with {@code -Dbench=true} in a JVM limited to {@code -Xmx512m}, against a
 * fresh database, with the scheduled outbox relay off; relaying the events the import wrote is timed afterwards,
 * separately. Results go to the console and to {@code target/bench/import.txt}.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@EnabledIfSystemProperty(named = "bench", matches = "true")
class ImportBenchmark {

    @Inject
    OutboxRelay relay;

    private record Upload(String authority, String year, String jobId, String token) {
    }

    @Test
    void importEveryReturnOfEveryAuthority() throws Exception {
        Path dir = Path.of(System.getProperty("bench.ssda903.dir", "target/ssda903-national"));
        int limit = Integer.getInteger("bench.authorities", Integer.MAX_VALUE);
        List<String> authorities = Files.readAllLines(dir.resolve("authorities.csv"), StandardCharsets.UTF_8).stream()
                .skip(1).map(line -> line.substring(0, line.indexOf(','))).limit(limit).toList();
        long bytes = 0;

        Instant start = Instant.now();
        long startNanos = System.nanoTime();
        List<Upload> uploads = new ArrayList<>();
        for (String authority : authorities) {
            String token = TestTokens.caseSystem(authority);
            try (var years = Files.list(dir.resolve(authority))) {
                for (Path files : years.sorted().toList()) {
                    String year = files.getFileName().toString().replace('-', '/');
                    for (String f : List.of("header.csv", "episodes.csv", "ad1.csv", "placed_for_adoption.csv")) {
                        bytes += Files.size(files.resolve(f));
                    }
                    String job = given().auth().oauth2(token).multiPart("collectionYear", year)
                            .multiPart("header", files.resolve("header.csv").toFile(), "text/csv")
                            .multiPart("episodes", files.resolve("episodes.csv").toFile(), "text/csv")
                            .multiPart("ad1", files.resolve("ad1.csv").toFile(), "text/csv")
                            .multiPart("placedAdoption", files.resolve("placed_for_adoption.csv").toFile(), "text/csv")
                            .when().post("/api/children/imports").then().statusCode(202).extract().path("id");
                    uploads.add(new Upload(authority, year, job, token));
                }
            }
        }
        double uploadSeconds = (System.nanoTime() - startNanos) / 1e9;
        // One worker takes jobs oldest first, so the last upload finishes last; every job is checked afterwards.
        Upload last = uploads.get(uploads.size() - 1);
        JsonPath lastJob = waitFor(last);
        double observedSeconds = (System.nanoTime() - startNanos) / 1e9;

        Map<String, Long> totals = new LinkedHashMap<>();
        Map<String, Long> statuses = new TreeMap<>();
        Instant lastFinished = Instant.parse(lastJob.getString("finishedAt"));
        Instant firstStarted = null;
        for (Upload u : uploads) {
            JsonPath job = waitFor(u);
            statuses.merge(job.getString("status"), 1L, Long::sum);
            for (String counter : List.of("rowsRead", "childrenTotal", "childrenApplied", "childrenUnchanged",
                    "childrenRejected", "errors", "warnings")) {
                totals.merge(counter, job.getLong(counter), Long::sum);
            }
            Instant finished = Instant.parse(job.getString("finishedAt"));
            Instant started = Instant.parse(job.getString("startedAt"));
            lastFinished = finished.isAfter(lastFinished) ? finished : lastFinished;
            firstStarted = firstStarted == null || started.isBefore(firstStarted) ? started : firstStarted;
        }
        double importSeconds = Duration.between(start, lastFinished).toMillis() / 1000.0;

        long peakHeap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peakHeap += pool.getPeakUsage().getUsed();
            }
        }
        long relayStart = System.nanoTime();
        int relayed = relay.relayNow();
        double relaySeconds = (System.nanoTime() - relayStart) / 1e9;

        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "SSDA903 import: %d authorities, %d returns (jobs), %.1f MB of CSV from %s%n",
                authorities.size(), uploads.size(), bytes / 1e6, dir));
        report.append(String.format(Locale.ROOT, "  end to end (first upload to last job finished): %.1f s%n", importSeconds));
        report.append(String.format(Locale.ROOT, "  uploads done after: %.1f s; last job seen done after %.1f s "
                + "(polling)%n", uploadSeconds, observedSeconds));
        report.append(String.format(Locale.ROOT, "  jobs: %s; %s%n", statuses, totals));
        report.append(String.format(Locale.ROOT, "  child-returns applied per second: %.0f; rows per second: %.0f%n",
                totals.get("childrenTotal") / importSeconds, totals.get("rowsRead") / importSeconds));
        report.append(String.format(Locale.ROOT, "  heap: max %d MB, peak used %d MB%n",
                Runtime.getRuntime().maxMemory() >> 20, peakHeap >> 20));
        report.append(String.format(Locale.ROOT, "  event relay afterwards (separately): %d events in %.1f s (%.0f/s)%n",
                relayed, relaySeconds, relayed / Math.max(relaySeconds, 0.001)));
        System.out.print(report);
        Path out = Path.of("target", "bench", "import.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString(), StandardCharsets.UTF_8);
    }

    private static JsonPath waitFor(Upload u) throws InterruptedException, IOException {
        while (true) {
            // a fresh token each time: a long run outlives the ten-minute test tokens
            JsonPath job = given().auth().oauth2(TestTokens.caseSystem(u.authority())).when().get("/api/children/imports/" + u.jobId())
                    .then().statusCode(200).extract().jsonPath();
            String status = job.getString("status");
            if (status.equals("DONE") || status.equals("FAILED")) {
                return job;
            }
            Thread.sleep(500);
        }
    }
}
