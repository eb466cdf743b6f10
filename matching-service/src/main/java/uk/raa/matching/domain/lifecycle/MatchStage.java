package uk.raa.matching.domain.lifecycle;

import java.util.EnumSet;
import java.util.Set;

/**
 * Stages of a match. A link (interest) goes to panel, the ADM decides (the match date), introductions follow,
 * then placement; it ends adopted, disrupted (after placement) or withdrawn (before placement).
 */
public enum MatchStage {
    LINK,
    PANEL_RECOMMENDED,
    MATCH_DECIDED,
    INTRODUCTIONS,
    PLACED,
    ADOPTED,
    DISRUPTED,
    WITHDRAWN;

    /** Stages this one may move to; terminal stages have none. */
    public Set<MatchStage> next() {
        return switch (this) {
            case LINK -> EnumSet.of(PANEL_RECOMMENDED, WITHDRAWN);
            case PANEL_RECOMMENDED -> EnumSet.of(MATCH_DECIDED, WITHDRAWN);
            case MATCH_DECIDED -> EnumSet.of(INTRODUCTIONS, WITHDRAWN);
            case INTRODUCTIONS -> EnumSet.of(PLACED, WITHDRAWN);
            // Once the child has moved in, the match ends in an order or a disruption, not a withdrawal.
            case PLACED -> EnumSet.of(ADOPTED, DISRUPTED);
            case ADOPTED, DISRUPTED, WITHDRAWN -> EnumSet.noneOf(MatchStage.class);
        };
    }

    public boolean canMoveTo(MatchStage target) {
        return next().contains(target);
    }

    /** Whether a match in this stage still holds its children and household. */
    public boolean active() {
        return !next().isEmpty();
    }

    /** Stages entered only with a recorded reason. */
    public boolean needsReason() {
        return this == DISRUPTED || this == WITHDRAWN;
    }
}
