package uk.raa.common.events;

import java.time.Duration;
import java.time.Instant;

/**
 * The comparison at the heart of reconciliation: one consumer's position for one aggregate against what the owner
 * last said about it. Pure, so the rules are tested on their own.
 */
public final class Drift {

    /** How a consumer's position stands against its owner. */
    public enum Kind {
        /** Same sequence, or a difference explained by events still on their way. */
        IN_STEP,
        /** The owner published sequences the consumer has not applied: repairable by a resend. */
        BEHIND,
        /** The consumer applied sequences the owner says it never published (the owner lost data): reported. */
        AHEAD,
        /** The consumer holds an aggregate the owner did not list in its last complete cycle: reported. */
        UNKNOWN_TO_OWNER
    }

    /**
     * What the consumer holds for an aggregate.
     *
     * @param sequence  the last sequence applied (0 when the consumer has never seen the aggregate)
     * @param updatedAt when the position last moved; {@code null} when there is none
     */
    public record Position(long sequence, Instant updatedAt) {

        public static final Position NONE = new Position(0, null);
    }

    /**
     * What the owner said about an aggregate.
     *
     * @param sequence the latest sequence it had published when its cycle started
     * @param cycle    when that cycle started (owner's clock)
     */
    public record Watermark(long sequence, Instant cycle) {
    }

    private Drift() {
    }

    /**
     * @param position          the consumer's position
     * @param watermark         the owner's latest word on the aggregate, or {@code null} if it never listed it
     * @param lastCompleteCycle the start of the owner's last cycle whose every page arrived, or {@code null}
     * @param settleTime        how long before a cycle a position must have last moved to be judged ahead or unknown
     */
    public static Kind classify(Position position, Watermark watermark, Instant lastCompleteCycle,
            Duration settleTime) {
        boolean listedInLastCycle = watermark != null
                && (lastCompleteCycle == null || !watermark.cycle().isBefore(lastCompleteCycle));
        if (!listedInLastCycle) {
            // The owner's last complete cycle did not mention it: unknown to the owner, unless the consumer has
            // nothing, or moved too recently for that cycle to have known (a newer aggregate; the next cycle tells).
            if (lastCompleteCycle == null || position.updatedAt() == null
                    || !settledBefore(position, lastCompleteCycle, settleTime)) {
                return Kind.IN_STEP;
            }
            return Kind.UNKNOWN_TO_OWNER;
        }
        if (position.sequence() < watermark.sequence()) {
            return Kind.BEHIND;
        }
        if (position.sequence() > watermark.sequence() && position.updatedAt() != null
                && settledBefore(position, watermark.cycle(), settleTime)) {
            return Kind.AHEAD;
        }
        return Kind.IN_STEP;
    }

    private static boolean settledBefore(Position position, Instant cycle, Duration settleTime) {
        return position.updatedAt().isBefore(cycle.minus(settleTime));
    }
}
