package uk.raa.common.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import uk.raa.common.events.Drift.Kind;
import uk.raa.common.events.Drift.Position;
import uk.raa.common.events.Drift.Watermark;

/** The reconciliation's comparison of one consumer position with its owner's watermark. */
class DriftTest {

    private static final Duration SETTLE = Duration.ofMinutes(5);
    private static final Instant CYCLE = Instant.parse("2026-12-04T10:00:00Z");
    private static final Instant LONG_BEFORE = CYCLE.minus(Duration.ofHours(1));
    private static final Instant JUST_BEFORE = CYCLE.minus(Duration.ofMinutes(1));
    private static final Instant AFTER = CYCLE.plus(Duration.ofMinutes(1));

    private static Kind classify(Position position, Watermark watermark, Instant lastComplete) {
        return Drift.classify(position, watermark, lastComplete, SETTLE);
    }

    @Test
    void theSameSequenceIsInStep() {
        assertEquals(Kind.IN_STEP, classify(new Position(4, LONG_BEFORE), new Watermark(4, CYCLE), CYCLE));
    }

    @Test
    void aConsumerShortOfTheOwnersSequenceIsBehindHoweverRecentlyItMoved() {
        assertEquals(Kind.BEHIND, classify(new Position(3, LONG_BEFORE), new Watermark(4, CYCLE), CYCLE));
        assertEquals(Kind.BEHIND, classify(new Position(3, AFTER), new Watermark(4, CYCLE), CYCLE));
        // The owner's cycle has not completed yet: a listed aggregate is still compared.
        assertEquals(Kind.BEHIND, classify(new Position(3, LONG_BEFORE), new Watermark(4, CYCLE), null));
    }

    @Test
    void aConsumerThatNeverSawAnAggregateTheOwnerHasIsBehindFromTheStart() {
        assertEquals(Kind.BEHIND, classify(Position.NONE, new Watermark(1, CYCLE), CYCLE));
    }

    @Test
    void aConsumerPastTheOwnersSequenceIsAheadOnlyIfItMovedWellBeforeTheCycle() {
        assertEquals(Kind.AHEAD, classify(new Position(5, LONG_BEFORE), new Watermark(4, CYCLE), CYCLE));
        // Moved after the owner counted, or within the settle time: a newer event, not drift.
        assertEquals(Kind.IN_STEP, classify(new Position(5, AFTER), new Watermark(4, CYCLE), CYCLE));
        assertEquals(Kind.IN_STEP, classify(new Position(5, JUST_BEFORE), new Watermark(4, CYCLE), CYCLE));
    }

    @Test
    void anAggregateTheOwnersLastCompleteCycleDidNotListIsUnknownToTheOwner() {
        assertEquals(Kind.UNKNOWN_TO_OWNER, classify(new Position(2, LONG_BEFORE), null, CYCLE));
        // Listed in an older cycle only: the owner no longer has it.
        Watermark older = new Watermark(2, CYCLE.minus(Duration.ofHours(2)));
        assertEquals(Kind.UNKNOWN_TO_OWNER, classify(new Position(2, LONG_BEFORE), older, CYCLE));
    }

    @Test
    void anUnlistedAggregateIsNotJudgedWithoutACompleteCycleOrWhenItIsNewerThanTheCycle() {
        assertEquals(Kind.IN_STEP, classify(new Position(2, LONG_BEFORE), null, null));
        assertEquals(Kind.IN_STEP, classify(new Position(1, AFTER), null, CYCLE));
        assertEquals(Kind.IN_STEP, classify(new Position(1, JUST_BEFORE), null, CYCLE));
        assertEquals(Kind.IN_STEP, classify(Position.NONE, null, CYCLE));
    }

    @Test
    void aWatermarkFromACycleNewerThanTheLastCompleteOneCounts() {
        Watermark current = new Watermark(7, CYCLE.plus(Duration.ofHours(1)));
        assertEquals(Kind.BEHIND, classify(new Position(6, LONG_BEFORE), current, CYCLE));
        assertEquals(Kind.IN_STEP, classify(new Position(7, LONG_BEFORE), current, CYCLE));
    }
}
