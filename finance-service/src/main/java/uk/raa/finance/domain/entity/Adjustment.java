package uk.raa.finance.domain.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A correction to a closed year's statement, posted in the next open year (DOMAIN.md §7, year-end close): the
 * locked statement is never rewritten. Positive amounts are owed by the member, negative ones credited to it.
 */
@Entity
@Table(name = "adjustment")
public class Adjustment {

    @Id
    private UUID id;

    @Column(nullable = false, updatable = false)
    private String agency;

    @Column(nullable = false, updatable = false)
    private String authority;

    @Column(name = "posted_in_year", nullable = false, updatable = false)
    private int postedInYear;

    @Column(name = "relates_to_year", nullable = false, updatable = false)
    private int relatesToYear;

    @Column(nullable = false, updatable = false)
    private BigDecimal amount;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    protected Adjustment() {
    }

    public Adjustment(UUID id, String agency, String authority, int postedInYear, int relatesToYear, BigDecimal amount,
            String reason, String recordedBy, Instant recordedAt) {
        this.id = id;
        this.agency = agency;
        this.authority = authority;
        this.postedInYear = postedInYear;
        this.relatesToYear = relatesToYear;
        this.amount = amount;
        this.reason = reason;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public UUID id() {
        return id;
    }

    public String authority() {
        return authority;
    }

    public int postedInYear() {
        return postedInYear;
    }

    public int relatesToYear() {
        return relatesToYear;
    }

    public BigDecimal amount() {
        return amount;
    }

    public String reason() {
        return reason;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
