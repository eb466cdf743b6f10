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
import java.time.LocalDate;
import java.util.UUID;
import uk.raa.finance.domain.contribution.BoardDecision;
import uk.raa.finance.domain.contribution.BoardDecisionKind;
import uk.raa.finance.domain.money.Money;
import uk.raa.finance.domain.partnership.AuthorityCode;
import uk.raa.finance.domain.partnership.FinancialYear;

/** The Board's recorded decision on a joiner's gap to the agency average for its joining year. */
@Entity
@Table(name = "board_decision")
public class GapDecision {

    @Id
    private UUID id;

    @Column(nullable = false, updatable = false)
    private String agency;

    @Column(nullable = false, updatable = false)
    private String joiner;

    @Column(nullable = false, updatable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BoardDecisionKind kind;

    private BigDecimal amount;

    @Column(name = "decided_on", nullable = false)
    private LocalDate decidedOn;

    @Version
    private long version;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    protected GapDecision() {
    }

    public GapDecision(UUID id, String agency, String joiner, int year) {
        this.id = id;
        this.agency = agency;
        this.joiner = joiner;
        this.year = year;
    }

    public void apply(BoardDecisionKind kind, BigDecimal amount, LocalDate decidedOn, String actor, Instant now) {
        this.kind = kind;
        this.amount = amount;
        this.decidedOn = decidedOn;
        this.updatedBy = actor;
        this.updatedAt = now;
    }

    public BoardDecision toDomain() {
        return new BoardDecision(AuthorityCode.of(joiner), FinancialYear.of(year), kind,
                amount == null ? null : Money.of(amount));
    }

    public UUID id() {
        return id;
    }

    public String joiner() {
        return joiner;
    }

    public int year() {
        return year;
    }

    public BoardDecisionKind kind() {
        return kind;
    }

    public BigDecimal amount() {
        return amount;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    public long version() {
        return version;
    }
}
