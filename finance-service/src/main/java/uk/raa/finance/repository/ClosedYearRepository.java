package uk.raa.finance.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Closed financial years and the statements agreed at close. Insert-only: the application role cannot update or
 * delete a closed year (see V11), so a locked statement cannot be rewritten even by a bug here.
 */
@ApplicationScoped
public class ClosedYearRepository {

    private final EntityManager em;

    public ClosedYearRepository(EntityManager em) {
        this.em = em;
    }

    /** A closed year's agreed statement, as JSON. */
    public record ClosedYear(int year, Instant closedAt, String closedBy, String statementJson) {
    }

    public boolean isClosed(String agency, int year) {
        return ((Number) em.createNativeQuery("select count(*) from closed_year where agency = ?1 and year = ?2")
                .setParameter(1, agency).setParameter(2, year).getSingleResult()).longValue() > 0;
    }

    public Optional<ClosedYear> find(String agency, int year) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select year, closed_at, closed_by, statement::text from closed_year"
                        + " where agency = ?1 and year = ?2")
                .setParameter(1, agency).setParameter(2, year).getResultList();
        return rows.stream().findFirst().map(r -> new ClosedYear(((Number) r[0]).intValue(), toInstant(r[1]),
                (String) r[2], (String) r[3]));
    }

    public List<Integer> closedYears(String agency) {
        @SuppressWarnings("unchecked")
        List<Number> rows = em.createNativeQuery("select year from closed_year where agency = ?1 order by year")
                .setParameter(1, agency).getResultList();
        return rows.stream().map(Number::intValue).toList();
    }

    public void close(String agency, int year, Instant closedAt, String closedBy, String statementJson) {
        em.createNativeQuery("insert into closed_year (agency, year, closed_at, closed_by, statement)"
                        + " values (?1, ?2, ?3, ?4, cast(?5 as jsonb))")
                .setParameter(1, agency).setParameter(2, year)
                .setParameter(3, OffsetDateTime.ofInstant(closedAt, ZoneOffset.UTC))
                .setParameter(4, closedBy).setParameter(5, statementJson).executeUpdate();
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass().getName());
    }
}
