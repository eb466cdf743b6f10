package uk.raa.finance.domain.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A Deed of Variation to the partnership agreement: an authority joins or leaves on a date. It takes effect only when
 * every authority that was a member when it was proposed has consented (seed 002 §5.2.5-5.2.6).
 */
@Entity
@Table(name = "membership_variation")
public class MembershipVariation {

    /** Joining or leaving the partnership. */
    public enum Kind { JOIN, LEAVE }

    /** Where the deed stands. */
    public enum Status { AWAITING_CONSENTS, EFFECTIVE }

    @Id
    private UUID id;

    @Column(nullable = false, updatable = false)
    private String agency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind kind;

    @Column(nullable = false, updatable = false)
    private String authority;

    @Column(name = "effective_date", nullable = false, updatable = false)
    private LocalDate effectiveDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "required_consents", nullable = false, updatable = false)
    private String[] requiredConsents;

    @Column(name = "proposed_by", nullable = false, updatable = false)
    private String proposedBy;

    @Column(name = "proposed_at", nullable = false, updatable = false)
    private Instant proposedAt;

    @Column(name = "effective_at")
    private Instant effectiveAt;

    @Version
    private long version;

    protected MembershipVariation() {
    }

    public MembershipVariation(UUID id, String agency, Kind kind, String authority, LocalDate effectiveDate,
            List<String> requiredConsents, String proposedBy, Instant proposedAt) {
        this.id = id;
        this.agency = agency;
        this.kind = kind;
        this.authority = authority;
        this.effectiveDate = effectiveDate;
        this.requiredConsents = requiredConsents.toArray(String[]::new);
        this.proposedBy = proposedBy;
        this.proposedAt = proposedAt;
        this.status = Status.AWAITING_CONSENTS;
    }

    public void takeEffect(Instant now) {
        this.status = Status.EFFECTIVE;
        this.effectiveAt = now;
    }

    public UUID id() {
        return id;
    }

    public String agency() {
        return agency;
    }

    public Kind kind() {
        return kind;
    }

    public String authority() {
        return authority;
    }

    public LocalDate effectiveDate() {
        return effectiveDate;
    }

    public Status status() {
        return status;
    }

    public List<String> requiredConsents() {
        return List.of(requiredConsents);
    }

    public String proposedBy() {
        return proposedBy;
    }

    public Instant proposedAt() {
        return proposedAt;
    }

    public Instant effectiveAt() {
        return effectiveAt;
    }

    public long version() {
        return version;
    }
}
