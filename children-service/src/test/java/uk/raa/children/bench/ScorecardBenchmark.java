package uk.raa.children.bench;

import static io.restassured.RestAssured.given;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import uk.raa.common.testing.TestTokens;

/**
 * The scorecard benchmark (docs/benchmarks.md, "Scorecard"): the full scorecard over the data the import benchmark
 * loaded (150 authorities), as one agency-wide {@code GET /scorecard?period=Y} by a manager whose agency has every
 * authority as a member, timed against one hand-written SQL statement ({@code bench/scorecard-a1-a2-a3.sql}) that
 * computes A1, A2 and A3 for all authorities and all periods, in the same run and the same scope (row-level
 * security applies to both). The SQL figures are checked against the service's for the period asked. Not part of
 * the test run: {@code deploy/bench/scorecard.sh} runs it with {@code -Dbench=true}. Results go to the console and to
 * {@code target/bench/scorecard.txt}; the EXPLAIN ANALYZE to {@code target/bench/scorecard-explain.txt}.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@EnabledIfSystemProperty(named = "bench", matches = "true")
class ScorecardBenchmark {

    private static final String AGENCY = "england";
    private static final int RUNS = 5;

    @Inject
    AgroalDataSource app;

    @Inject
    @DataSource("owner")
    AgroalDataSource owner;

    @Test
    void fullScorecardAgainstOneSqlStatement() throws Exception {
        Path dir = Path.of(System.getProperty("bench.ssda903.dir", "target/ssda903-national"));
        int year = Integer.getInteger("bench.period", 2025);
        List<String[]> authorities = Files.readAllLines(dir.resolve("authorities.csv"), StandardCharsets.UTF_8)
                .stream().skip(1).map(line -> line.split(",", 3)).toList();
        registerAgency(authorities);
        String token = TestTokens.base("bench.manager").claim("agency", AGENCY).groups(Set.of("manager")).sign();

        // warm up; the membership projection is cached for a minute, so wait until every authority has its row
        JsonPath report = null;
        for (int i = 0; i < 40; i++) {
            report = scorecard(token, year);
            if (report.getList("rows").size() == authorities.size() + 1) {
                break;
            }
            Thread.sleep(3000);
        }
        scorecard(token, year);
        double[] api = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            report = scorecard(token, year);
            api[i] = (System.nanoTime() - start) / 1e6;
        }

        String sql = resource("bench/scorecard-a1-a2-a3.sql");
        String scope = String.join(",", authorities.stream().map(a -> a[0]).toList());
        Map<String, Map<String, Object>> figures = runSql(sql, scope);
        double[] statement = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            figures = runSql(sql, scope);
            statement[i] = (System.nanoTime() - start) / 1e6;
        }
        String explain = explain(sql, scope);
        long[] counts = counts(scope);

        List<String> mismatches = compare(report, figures);
        Arrays.sort(api);
        Arrays.sort(statement);
        double apiMedian = api[RUNS / 2];
        double sqlMedian = statement[RUNS / 2];
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Scorecard: %d authorities, %d children, %d journey facts, %d adopted;"
                        + " period %d (1-year and 3-year), agency-wide, as JSON%n", authorities.size(), counts[0],
                counts[1], counts[2], year));
        out.append(String.format(Locale.ROOT, "  GET /scorecard (full, %d rows): median %.0f ms, min %.0f, max %.0f"
                + " (%d runs after warm-up)%n", report.getList("rows").size(), apiMedian, api[0], api[RUNS - 1], RUNS));
        out.append(String.format(Locale.ROOT, "  one SQL statement, A1/A2/A3 for all authorities and all periods (%d"
                + " rows): median %.0f ms, min %.0f, max %.0f%n", figures.size(), sqlMedian, statement[0],
                statement[RUNS - 1]));
        out.append(String.format(Locale.ROOT, "  ratio service / SQL: %.2f (target <= 3); under 2 s: %s%n",
                apiMedian / sqlMedian, apiMedian < 2000 ? "yes" : "NO"));
        out.append(String.format(Locale.ROOT, "  figures compared with the SQL (A1, A2 means and counts, A3 counts "
                + "where shown, %d authorities x 2 periods): %d mismatches%n", authorities.size(), mismatches.size()));
        mismatches.stream().limit(20).forEach(m -> out.append("    ").append(m).append('\n'));
        out.append("  missing: ").append(report.getList("missing")).append('\n');
        System.out.print(out);
        Path target = Path.of("target", "bench");
        Files.createDirectories(target);
        Files.writeString(target.resolve("scorecard.txt"), out.toString(), StandardCharsets.UTF_8);
        Files.writeString(target.resolve("scorecard-explain.txt"), explain, StandardCharsets.UTF_8);
    }

    private static JsonPath scorecard(String token, int year) {
        return given().auth().oauth2(token).queryParam("period", year).when().get("/api/children/scorecard")
                .then().statusCode(200).extract().jsonPath();
    }

    /** A benchmark agency with every authority of the set as a member (the membership projection is reference data). */
    private void registerAgency(List<String[]> authorities) throws SQLException {
        try (Connection c = owner.getConnection();
             PreparedStatement member = c.prepareStatement("insert into membership (agency, authority, member_from)"
                     + " values (?, ?, date '2000-04-01') on conflict do nothing");
             PreparedStatement names = c.prepareStatement("insert into scorecard_authority (code, la_number, name)"
                     + " values (?, ?, ?) on conflict do nothing")) {
            for (String[] a : authorities) {
                member.setString(1, AGENCY);
                member.setString(2, a[0]);
                member.addBatch();
                names.setString(1, a[0]);
                names.setString(2, a[1]);
                names.setString(3, a[2]);
                names.addBatch();
            }
            member.executeBatch();
            names.executeBatch();
        }
    }

    private Map<String, Map<String, Object>> runSql(String sql, String scope) throws SQLException {
        Map<String, Map<String, Object>> out = new HashMap<>();
        try (Connection c = app.getConnection()) {
            c.setAutoCommit(false);
            setScope(c, scope);
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Map<String, Object> row = new HashMap<>();
                    for (int i = 1; i <= columns; i++) {
                        row.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
                    }
                    out.put(rs.getString("authority") + " " + rs.getString("period"), row);
                }
            }
            c.commit();
        }
        return out;
    }

    private String explain(String sql, String scope) throws SQLException {
        StringBuilder out = new StringBuilder();
        try (Connection c = app.getConnection()) {
            c.setAutoCommit(false);
            setScope(c, scope);
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("explain (analyze, buffers) " + sql)) {
                while (rs.next()) {
                    out.append(rs.getString(1)).append('\n');
                }
            }
            c.commit();
        }
        return out.toString();
    }

    private long[] counts(String scope) throws SQLException {
        try (Connection c = app.getConnection()) {
            c.setAutoCommit(false);
            setScope(c, scope);
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select (select count(*) from child),"
                    + " (select count(*) from journey_fact), (select count(*) from journey_fact where type ="
                    + " 'ADOPTION_ORDER')")) {
                rs.next();
                long[] out = {rs.getLong(1), rs.getLong(2), rs.getLong(3)};
                c.commit();
                return out;
            }
        }
    }

    private static void setScope(Connection c, String scope) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("select set_config('app.authorities', ?, true),"
                + " set_config('app.agency', ?, true), set_config('app.staff_agency', ?, true),"
                + " set_config('app.actor', 'bench', true)")) {
            p.setString(1, scope);
            p.setString(2, AGENCY);
            p.setString(3, AGENCY);
            p.executeQuery().close();
        }
    }

    private static List<String> compare(JsonPath report, Map<String, Map<String, Object>> sql) {
        List<String> out = new ArrayList<>();
        List<Map<String, Object>> rows = report.getList("rows");
        for (int i = 0; i < rows.size(); i++) {
            if (!"AUTHORITY".equals(rows.get(i).get("scope"))) {
                continue;
            }
            String code = (String) rows.get(i).get("code");
            for (String length : List.of("oneYear", "threeYear")) {
                String base = "rows[" + i + "]." + length;
                String period = report.getString(base + ".period");
                Map<String, Object> s = sql.getOrDefault(code + " " + period, Map.of());
                check(out, code, period, "A1 children", report.get(base + ".a1.children"), s.get("a1_children"));
                check(out, code, period, "A1 mean", report.get(base + ".a1.meanDays"), s.get("a1_mean_days"));
                check(out, code, period, "A2 children", report.get(base + ".a2.children"), s.get("a2_children"));
                check(out, code, period, "A2 mean", report.get(base + ".a2.meanDays"), s.get("a2_mean_days"));
                if ("SHOWN".equals(report.getString(base + ".a3.status"))) {
                    check(out, code, period, "A3 within", report.get(base + ".a3.withinThreshold"),
                            s.get("a3_within"));
                }
            }
        }
        return out;
    }

    private static void check(List<String> out, String code, String period, String what, Object service,
                              Object sql) {
        boolean serviceEmpty = service == null || (service instanceof Number n && n.longValue() == 0
                && what.endsWith("children"));
        boolean sqlEmpty = sql == null;
        if (serviceEmpty && sqlEmpty) {
            return;
        }
        Long a = service == null ? null : ((Number) service).longValue();
        Long b = sql == null ? null : ((Number) sql).longValue();
        if (!Objects.equals(a, b)) {
            out.add(code + " " + period + " " + what + ": service " + a + ", SQL " + b);
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ScorecardBenchmark.class.getClassLoader().getResourceAsStream(name)) {
            return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
