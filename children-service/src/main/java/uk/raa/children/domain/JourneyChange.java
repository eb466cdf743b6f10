package uk.raa.children.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One entry in a child's journey history: which fact changed, how, who changed it, when and why, with the old and
 * new values (JSON of {@link uk.raa.children.domain.journey.MilestoneValues}). Append-only in the database.
 */
@Entity
@Table(name = "journey_change")
public class JourneyChange {

    /** How the fact changed. */
    public enum Kind {
        RECORDED, CORRECTED, IMPORTED, IMPORT_REVISED, EVENT_RECORDED, EVENT_CORRECTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String authority;

    @Column(name = "child_id", nullable = false, updatable = false)
    private UUID childId;

    @Column(name = "fact_id", nullable = false, updatable = false)
    private UUID factId;

    @Column(nullable = false, updatable = false)
    private String change;

    @Column(name = "fact_type", nullable = false, updatable = false)
    private String factType;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(updatable = false)
    private String reason;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "old_value", updatable = false)
    private String oldValue;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "new_value", nullable = false, updatable = false)
    private String newValue;

    @Column(name = "agency_recorded", nullable = false, updatable = false)
    private boolean agencyRecorded;

    protected JourneyChange() {
    }

    public JourneyChange(JourneyMilestone fact, Kind change, String actor, Instant occurredAt, String reason,
            String oldValue, String newValue, boolean agencyRecorded) {
        this.authority = fact.authority();
        this.childId = fact.childId();
        this.factId = fact.id();
        this.factType = fact.type().name();
        this.change = change.name();
        this.actor = actor;
        this.occurredAt = occurredAt;
        this.reason = reason;
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.agencyRecorded = agencyRecorded;
    }

    public Long id() {
        return id;
    }

    public String authority() {
        return authority;
    }

    public UUID childId() {
        return childId;
    }

    public UUID factId() {
        return factId;
    }

    public Kind change() {
        return Kind.valueOf(change);
    }

    public String factType() {
        return factType;
    }

    public String actor() {
        return actor;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String reason() {
        return reason;
    }

    public String oldValue() {
        return oldValue;
    }

    public String newValue() {
        return newValue;
    }

    public boolean agencyRecorded() {
        return agencyRecorded;
    }
}
