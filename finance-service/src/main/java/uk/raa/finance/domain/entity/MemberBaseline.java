package uk.raa.finance.domain.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import uk.raa.finance.domain.contribution.Baseline;
import uk.raa.finance.domain.money.Money;
import uk.raa.finance.domain.partnership.AuthorityCode;
import uk.raa.finance.domain.partnership.FinancialYear;

/** A member's in-scope adoption spend and adoptions for one financial year, as entered by finance staff. */
@Entity
@Table(name = "baseline")
public class MemberBaseline {

    @Id
    private UUID id;

    @Column(nullable = false, updatable = false)
    private String agency;

    @Column(nullable = false, updatable = false)
    private String authority;

    @Column(nullable = false, updatable = false)
    private int year;

    @Column(name = "in_scope_spend", nullable = false)
    private BigDecimal inScopeSpend;

    @Column(nullable = false)
    private int adoptions;

    @Version
    private long version;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    protected MemberBaseline() {
    }

    public MemberBaseline(UUID id, String agency, String authority, int year) {
        this.id = id;
        this.agency = agency;
        this.authority = authority;
        this.year = year;
    }

    public void apply(BigDecimal inScopeSpend, int adoptions, String actor, Instant now) {
        this.inScopeSpend = inScopeSpend;
        this.adoptions = adoptions;
        this.updatedBy = actor;
        this.updatedAt = now;
    }

    public Baseline toDomain() {
        return new Baseline(AuthorityCode.of(authority), FinancialYear.of(year), Money.of(inScopeSpend), adoptions);
    }

    public UUID id() {
        return id;
    }

    public String agency() {
        return agency;
    }

    public String authority() {
        return authority;
    }

    public int year() {
        return year;
    }

    public BigDecimal inScopeSpend() {
        return inScopeSpend;
    }

    public int adoptions() {
        return adoptions;
    }

    public long version() {
        return version;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
