package uk.raa.children.repository;

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
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The database wall holds on its own: queries here skip every application filter and run as the service's own
 * role, and still see only rows in the transaction's scope.
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
                        + " (select tableowner from pg_tables where tablename = 'child') = current_user"
                        + " from pg_roles r where r.rolname = current_user")) {
            rs.next();
            assertFalse(rs.getBoolean(1), "superuser");
            assertFalse(rs.getBoolean(2), "bypassrls");
            assertFalse(rs.getBoolean(3), "owns the child table");
        }
    }

    @Test
    void aQueryWithoutTheApplicationFilterSeesOnlyItsScope() throws SQLException {
        String coventryChild = insertAs("coventry");
        String solihullChild = insertAs("solihull");
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            scope(c, "solihull");
            assertEquals(0, count(c, "select count(*) from child where authority = 'coventry'"));
            assertEquals(0, count(c, "select count(*) from child where id = '" + coventryChild + "'"));
            assertEquals(1, count(c, "select count(*) from child where id = '" + solihullChild + "'"));
            assertEquals(0, count(c, "select count(*) from child where authority <> 'solihull'"));
            c.rollback();
        }
    }

    @Test
    void withoutAScopeNothingIsVisible() throws SQLException {
        insertAs("coventry");
        try (Connection c = dataSource.getConnection()) {
            assertEquals(0, count(c, "select count(*) from child"));
        }
    }

    @Test
    void theScopeEndsWithTheTransactionAndDoesNotLeakThroughThePool() throws SQLException {
        insertAs("coventry");
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            scope(c, "coventry");
            assertTrue(count(c, "select count(*) from child") > 0);
            c.commit();
            assertEquals(0, count(c, "select count(*) from child"));
        }
    }

    @Test
    void aRowForAnotherAuthorityCannotBeWrittenOrMovedThere() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            scope(c, "solihull");
            SQLException insert = assertThrows(SQLException.class, () -> insert(c, "coventry"));
            assertTrue(insert.getMessage().contains("row-level security"));
            c.rollback();
        }
        String solihullChild = insertAs("solihull");
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            scope(c, "solihull");
            assertThrows(SQLException.class, () -> c.createStatement()
                    .executeUpdate("update child set authority = 'coventry' where id = '" + solihullChild + "'"));
            c.rollback();
        }
    }

    @Test
    void theAuditTrailIsAppendOnlyForTheService() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            assertThrows(SQLException.class, () -> c.createStatement().executeUpdate("delete from audit_event"));
            assertThrows(SQLException.class, () -> c.createStatement().executeUpdate("update audit_event set purpose = 'x'"));
        }
    }

    private String insertAs(String authority) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            scope(c, authority);
            String id = insert(c, authority);
            c.commit();
            return id;
        }
    }

    private static String insert(Connection c, String authority) throws SQLException {
        String id = UUID.randomUUID().toString();
        try (PreparedStatement ps = c.prepareStatement("insert into child (id, authority, child_reference, date_of_birth,"
                + " sex, ethnicity) values (?::uuid, ?, ?, date '2018-01-01', '1', 'WBRI')")) {
            ps.setString(1, id);
            ps.setString(2, authority);
            ps.setString(3, "RLS-" + id.substring(0, 8));
            ps.executeUpdate();
        }
        return id;
    }

    private static void scope(Connection c, String authority) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select set_config('app.authorities', ?, true)")) {
            ps.setString(1, authority);
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
