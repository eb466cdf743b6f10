package uk.raa.finance.domain.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import uk.raa.finance.domain.fees.AgencyType;
import uk.raa.finance.domain.fees.FeeRate;
import uk.raa.finance.domain.fees.SiblingPosition;
import uk.raa.finance.domain.money.Money;

/** One row of the agency's inter-agency fee schedule (reference data). */
@Entity
@Table(name = "fee_rate")
public class ScheduledFeeRate {

    @Id
    private UUID id;

    @Column(nullable = false, updatable = false)
    private String agency;

    @Column(name = "effective_from", nullable = false, updatable = false)
    private LocalDate effectiveFrom;

    @Enumerated(EnumType.STRING)
    @Column(name = "other_agency_type", nullable = false, updatable = false)
    private AgencyType otherAgencyType;

    @Enumerated(EnumType.STRING)
    @Column(name = "sibling_position", nullable = false, updatable = false)
    private SiblingPosition siblingPosition;

    @Column(nullable = false)
    private BigDecimal fee;

    @Column(name = "london_uplift", nullable = false)
    private BigDecimal londonUplift;

    @Version
    private long version;

    protected ScheduledFeeRate() {
    }

    public ScheduledFeeRate(UUID id, String agency, FeeRate rate) {
        this.id = id;
        this.agency = agency;
        this.effectiveFrom = rate.effectiveFrom();
        this.otherAgencyType = rate.otherAgencyType();
        this.siblingPosition = rate.siblingPosition();
        this.fee = rate.fee().amount();
        this.londonUplift = rate.londonUplift();
    }

    public FeeRate toDomain() {
        return new FeeRate(effectiveFrom, otherAgencyType, siblingPosition, Money.of(fee), londonUplift);
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version;
    }
}
