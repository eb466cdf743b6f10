package uk.raa.finance.domain.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The host-agreement terms for a financial year: the uplift on existing members' agreed baselines, and any agreed
 * baseline that differs from the member's measured spend in the baseline year.
 */
@Entity
@Table(name = "agreement_terms")
public class YearAgreement {

    @Id
    private UUID id;

    @Column(nullable = false, updatable = false)
    private String agency;

    @Column(nullable = false, updatable = false)
    private int year;

    @Column(nullable = false)
    private BigDecimal uplift;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "agreed_baselines", nullable = false)
    private Map<String, BigDecimal> agreedBaselines;

    @Version
    private long version;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    protected YearAgreement() {
    }

    public YearAgreement(UUID id, String agency, int year) {
        this.id = id;
        this.agency = agency;
        this.year = year;
    }

    public void apply(BigDecimal uplift, Map<String, BigDecimal> agreedBaselines, String actor, Instant now) {
        this.uplift = uplift;
        this.agreedBaselines = new TreeMap<>(agreedBaselines);
        this.updatedBy = actor;
        this.updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public int year() {
        return year;
    }

    public BigDecimal uplift() {
        return uplift;
    }

    public Map<String, BigDecimal> agreedBaselines() {
        return agreedBaselines == null ? Map.of() : Map.copyOf(agreedBaselines);
    }

    public long version() {
        return version;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
