package uk.raa.gateway.service;

/**
 * A token bucket: holds up to {@code burst} tokens, refilled at {@code perSecond}; each call takes one. Time comes
 * from the caller (nanoseconds) so the rule is testable without sleeping. The critical section is a few arithmetic
 * operations, so the lock never holds up an event-loop thread in practice.
 */
public final class TokenBucket {

    private static final double NANOS_PER_SECOND = 1_000_000_000d;

    private final double perSecond;
    private final double burst;
    private double tokens;
    private long updatedAt;
    private long lastUsed;

    public TokenBucket(double perSecond, int burst, long now) {
        if (!(perSecond > 0) || burst < 1) {
            throw new IllegalArgumentException("rate must be positive and burst at least 1");
        }
        this.perSecond = perSecond;
        this.burst = burst;
        this.tokens = burst;
        this.updatedAt = now;
        this.lastUsed = now;
    }

    /** Takes a token if there is one; otherwise says how long until there will be. */
    public synchronized Decision take(long now) {
        refill(now);
        lastUsed = now;
        if (tokens >= 1) {
            tokens -= 1;
            return Decision.ALLOWED;
        }
        long waitNanos = (long) Math.ceil((1 - tokens) / perSecond * NANOS_PER_SECOND);
        return Decision.refused(waitNanos);
    }

    /** Whether the bucket is full and unused for {@code idleNanos}: forgetting it then changes nothing. */
    public synchronized boolean idleAndFull(long now, long idleNanos) {
        refill(now);
        return tokens >= burst && now - lastUsed >= idleNanos;
    }

    private void refill(long now) {
        long elapsed = now - updatedAt;
        if (elapsed > 0) {
            tokens = Math.min(burst, tokens + elapsed / NANOS_PER_SECOND * perSecond);
            updatedAt = now;
        }
    }

    /** The outcome of one call: allowed, or refused with the wait until a token is due. */
    public record Decision(boolean allowed, long waitNanos) {

        static final Decision ALLOWED = new Decision(true, 0);

        static Decision refused(long waitNanos) {
            return new Decision(false, waitNanos);
        }

        /** Whole seconds to put in {@code Retry-After}: rounded up, never 0 (0 would invite an immediate retry). */
        public long retryAfterSeconds() {
            return Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
        }
    }
}
