package uk.raa.adopters.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The database wall on its own: plain SQL as the service's role, no application filter. Households belong to the
 * agency; a council sees a household row only through an active match link, and never the restricted tables.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class RowLevelSecurityTests {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theServiceRoleIsNeitherOwnerNorSuperuserNorBypassesRls() throws SQLException {
        try (Connection c = dataSource.getConnection();
                ResultSet rs = c.createStatement().executeQuery("select r.rolsuper, r.rolbypassrls,"
                        + " (select tableowner from pg_tables where tablename = 'household') = current_user"
                        + " from pg_roles r where r.rolname = current_user")) {
            rs.next();
            assertFalse(rs.getBoolean(1), "superuser");
            assertFalse(rs.getBoolean(2), "bypassrls");
            assertFalse(rs.getBoolean(3), "owns the household table");
        }
    }

    @Test
    void agencyStaffSeeTheirAgencyOnly() throws SQLException {
        String ace = insertHousehold("ace");
        String north = insertHousehold("north");
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            scope(c, "ace", "coventry,solihull", true);
            assertEquals(1, count(c, "select count(*) from household where id = '" + ace + "'"));
            assertEquals(0, count(c, "select count(*) from household where id = '" + north + "'"));
            assertEquals(0, count(c, "select count(*) from household where agency <> 'ace'"));
            assertEquals(0, count(c, "select count(*) from adopter where agency <> 'ace'"));
            assertEquals(1, count(c, "select count(*) from adopter where household_id = '" + ace + "'"));
            c.rollback();
        }
    }

    @Test
    void aCouncilSeesOnlyLinkedHouseholdsAndNeverTheRestrictedTables() throws SQLException {
        String linked = insertHousehold("ace");
        String unlinked = insertHousehold("ace");
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            scope(c, "ace", "coventry,solihull", true);
            try (PreparedStatement ps = c.prepareStatement("insert into household_match_link (household_id, authority,"
                    + " match_id, agency, active) values (?::uuid, 'coventry', ?::uuid, 'ace', true)")) {
                ps.setString(1, linked);
                ps.setString(2, UUID.randomUUID().toString());
                ps.executeUpdate();
            }
            c.commit();
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            scope(c, "ace", "coventry", false);
            assertEquals(1, count(c, "select count(*) from household where id = '" + linked + "'"));
            assertEquals(0, count(c, "select count(*) from household where id = '" + unlinked + "'"));
            assertEquals(0, count(c, "select count(*) from adopter where household_id = '" + linked + "'"));
            assertEquals(0, count(c, "select count(*) from adopter"));
            assertEquals(0, count(c, "select count(*) from household_process_step"));
            assertEquals(0, count(c, "select count(*) from household_address"));
            assertEquals(0, count(c, "select count(*) from household_match_link where authority <> 'coventry'"));
            c.rollback();
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            scope(c, "ace", "solihull", false);
            assertEquals(0, count(c, "select count(*) from household where id = '" + linked + "'"));
            c.rollback();
        }
    }

    @Test
    void aCouncilCannotWriteHouseholdsOrLinks() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            scope(c, "ace", "coventry", false);
            assertThrows(SQLException.class, () -> insert(c, "ace"));
            c.rollback();
        }
    }

    @Test
    void withoutAScopeNothingIsVisible() throws SQLException {
        insertHousehold("ace");
        try (Connection c = dataSource.getConnection()) {
            assertEquals(0, count(c, "select count(*) from household"));
            assertEquals(0, count(c, "select count(*) from adopter"));
        }
    }

    @Test
    void processStepsAreAppendOnly() throws SQLException {
        String id = insertHousehold("ace");
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            scope(c, "ace", "coventry", true);
            try (PreparedStatement ps = c.prepareStatement("insert into household_process_step (id, household_id,"
                    + " agency, sequence, step, step_date, recorded_by) values (?::uuid, ?::uuid, 'ace', 1, 'ENQUIRY',"
                    + " date '2023-01-09', 'test')")) {
                ps.setString(1, UUID.randomUUID().toString());
                ps.setString(2, id);
                ps.executeUpdate();
            }
            c.commit();
            scope(c, "ace", "coventry", true);
            assertThrows(SQLException.class, () -> c.createStatement()
                    .executeUpdate("update household_process_step set step_date = date '2023-01-01'"));
            c.rollback();
            scope(c, "ace", "coventry", true);
            assertThrows(SQLException.class, () -> c.createStatement()
                    .executeUpdate("delete from household_process_step where household_id = '" + id + "'"));
            c.rollback();
        }
    }

    private String insertHousehold(String agency) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            scope(c, agency, "coventry", true);
            String id = insert(c, agency);
            try (PreparedStatement ps = c.prepareStatement("insert into adopter (id, household_id, agency, position,"
                    + " given_name, family_name, date_of_birth) values (?::uuid, ?::uuid, ?, 1, 'A', 'B',"
                    + " date '1980-01-01')")) {
                ps.setString(1, UUID.randomUUID().toString());
                ps.setString(2, id);
                ps.setString(3, agency);
                ps.executeUpdate();
            }
            c.commit();
            return id;
        }
    }

    private static String insert(Connection c, String agency) throws SQLException {
        String id = UUID.randomUUID().toString();
        try (PreparedStatement ps = c.prepareStatement("insert into household (id, agency, household_reference,"
                + " number_of_adopters, area_of_residence, recruiting_agency_code, recruiting_agency_type,"
                + " fast_track_route, number_of_children, min_age_years, max_age_years, sibling_groups, need_health,"
                + " need_development, need_behaviour, need_education, early_permanence) values (?::uuid, ?, ?, 1,"
                + " 'coventry', 'ace', 'THIS_AGENCY', 'NONE', 1, 0, 4, false, 'LOW', 'LOW', 'LOW', 'LOW', false)")) {
            ps.setString(1, id);
            ps.setString(2, agency);
            ps.setString(3, "RLS-" + id.substring(0, 8));
            ps.executeUpdate();
        }
        return id;
    }

    private static void scope(Connection c, String agency, String authorities, boolean staff) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select set_config('app.agency', ?, true),"
                + " set_config('app.authorities', ?, true), set_config('app.staff_agency', ?, true)")) {
            ps.setString(1, agency);
            ps.setString(2, authorities);
            ps.setString(3, staff ? agency : "");
            ps.execute();
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
