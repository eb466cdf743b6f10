package uk.raa.finance.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** The database wall on its own: the service's role, no application filters. Finance tables belong to an agency. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class RowLevelSecurityTests {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theServiceRoleIsNeitherOwnerNorSuperuser() throws SQLException {
        try (Connection c = dataSource.getConnection();
                ResultSet rs = c.createStatement().executeQuery("select r.rolsuper, r.rolbypassrls,"
                        + " (select tableowner from pg_tables where tablename = 'baseline') = current_user"
                        + " from pg_roles r where r.rolname = current_user")) {
            rs.next();
            assertFalse(rs.getBoolean(1));
            assertFalse(rs.getBoolean(2));
            assertFalse(rs.getBoolean(3));
        }
    }

    @Test
    void anotherAgencySeesNoneOfAcesRowsAndNoScopeSeesNothing() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            assertEquals(0, count(c, "select count(*) from partnership_membership"));
            assertEquals(0, count(c, "select count(*) from fee_rate"));
            scope(c, "wmids");
            assertEquals(0, count(c, "select count(*) from partnership_membership"));
            assertEquals(0, count(c, "select count(*) from agency"));
            scope(c, "ace");
            assertTrue(count(c, "select count(*) from partnership_membership") >= 4);
            c.rollback();
        }
    }

    @Test
    void aRowCannotBeWrittenForAnotherAgencyAndAClosedYearCannotBeRewritten() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            scope(c, "wmids");
            SQLException e = assertThrows(SQLException.class, () -> c.createStatement().executeUpdate(
                    "insert into adjustment (id, agency, authority, posted_in_year, relates_to_year, amount, reason,"
                            + " recorded_at, recorded_by) values (gen_random_uuid(), 'ace', 'coventry', 2020, 2019,"
                            + " 1, 'x', now(), 'x')"));
            assertTrue(e.getMessage().contains("row-level security"), e.getMessage());
            c.rollback();
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            scope(c, "ace");
            assertThrows(SQLException.class, () -> c.createStatement()
                    .executeUpdate("update closed_year set statement = '{}'::jsonb"));
            c.rollback();
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            scope(c, "ace");
            assertThrows(SQLException.class, () -> c.createStatement().executeUpdate("delete from closed_year"));
            c.rollback();
        }
    }

    private static void scope(Connection c, String agency) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select set_config('app.agency', ?, true)")) {
            ps.setString(1, agency);
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
