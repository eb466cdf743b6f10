package uk.raa.finance.domain.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import uk.raa.finance.domain.fees.AgencyType;
import uk.raa.finance.domain.fees.InterAgencyClassification;
import uk.raa.finance.domain.fees.InterAgencyFee;
import uk.raa.finance.domain.fees.SiblingPosition;

/**
 * One child's inter-agency fee from a placement: payable (a member's child with another agency's adopters),
 * receivable (another authority's child with the agency's adopters) or within the agency (no fee). When the
 * move-in falls in a closed year the line is posted in the next open year and says which year it relates to.
 */
@Entity
@Table(name = "fee_ledger_entry")
public class FeeLedgerEntry {

    @Id
    private UUID id;

    @Column(nullable = false, updatable = false)
    private String agency;

    @Column(name = "event_id", nullable = false, updatable = false)
    private String eventId;

    @Column(name = "match_id", nullable = false, updatable = false)
    private UUID matchId;

    @Column(name = "child_id", nullable = false, updatable = false)
    private UUID childId;

    @Column(nullable = false, updatable = false)
    private String authority;

    @Column(name = "moved_in", nullable = false, updatable = false)
    private LocalDate movedIn;

    @Column(nullable = false, updatable = false)
    private int year;

    @Column(name = "relates_to_year", updatable = false)
    private Integer relatesToYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private InterAgencyClassification classification;

    @Enumerated(EnumType.STRING)
    @Column(name = "counterpart_type", updatable = false)
    private AgencyType counterpartType;

    @Enumerated(EnumType.STRING)
    @Column(name = "sibling_position", nullable = false, updatable = false)
    private SiblingPosition siblingPosition;

    @Column(nullable = false, updatable = false)
    private boolean london;

    @Column(nullable = false, updatable = false)
    private BigDecimal fee;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected FeeLedgerEntry() {
    }

    public FeeLedgerEntry(UUID id, String agency, String eventId, UUID matchId, UUID childId, InterAgencyFee priced,
            int year, Integer relatesToYear, Instant recordedAt) {
        this.id = id;
        this.agency = agency;
        this.eventId = eventId;
        this.matchId = matchId;
        this.childId = childId;
        this.authority = priced.placement().childAuthority().value();
        this.movedIn = priced.placement().movedIn();
        this.year = year;
        this.relatesToYear = relatesToYear;
        this.classification = priced.classification();
        this.counterpartType = priced.counterpartType();
        this.siblingPosition = priced.placement().siblingPosition();
        this.london = priced.placement().london();
        this.fee = priced.fee().amount();
        this.recordedAt = recordedAt;
    }

    public UUID id() {
        return id;
    }

    public String eventId() {
        return eventId;
    }

    public UUID matchId() {
        return matchId;
    }

    public UUID childId() {
        return childId;
    }

    public String authority() {
        return authority;
    }

    public LocalDate movedIn() {
        return movedIn;
    }

    public int year() {
        return year;
    }

    public Integer relatesToYear() {
        return relatesToYear;
    }

    public InterAgencyClassification classification() {
        return classification;
    }

    public AgencyType counterpartType() {
        return counterpartType;
    }

    public SiblingPosition siblingPosition() {
        return siblingPosition;
    }

    public boolean london() {
        return london;
    }

    public BigDecimal fee() {
        return fee;
    }
}
