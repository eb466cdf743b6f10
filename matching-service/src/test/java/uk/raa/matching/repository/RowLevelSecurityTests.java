package uk.raa.matching.repository;

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
 * The database wall on its own, as the service's role with no application filter. A council principal's transaction
 * carries its agency in app.agency too, so agency-owned rows follow app.staff_agency, which only agency staff get.
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
                        + " (select tableowner from pg_tables where tablename = 'adoption_match') = current_user"
                        + " from pg_roles r where r.rolname = current_user")) {
            rs.next();
            assertFalse(rs.getBoolean(1));
            assertFalse(rs.getBoolean(2));
            assertFalse(rs.getBoolean(3));
        }
    }

    @Test
    void aPartnerAuthoritySeesOnlyMatchesOfItsOwnChildrenAndTheirHouseholds() throws SQLException {
        UUID household = UUID.randomUUID();
        UUID otherHousehold = UUID.randomUUID();
        UUID coventryMatch = UUID.randomUUID();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            scope(c, "coventry,solihull", "ace", "ace");
            insertHousehold(c, household);
            insertHousehold(c, otherHousehold);
            exec(c, "insert into adoption_match (id, agency, household_id, child_authorities, stage, link_date)"
                    + " values ('" + coventryMatch + "', 'ace', '" + household + "', '{coventry}', 'LINK', date '2025-01-06')");
            exec(c, "insert into matched_child (match_id, position, child_id, child_authority, active) values ('"
                    + coventryMatch + "', 1, '" + UUID.randomUUID() + "', 'coventry', true)");
            c.commit();

            // A council principal: its agency is in app.agency, but app.staff_agency is empty.
            scope(c, "solihull", "ace", "");
            assertEquals(0, count(c, "select count(*) from adoption_match where id = '" + coventryMatch + "'"));
            assertEquals(0, count(c, "select count(*) from household_profile where household_id in ('" + household
                    + "', '" + otherHousehold + "')"));
            assertEquals(0, count(c, "select count(*) from matched_child where match_id = '" + coventryMatch + "'"));
            c.rollback();

            scope(c, "coventry", "ace", "");
            assertEquals(1, count(c, "select count(*) from adoption_match where id = '" + coventryMatch + "'"));
            assertEquals(1, count(c, "select count(*) from household_profile where household_id = '" + household + "'"));
            assertEquals(0, count(c, "select count(*) from household_profile where household_id = '"
                    + otherHousehold + "'"));
            assertEquals(1, count(c, "select count(*) from matched_child where match_id = '" + coventryMatch + "'"));
            // Reading is all it may do.
            assertEquals(0, c.createStatement().executeUpdate("update adoption_match set stage = 'WITHDRAWN'"
                    + " where id = '" + coventryMatch + "'"));
            c.rollback();
        }
    }

    @Test
    void withoutAStaffScopeNoHouseholdCanBeWrittenAndWithoutAnyScopeNothingIsVisible() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            scope(c, "coventry", "ace", "");
            SQLException refused = assertThrows(SQLException.class, () -> insertHousehold(c, UUID.randomUUID()));
            assertEquals("42501", refused.getSQLState());
            c.rollback();
            assertEquals(0, count(c, "select count(*) from household_profile"));
            assertEquals(0, count(c, "select count(*) from adoption_match"));
            assertEquals(0, count(c, "select count(*) from child_profile"));
            c.rollback();
        }
    }

    @Test
    void anotherAgencysStaffSeeNothingOfThisAgencys() throws SQLException {
        UUID household = UUID.randomUUID();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            scope(c, "coventry", "ace", "ace");
            insertHousehold(c, household);
            c.commit();
            scope(c, "bristol", "west", "west");
            assertEquals(0, count(c, "select count(*) from household_profile where household_id = '" + household + "'"));
            c.rollback();
        }
    }

    private static void insertHousehold(Connection c, UUID id) throws SQLException {
        exec(c, "insert into household_profile (household_id, agency, reference, number_of_adopters,"
                + " area_of_residence, recruiting_agency, recruiting_agency_type, children_capacity, min_age_years,"
                + " max_age_years, sibling_groups_accepted, accept_health, accept_development, accept_behaviour,"
                + " accept_education, early_permanence_willing, approval_date, status) values ('" + id + "', 'ace',"
                + " 'RLS', 2, 'warwickshire', 'ace', 'REGIONAL_ADOPTION_AGENCY', 2, 0, 6, true, 'LOW', 'LOW', 'LOW',"
                + " 'LOW', false, date '2024-01-01', 'ON_HOLD')");
    }

    private static void scope(Connection c, String authorities, String agency, String staffAgency)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select set_config('app.authorities', ?, true),"
                + " set_config('app.agency', ?, true), set_config('app.staff_agency', ?, true)")) {
            ps.setString(1, authorities);
            ps.setString(2, agency);
            ps.setString(3, staffAgency);
            ps.execute();
        }
    }

    private static void exec(Connection c, String sql) throws SQLException {
        c.createStatement().executeUpdate(sql);
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
