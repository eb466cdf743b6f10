package uk.raa.matching.messaging;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import uk.raa.matching.domain.interagency.ChildPlacementCharge;
import uk.raa.matching.domain.interagency.InterAgencyAssessment;
import uk.raa.matching.domain.interagency.InterAgencyClass;
import uk.raa.matching.domain.interagency.SiblingPosition;
import uk.raa.matching.domain.lifecycle.Match;
import uk.raa.matching.domain.lifecycle.MatchStage;
import uk.raa.matching.domain.profile.AgencyType;

/**
 * The catalogue events a match step publishes (docs/events.md): type, aggregate and payload, ready for the outbox.
 * Payloads carry ids, dates, classes and the recorded reason; never names or other personal details.
 */
public final class MatchEvents {

    public static final String AGGREGATE = "match";
    public static final String DECISION_RECORDED = "match.decision-recorded.v1";
    public static final String PLACEMENT_STARTED = "match.placement-started.v1";
    public static final String DISRUPTED = "match.disrupted.v1";
    public static final String WITHDRAWN = "match.withdrawn.v1";

    private MatchEvents() {
    }

    /**
     * One event for the outbox.
     *
     * @param authority the children's authority when they share one (consumers act in its scope); otherwise null
     * @param agency    the agency that owns the match
     */
    public record MatchEvent(String type, String aggregateId, String authority, String agency, Object data) {
    }

    public record DecisionRecorded(UUID matchId, List<UUID> childIds, UUID householdId, LocalDate decisionDate) {
    }

    /**
     * @param date             the placement date (the fee date)
     * @param interAgencyClass the match's class: PAYABLE if any child is payable, else RECEIVABLE if any child is
     *                         receivable, else WITHIN_AGENCY (each child's own class is in {@code children})
     * @param otherAgencyType  the agency on the other side: the household's agency type when payable, a local
     *                         authority when receivable; null within the agency
     * @param children         per child, in the match's order: class, fee schedule and sibling position
     */
    public record PlacementStarted(UUID matchId, List<UUID> childIds, UUID householdId, LocalDate date,
            InterAgencyClass interAgencyClass, AgencyType otherAgencyType, List<PlacedChild> children) {
    }

    public record PlacedChild(UUID childId, String authority, InterAgencyClass interAgencyClass,
            AgencyType feeAgencyType, SiblingPosition siblingPosition) {
    }

    public record Ended(UUID matchId, List<UUID> childIds, UUID householdId, LocalDate date, String reason) {
    }

    /**
     * The event for the step that brought the match to its current stage, if that step is published.
     *
     * @param authorities the children's authorities, in the match's order
     * @param assessment  the inter-agency classes, required when the step was placement
     */
    public static Optional<MatchEvent> forStep(Match match, List<String> authorities, String agency,
            InterAgencyAssessment assessment, AgencyType householdAgencyType) {
        String id = match.matchId().toString();
        String authority = authorities.stream().distinct().count() == 1 ? authorities.get(0) : null;
        MatchStage stage = match.stage();
        LocalDate date = match.dateOf(stage).orElseThrow();
        return switch (stage) {
            case MATCH_DECIDED -> Optional.of(new MatchEvent(DECISION_RECORDED, id, authority, agency,
                    new DecisionRecorded(match.matchId(), match.childIds(), match.householdId(), date)));
            case PLACED -> Optional.of(new MatchEvent(PLACEMENT_STARTED, id, authority, agency,
                    placementStarted(match, authorities, assessment, householdAgencyType)));
            case DISRUPTED -> Optional.of(new MatchEvent(DISRUPTED, id, authority, agency, ended(match, date)));
            case WITHDRAWN -> Optional.of(new MatchEvent(WITHDRAWN, id, authority, agency, ended(match, date)));
            case LINK, PANEL_RECOMMENDED, INTRODUCTIONS, ADOPTED -> Optional.empty();
        };
    }

    private static PlacementStarted placementStarted(Match match, List<String> authorities,
            InterAgencyAssessment assessment, AgencyType householdAgencyType) {
        if (assessment == null || !assessment.matchId().equals(match.matchId())) {
            throw new IllegalArgumentException("a placement event needs the match's inter-agency assessment");
        }
        List<ChildPlacementCharge> charges = assessment.children();
        List<PlacedChild> children = new java.util.ArrayList<>();
        for (int i = 0; i < charges.size(); i++) {
            ChildPlacementCharge c = charges.get(i);
            children.add(new PlacedChild(c.childId(), authorities.get(i), c.interAgencyClass(), c.feeAgencyType(),
                    c.siblingPosition()));
        }
        InterAgencyClass overall = InterAgencyClass.WITHIN_AGENCY;
        AgencyType other = null;
        if (charges.stream().anyMatch(c -> c.interAgencyClass() == InterAgencyClass.PAYABLE)) {
            overall = InterAgencyClass.PAYABLE;
            other = householdAgencyType;
        } else if (charges.stream().anyMatch(c -> c.interAgencyClass() == InterAgencyClass.RECEIVABLE)) {
            overall = InterAgencyClass.RECEIVABLE;
            other = AgencyType.LOCAL_AUTHORITY;
        }
        return new PlacementStarted(match.matchId(), match.childIds(), match.householdId(), assessment.feeDate(),
                overall, other, children);
    }

    private static Ended ended(Match match, LocalDate date) {
        String reason = match.history().get(match.history().size() - 1).reason();
        return new Ended(match.matchId(), match.childIds(), match.householdId(), date, reason);
    }
}
