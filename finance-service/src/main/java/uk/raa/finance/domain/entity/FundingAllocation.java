package uk.raa.finance.domain.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import uk.raa.finance.domain.contribution.FundingKind;
import uk.raa.finance.domain.contribution.GrantAllocation;
import uk.raa.finance.domain.money.Money;
import uk.raa.finance.domain.partnership.AuthorityCode;
import uk.raa.finance.domain.partnership.FinancialYear;

/** How a grant or transitional funding for a joining is split between the joiner and the agency in a year. */
@Entity
@Table(name = "grant_allocation")
public class FundingAllocation {

    @Id
    private UUID id;

    @Column(nullable = false, updatable = false)
    private String agency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private FundingKind kind;

    @Column(nullable = false, updatable = false)
    private int year;

    @Column(nullable = false, updatable = false)
    private String joiner;

    @Column(nullable = false)
    private BigDecimal total;

    @Column(name = "to_joiner", nullable = false)
    private BigDecimal toJoiner;

    @Column(name = "to_agency", nullable = false)
    private BigDecimal toAgency;

    @Column(name = "towards_shortfall", nullable = false)
    private BigDecimal towardsShortfall;

    @Version
    private long version;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    protected FundingAllocation() {
    }

    public FundingAllocation(UUID id, String agency, FundingKind kind, int year, String joiner) {
        this.id = id;
        this.agency = agency;
        this.kind = kind;
        this.year = year;
        this.joiner = joiner;
    }

    /** Applies a split the domain has already validated. */
    public void apply(GrantAllocation allocation, String actor, Instant now) {
        this.total = allocation.total().amount();
        this.toJoiner = allocation.toJoiner().amount();
        this.toAgency = allocation.toAgency().amount();
        this.towardsShortfall = allocation.towardsShortfall().amount();
        this.updatedBy = actor;
        this.updatedAt = now;
    }

    public GrantAllocation toDomain() {
        return new GrantAllocation(kind, FinancialYear.of(year), AuthorityCode.of(joiner), Money.of(total),
                Money.of(toJoiner), Money.of(toAgency), Money.of(towardsShortfall));
    }

    public UUID id() {
        return id;
    }

    public FundingKind kind() {
        return kind;
    }

    public int year() {
        return year;
    }

    public String joiner() {
        return joiner;
    }

    public long version() {
        return version;
    }
}
