package uk.raa.matching.domain.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import uk.raa.matching.domain.lifecycle.Match;
import uk.raa.matching.domain.lifecycle.MatchStage;
import uk.raa.matching.domain.lifecycle.StageEntry;

/**
 * A stored match. The domain's {@link Match} is the rule-keeper; this row keeps one date per stage, which is
 * enough to rebuild its history because the stages only ever run forward along one path. Agency-owned; it repeats
 * its children's authorities so a partner authority can read the matches of its own children.
 */
@Entity
@Table(name = "adoption_match")
public class AdoptionMatch {

    @Id
    private UUID id;

    @Column(nullable = false, updatable = false)
    private String agency;

    @Column(name = "household_id", nullable = false, updatable = false)
    private UUID householdId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "child_authorities", nullable = false, updatable = false, columnDefinition = "text[]")
    private String[] childAuthorities;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "siblings_apart", nullable = false, updatable = false, columnDefinition = "uuid[]")
    private UUID[] siblingsApart;

    @Column(name = "separation_reason", updatable = false)
    private String separationReason;

    @Column(nullable = false)
    private String stage;

    @Column(name = "link_date", nullable = false, updatable = false)
    private LocalDate linkDate;

    @Column(name = "panel_date")
    private LocalDate panelDate;

    @Column(name = "decision_date")
    private LocalDate decisionDate;

    @Column(name = "introductions_date")
    private LocalDate introductionsDate;

    @Column(name = "placement_date")
    private LocalDate placementDate;

    @Column(name = "adoption_order_date")
    private LocalDate adoptionOrderDate;

    @Column(name = "disruption_date")
    private LocalDate disruptionDate;

    @Column(name = "withdrawal_date")
    private LocalDate withdrawalDate;

    @Column(name = "end_reason")
    private String endReason;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected AdoptionMatch() {
    }

    /** A new link, from the domain's {@link Match#link}. */
    public AdoptionMatch(Match link, String agency, List<String> childAuthorities, Instant now) {
        this.id = link.matchId();
        this.agency = agency;
        this.householdId = link.householdId();
        this.childAuthorities = new TreeSet<>(childAuthorities).toArray(String[]::new);
        this.siblingsApart = link.siblingsApart().toArray(UUID[]::new);
        this.separationReason = link.siblingSeparationReason();
        this.createdAt = now;
        this.linkDate = link.history().get(0).date();
        record(link, now);
    }

    /** Stores the stage and dates of the domain match after a step. */
    public final void record(Match match, Instant now) {
        this.stage = match.stage().name();
        this.panelDate = match.dateOf(MatchStage.PANEL_RECOMMENDED).orElse(null);
        this.decisionDate = match.dateOf(MatchStage.MATCH_DECIDED).orElse(null);
        this.introductionsDate = match.dateOf(MatchStage.INTRODUCTIONS).orElse(null);
        this.placementDate = match.dateOf(MatchStage.PLACED).orElse(null);
        this.adoptionOrderDate = match.dateOf(MatchStage.ADOPTED).orElse(null);
        this.disruptionDate = match.dateOf(MatchStage.DISRUPTED).orElse(null);
        this.withdrawalDate = match.dateOf(MatchStage.WITHDRAWN).orElse(null);
        StageEntry last = match.history().get(match.history().size() - 1);
        this.endReason = last.reason();
        this.updatedAt = now;
    }

    /** The domain match, for the lifecycle rules; {@code childIds} in their recorded order. */
    public Match toDomain(List<UUID> childIds) {
        List<StageEntry> history = new ArrayList<>();
        history.add(new StageEntry(MatchStage.LINK, linkDate, null));
        add(history, MatchStage.PANEL_RECOMMENDED, panelDate, null);
        add(history, MatchStage.MATCH_DECIDED, decisionDate, null);
        add(history, MatchStage.INTRODUCTIONS, introductionsDate, null);
        add(history, MatchStage.PLACED, placementDate, null);
        add(history, MatchStage.ADOPTED, adoptionOrderDate, null);
        add(history, MatchStage.DISRUPTED, disruptionDate, endReason);
        add(history, MatchStage.WITHDRAWN, withdrawalDate, endReason);
        return new Match(id, householdId, childIds, Arrays.asList(siblingsApart), separationReason, history);
    }

    private static void add(List<StageEntry> history, MatchStage stage, LocalDate date, String reason) {
        if (date != null) {
            history.add(new StageEntry(stage, date, reason));
        }
    }

    public UUID id() {
        return id;
    }

    public String agency() {
        return agency;
    }

    public UUID householdId() {
        return householdId;
    }

    public List<String> childAuthorities() {
        return List.of(childAuthorities);
    }

    public List<UUID> siblingsApart() {
        return List.of(siblingsApart);
    }

    public String separationReason() {
        return separationReason;
    }

    public MatchStage stage() {
        return MatchStage.valueOf(stage);
    }

    public LocalDate linkDate() {
        return linkDate;
    }

    public String endReason() {
        return endReason;
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
