package uk.raa.children.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** Brothers and sisters of one authority who are to be placed together, or apart for a recorded reason. */
@Entity
@Table(name = "sibling_group")
public class SiblingGroup {

    @Id
    private UUID id;

    @Column(nullable = false, updatable = false)
    private String authority;

    @Column(nullable = false)
    private String plan;

    @Column(name = "apart_reason")
    private String apartReason;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected SiblingGroup() {
    }

    public SiblingGroup(UUID id, String authority, SiblingPlan plan, String apartReason, Instant now) {
        if (plan == SiblingPlan.APART && (apartReason == null || apartReason.isBlank())) {
            throw new IllegalArgumentException("apartReason is required when the plan is APART");
        }
        this.id = id;
        this.authority = authority;
        this.plan = plan.name();
        this.apartReason = plan == SiblingPlan.APART ? apartReason : null;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public String authority() {
        return authority;
    }

    public SiblingPlan plan() {
        return SiblingPlan.valueOf(plan);
    }

    public String apartReason() {
        return apartReason;
    }

    public long version() {
        return version;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
