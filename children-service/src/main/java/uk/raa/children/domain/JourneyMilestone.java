package uk.raa.children.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import uk.raa.children.domain.journey.FactSource;
import uk.raa.children.domain.journey.JourneyFact;
import uk.raa.children.domain.journey.MilestoneType;
import uk.raa.children.domain.journey.MilestoneValues;

/**
 * One stored fact of a child's journey (a milestone or a placement). The authority and child never change; a
 * correction replaces the values, bumps the version and is written to the journey's history by the service.
 */
@Entity
@Table(name = "journey_fact")
public class JourneyMilestone {

    @Id
    private UUID id;

    @Column(nullable = false, updatable = false)
    private String authority;

    @Column(name = "child_id", nullable = false, updatable = false)
    private UUID childId;

    @Column(nullable = false, updatable = false)
    private String type;

    @Column(name = "fact_date", nullable = false)
    private LocalDate date;

    @Column(name = "end_date")
    private LocalDate end;

    @Column
    private String code;

    @Column(name = "family_reference")
    private String familyReference;

    @Column(name = "same_carers_as_previous", nullable = false)
    private boolean sameCarersAsPrevious;

    @Column(nullable = false)
    private String source;

    @Version
    private long version;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected JourneyMilestone() {
    }

    public JourneyMilestone(UUID id, String authority, UUID childId, MilestoneValues values, String recordedBy,
            Instant now) {
        this.id = id;
        this.authority = authority;
        this.childId = childId;
        this.type = values.type().name();
        this.recordedAt = now;
        this.recordedBy = recordedBy;
        apply(values, now);
    }

    /** Replaces the values (a correction or an import revision); the type never changes. */
    public final void apply(MilestoneValues values, Instant now) {
        if (type != null && !type.equals(values.type().name())) {
            throw new IllegalArgumentException("a fact's type never changes");
        }
        this.date = values.date();
        this.end = values.end();
        this.code = values.code();
        this.familyReference = values.familyReference();
        this.sameCarersAsPrevious = values.sameCarersAsPrevious();
        this.source = values.source().name();
        this.updatedAt = now;
    }

    public MilestoneValues values() {
        return new MilestoneValues(type(), date, end, code, familyReference, sameCarersAsPrevious,
                FactSource.valueOf(source));
    }

    public JourneyFact fact() {
        return values().toFact();
    }

    public UUID id() {
        return id;
    }

    public String authority() {
        return authority;
    }

    public UUID childId() {
        return childId;
    }

    public MilestoneType type() {
        return MilestoneType.valueOf(type);
    }

    public long version() {
        return version;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
