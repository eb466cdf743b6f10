package uk.raa.finance.domain.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import uk.raa.finance.domain.partnership.AuthorityCode;
import uk.raa.finance.domain.partnership.MembershipPeriod;

/** An authority's membership of an agency, as made effective by a Deed of Variation (or the founding agreement). */
@Entity
@Table(name = "partnership_membership")
public class Membership {

    @Id
    private UUID id;

    @Column(nullable = false, updatable = false)
    private String agency;

    @Column(nullable = false, updatable = false)
    private String authority;

    @Column(name = "from_date", nullable = false)
    private LocalDate fromDate;

    @Column(name = "to_date")
    private LocalDate toDate;

    @Version
    private long version;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Membership() {
    }

    public Membership(UUID id, String agency, String authority, LocalDate fromDate, Instant now) {
        this.id = id;
        this.agency = agency;
        this.authority = authority;
        this.fromDate = fromDate;
        this.updatedAt = now;
    }

    public void endOn(LocalDate lastDay, Instant now) {
        this.toDate = lastDay;
        this.updatedAt = now;
    }

    public MembershipPeriod toPeriod() {
        return new MembershipPeriod(AuthorityCode.of(authority), fromDate, toDate);
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

    public LocalDate fromDate() {
        return fromDate;
    }

    public LocalDate toDate() {
        return toDate;
    }
}
