package uk.raa.matching.bench;

import static io.restassured.RestAssured.given;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import uk.raa.common.testing.TestTokens;
import uk.raa.matching.domain.search.RankingBenchmark;

/**
 * The search path end to end: POST /searches/households over HTTP with a signed token, row-level security, the
 * projections in PostgreSQL, ranking and the audit row, against N generated waiting households. Also runs the
 * in-process {@link RankingBenchmark}. Not part of the test run: {@code deploy/bench/matching.sh} runs it with
 * {@code -Dbench=true}; the numbers go to the console and to {@code target/bench/matching.txt}.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@EnabledIfSystemProperty(named = "bench", matches = "true")
class SearchPathBenchmark {

    private static final String PREFIX = "BENCH-";
    private static final int WARM_UP = 20;
    private static final int RUNS = 100;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void searchPathLatency() throws Exception {
        int households = Integer.getInteger("bench.households", 2000);
        StringBuilder report = new StringBuilder();
        report.append(captured(() -> RankingBenchmark.main(new String[0])));
        removeBenchHouseholds();
        try {
            seed(households);
            UUID group = UUID.randomUUID();
            UUID one = putChild(null, "2022-03-10");
            UUID[] three = {putChild(group, "2019-11-02"), putChild(group, "2021-05-20"), putChild(group, "2023-02-14")};
            report.append(measure("http one child", households, "[\"" + one + "\"]"));
            report.append(measure("http sibling group of 3", households, "[\"" + three[0] + "\",\"" + three[1]
                    + "\",\"" + three[2] + "\"]"));
        } finally {
            removeBenchHouseholds();
        }
        System.out.print(report);
        Path out = Path.of("target", "bench", "matching.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString(), StandardCharsets.UTF_8);
    }

    private String measure(String label, int households, String childIds) {
        String body = "{\"childIds\":" + childIds + ",\"asAt\":\"2025-01-01\"}";
        String token = TestTokens.practitioner();
        for (int i = 0; i < WARM_UP; i++) {
            search(token, body);
        }
        long[] nanos = new long[RUNS];
        int ranked = 0;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            ranked = search(token, body);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return String.format("%-24s households>=%d ranked=%d runs=%d p50=%.1f ms p95=%.1f ms max=%.1f ms%n", label,
                households, ranked, RUNS, pct(nanos, 50) / 1e6, pct(nanos, 95) / 1e6, nanos[RUNS - 1] / 1e6);
    }

    private static int search(String token, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/matching/searches/households")
                .then().statusCode(200).extract().path("ranked.size()");
    }

    private static UUID putChild(UUID group, String born) {
        UUID id = UUID.randomUUID();
        given().auth().oauth2(TestTokens.manager()).contentType(ContentType.JSON).body("""
                {"authority":"coventry","dateOfBirth":"%s","sex":"MALE","ethnicity":"WBRI","disability":false,
                 "needs":{"HEALTH":"LOW","DEVELOPMENT":"LOW","BEHAVIOUR":"NONE","EDUCATION":"NONE"},
                 "siblingGroupId":%s,"excludedAreas":[],"available":true,"availableSince":"2024-06-01",
                 "earlyPermanenceWanted":false}
                """.formatted(born, group == null ? "null" : "\"" + group + "\""))
                .when().put("/api/matching/projections/children/" + id).then().statusCode(201);
        return id;
    }

    /** Waiting households with a spread of offers, written straight to the projection as agency staff. */
    private void seed(int count) throws SQLException {
        String[] levels = {"NONE", "LOW", "MEDIUM", "HIGH"};
        String[] areas = {"coventry", "solihull", "warwickshire", "worcestershire", "herefordshire", "OUTSIDE_AGENCY"};
        Random random = new Random(20250101L);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            staff(c);
            try (PreparedStatement ps = c.prepareStatement("insert into household_profile (household_id, agency,"
                    + " reference, number_of_adopters, area_of_residence, recruiting_agency, recruiting_agency_type,"
                    + " children_capacity, min_age_years, max_age_years, sibling_groups_accepted, accept_health,"
                    + " accept_development, accept_behaviour, accept_education, excluded_areas,"
                    + " early_permanence_willing, approval_date, status) values (?::uuid, 'ace', ?, ?, ?, 'ace',"
                    + " 'REGIONAL_ADOPTION_AGENCY', ?, ?, ?, ?, ?, ?, ?, ?, '{}', ?, date '2023-01-01' + ?,"
                    + " 'APPROVED_WAITING')")) {
                for (int i = 0; i < count; i++) {
                    int capacity = 1 + random.nextInt(3);
                    int min = random.nextInt(5);
                    ps.setString(1, UUID.randomUUID().toString());
                    ps.setString(2, PREFIX + i);
                    ps.setInt(3, 1 + random.nextInt(2));
                    ps.setString(4, areas[random.nextInt(areas.length)]);
                    ps.setInt(5, capacity);
                    ps.setInt(6, min);
                    ps.setInt(7, min + random.nextInt(8));
                    ps.setBoolean(8, capacity > 1 && random.nextBoolean());
                    for (int a = 0; a < 4; a++) {
                        ps.setString(9 + a, levels[random.nextInt(levels.length)]);
                    }
                    ps.setBoolean(13, random.nextBoolean());
                    ps.setInt(14, random.nextInt(700));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            c.commit();
        }
    }

    private void removeBenchHouseholds() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            staff(c);
            try (PreparedStatement ps = c.prepareStatement("delete from household_profile where reference like ?"
                    + " and not exists (select 1 from adoption_match m where m.household_id ="
                    + " household_profile.household_id)")) {
                ps.setString(1, PREFIX + "%");
                ps.executeUpdate();
            }
            c.commit();
        }
    }

    private static void staff(Connection c) throws SQLException {
        c.createStatement().execute("select set_config('app.staff_agency', 'ace', true),"
                + " set_config('app.agency', 'ace', true)");
    }

    private static double pct(long[] sorted, int p) {
        return sorted[Math.max(0, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static String captured(Runnable work) {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            work.run();
        } finally {
            System.setOut(original);
        }
        return "in-process " + buffer.toString(StandardCharsets.UTF_8).replace("\n", "\nin-process ")
                .replaceAll("in-process $", "");
    }
}
