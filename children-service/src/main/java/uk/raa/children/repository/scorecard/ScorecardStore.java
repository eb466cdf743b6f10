package uk.raa.children.repository.scorecard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads for the scorecard and the data returns, all "as at" a time: children registered by then, and each journey
 * fact's value as its history (journey_change) stood then. Native SQL because it reads across the journey tables by
 * recorded time, which the entities do not model. Row-level security applies (the app role); the explicit authority
 * filter states the intent and helps the planner.
 */
@ApplicationScoped
public class ScorecardStore {

    /** A child as registered; profile values are the current ones (the child table keeps no history). */
    public record ChildRow(UUID id, String authority, String reference, LocalDate dateOfBirth, String sex,
                           String ethnicity, boolean disability, UUID siblingGroupId, Boolean adoptedByFosterCarers) {
    }

    /** One fact's stored values as at the time asked: the JSON of its latest history entry by then. */
    public record FactRow(UUID childId, UUID factId, String valuesJson) {
    }

    public record MembershipRow(String agency, String authority, LocalDate from, LocalDate to) {
    }

    public record AuthorityRow(String code, String laNumber, String name) {
    }

    public record ThresholdVersionRow(long id, Instant recordedAt, String recordedBy, String reason, String rowsJson) {
    }

    private final EntityManager em;

    public ScorecardStore(EntityManager em) {
        this.em = em;
    }

    @SuppressWarnings("unchecked")
    public List<ChildRow> childrenAsAt(Collection<String> authorities, Instant asAt) {
        if (authorities.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = em.createNativeQuery("select id, authority, child_reference, date_of_birth, sex,"
                        + " ethnicity, disability, sibling_group_id, adopted_by_foster_carers from child"
                        + " where authority in (:authorities) and created_at <= :asAt order by authority, child_reference")
                .setParameter("authorities", List.copyOf(authorities))
                .setParameter("asAt", asAt)
                .getResultList();
        List<ChildRow> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            out.add(new ChildRow((UUID) r[0], (String) r[1], (String) r[2], localDate(r[3]), (String) r[4],
                    (String) r[5], Boolean.TRUE.equals(r[6]), (UUID) r[7], (Boolean) r[8]));
        }
        return out;
    }

    /**
     * Every fact of the authorities' children as it stood at {@code asAt}: a fact first recorded later is absent, a
     * fact corrected later has its value from before the correction.
     */
    @SuppressWarnings("unchecked")
    public List<FactRow> factsAsAt(Collection<String> authorities, Instant asAt) {
        if (authorities.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = em.createNativeQuery("select distinct on (fact_id) child_id, fact_id,"
                        + " cast(new_value as text) from journey_change"
                        + " where authority in (:authorities) and occurred_at <= :asAt order by fact_id, id desc")
                .setParameter("authorities", List.copyOf(authorities))
                .setParameter("asAt", asAt)
                .getResultList();
        List<FactRow> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            out.add(new FactRow((UUID) r[0], (UUID) r[1], (String) r[2]));
        }
        return out;
    }

    /** One fact as it is now (journey_fact), in typed columns. */
    public record CurrentFactRow(UUID childId, String type, LocalDate date, LocalDate end, String code,
                                 String familyReference, boolean sameCarersAsPrevious, String source) {
    }

    /**
     * Every fact of the authorities' children as it is now, when that is also how it stood at {@code asAt}: facts
     * recorded later are left out, and if any fact was changed after {@code asAt} the answer is empty (the caller
     * then reads the history). Cheaper than {@link #factsAsAt}: no sort over the history, no JSON.
     */
    @SuppressWarnings("unchecked")
    public Optional<List<CurrentFactRow>> currentFactsIfUnchangedSince(Collection<String> authorities, Instant asAt) {
        if (authorities.isEmpty()) {
            return Optional.of(List.of());
        }
        List<Object[]> rows = em.createNativeQuery("select child_id, type, fact_date, end_date, code, family_reference,"
                        + " same_carers_as_previous, source, updated_at > :asAt from journey_fact"
                        + " where authority in (:authorities) and recorded_at <= :asAt")
                .setParameter("authorities", List.copyOf(authorities))
                .setParameter("asAt", asAt)
                .getResultList();
        List<CurrentFactRow> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            if (Boolean.TRUE.equals(r[8])) {
                return Optional.empty();
            }
            out.add(new CurrentFactRow((UUID) r[0], (String) r[1], localDate(r[2]), localDate(r[3]), (String) r[4],
                    (String) r[5], Boolean.TRUE.equals(r[6]), (String) r[7]));
        }
        return Optional.of(out);
    }

    /** The membership projection (reference data kept by common from finance-service's events). */
    @SuppressWarnings("unchecked")
    public List<MembershipRow> membership(String agency) {
        List<Object[]> rows = em.createNativeQuery("select agency, authority, member_from, member_to from membership"
                        + " where agency = :agency order by authority, member_from")
                .setParameter("agency", agency)
                .getResultList();
        List<MembershipRow> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            out.add(new MembershipRow((String) r[0], (String) r[1], localDate(r[2]), localDate(r[3])));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    public List<AuthorityRow> authorities() {
        List<Object[]> rows = em.createNativeQuery("select code, la_number, name from scorecard_authority order by code")
                .getResultList();
        return rows.stream().map(r -> new AuthorityRow((String) r[0], (String) r[1], (String) r[2])).toList();
    }

    /** The threshold table in force at {@code asAt}: the latest version recorded by then. */
    @SuppressWarnings("unchecked")
    public Optional<ThresholdVersionRow> thresholdsAsAt(Instant asAt) {
        List<Object[]> rows = em.createNativeQuery("select id, recorded_at, recorded_by, reason, cast(rows as text)"
                        + " from scorecard_threshold_version where recorded_at <= :asAt order by recorded_at desc, id desc")
                .setParameter("asAt", asAt)
                .setMaxResults(1)
                .getResultList();
        return rows.stream().findFirst().map(r -> new ThresholdVersionRow(((Number) r[0]).longValue(), instant(r[1]),
                (String) r[2], (String) r[3], (String) r[4]));
    }

    /** Serialises edits of the threshold table for the rest of the transaction (two managers with one ETag). */
    public void lockThresholds() {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('scorecard_threshold_version'))").getSingleResult();
    }

    public long addThresholdVersion(Instant recordedAt, String recordedBy, String reason, String rowsJson) {
        Object id = em.createNativeQuery("insert into scorecard_threshold_version (recorded_at, recorded_by, reason,"
                        + " rows) values (:at, :by, :reason, cast(:rows as jsonb)) returning id")
                .setParameter("at", recordedAt)
                .setParameter("by", recordedBy)
                .setParameter("reason", reason)
                .setParameter("rows", rowsJson)
                .getSingleResult();
        return ((Number) id).longValue();
    }

    private static LocalDate localDate(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        return ((Date) value).toLocalDate();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
