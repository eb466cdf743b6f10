package uk.raa.finance;

import static io.restassured.RestAssured.given;

import io.agroal.api.AgroalDataSource;
import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.raa.common.testing.TestTokens;

/**
 * Test fixtures that read like the story: the ACE founders' 2018/19 baselines are the domain tests' figures
 * (finance-rules.md), so every expected amount is already worked by hand there.
 */
public final class FinanceTestData {

    /** Every finance table, for the "nothing saved" check. */
    public static final List<String> TABLES = List.of("agency", "partnership_membership", "membership_variation",
            "variation_consent", "baseline", "agreement_terms", "board_decision", "grant_allocation", "closed_year",
            "adjustment", "fee_rate", "fee_ledger_entry", "membership", "outbox_sequence");

    private FinanceTestData() {
    }

    /** A manager of another agency: sees none of ACE's records. */
    public static String otherAgencyManager() {
        return TestTokens.base("wmids.manager").claim("agency", "wmids")
                .groups(Set.of("manager", "finance", "practitioner")).sign();
    }

    /**
     * Back to the migrations' state: the four founders from 2018-02-01 and the default fee schedule. Runs as the
     * owner role (the app role may not delete closed years) with the agency scope set, since RLS is forced.
     */
    public static void reset(AgroalDataSource owner) {
        try (Connection c = owner.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("select set_config('app.agency', 'ace', true)");
                for (String table : List.of("variation_consent", "membership_variation", "baseline", "agreement_terms",
                        "board_decision", "grant_allocation", "closed_year", "adjustment", "fee_ledger_entry",
                        "outbox_event", "outbox_sequence")) {
                    s.executeUpdate("delete from " + table);
                }
                String founders = "('coventry', 'solihull', 'warwickshire', 'worcestershire')";
                s.executeUpdate("delete from partnership_membership where authority not in " + founders);
                s.executeUpdate("update partnership_membership set to_date = null");
                // The projection every request's scope comes from (common's membership table).
                s.executeUpdate("delete from membership where authority not in " + founders);
                s.executeUpdate("update membership set member_to = null");
                s.executeUpdate("delete from fee_rate where id::text not like '00000000-0000-4000-9000-%'");
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fingerprint of every row of every finance table, to prove an operation wrote nothing. */
    public static Map<String, String> fingerprint(AgroalDataSource owner) {
        Map<String, String> result = new LinkedHashMap<>();
        try (Connection c = owner.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("select set_config('app.agency', 'ace', true)");
                // The relay may mark events sent meanwhile; what matters is which events exist.
                try (ResultSet rs = s.executeQuery("select count(*) || ':' || coalesce(md5(string_agg(event_id::text,"
                        + " '|' order by event_id)), '') from outbox_event")) {
                    rs.next();
                    result.put("outbox_event", rs.getString(1));
                }
                for (String table : TABLES) {
                    try (ResultSet rs = s.executeQuery("select count(*) || ':' || coalesce(md5(string_agg(t::text, '|'"
                            + " order by t::text)), '') from " + table + " t")) {
                        rs.next();
                        result.put(table, rs.getString(1));
                    }
                }
            }
            c.rollback();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return result;
    }

    public static long count(AgroalDataSource owner, String sql) {
        try (Connection c = owner.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("select set_config('app.agency', 'ace', true)");
                try (ResultSet rs = s.executeQuery(sql)) {
                    rs.next();
                    return rs.getLong(1);
                }
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String baseline(String spend, int adoptions) {
        return "{\"inScopeSpend\":" + spend + ",\"adoptions\":" + adoptions + "}";
    }

    /** Enters the founders' 2018/19 baselines (coventry £1.2m/40, solihull £0.6m/15, warwickshire £0.9m/30, worcestershire £0.8m/25). */
    public static void founderBaselines2018() {
        putBaseline(2018, "coventry", "1200000", 40);
        putBaseline(2018, "solihull", "600000", 15);
        putBaseline(2018, "warwickshire", "900000", 30);
        putBaseline(2018, "worcestershire", "800000", 25);
    }

    public static void putBaseline(int year, String authority, String spend, int adoptions) {
        given().auth().oauth2(TestTokens.finance()).contentType(ContentType.JSON).body(baseline(spend, adoptions))
                .when().put("/api/finance/baselines/" + year + "/" + authority)
                .then().statusCode(201);
    }

    /** Proposes Herefordshire joining on 1 July 2019 and has all four founders consent. Returns the deed's id. */
    public static String herefordshireJoins() {
        String id = given().auth().oauth2(TestTokens.manager()).contentType(ContentType.JSON)
                .body("{\"kind\":\"JOIN\",\"authority\":\"herefordshire\",\"effectiveDate\":\"2019-07-01\"}")
                .when().post("/api/finance/partnership/variations")
                .then().statusCode(201).extract().path("id");
        for (String founder : List.of("coventry", "solihull", "warwickshire", "worcestershire")) {
            given().auth().oauth2(TestTokens.councilStaff(founder)).contentType(ContentType.JSON).body("{}")
                    .when().post("/api/finance/partnership/variations/" + id + "/consents")
                    .then().statusCode(200);
        }
        return id;
    }
}
