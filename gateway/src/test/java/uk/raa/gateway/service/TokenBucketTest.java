package uk.raa.gateway.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aFullBucketAllowsItsBurstThenRefuses() {
        TokenBucket bucket = new TokenBucket(2, 3, 0);
        assertTrue(bucket.take(0).allowed());
        assertTrue(bucket.take(0).allowed());
        assertTrue(bucket.take(0).allowed());
        TokenBucket.Decision refused = bucket.take(0);
        assertFalse(refused.allowed());
        // Empty, 2 tokens/s: the next token is due in 1/2 s = 500,000,000 ns; Retry-After rounds up to 1 s.
        assertEquals(SECOND / 2, refused.waitNanos());
        assertEquals(1, refused.retryAfterSeconds());
    }

    @Test
    void tokensComeBackAtTheRateAndNeverAboveTheBurst() {
        TokenBucket bucket = new TokenBucket(2, 3, 0);
        for (int i = 0; i < 3; i++) {
            bucket.take(0);
        }
        // 0.5 s later: 0 + 0.5 * 2 = 1 token -> one call, then refused.
        assertTrue(bucket.take(SECOND / 2).allowed());
        assertFalse(bucket.take(SECOND / 2).allowed());
        // 100 s later the bucket holds min(3, 100 * 2) = 3, not 200.
        long later = 100 * SECOND;
        assertTrue(bucket.take(later).allowed());
        assertTrue(bucket.take(later).allowed());
        assertTrue(bucket.take(later).allowed());
        assertFalse(bucket.take(later).allowed());
    }

    @Test
    void retryAfterRoundsUpToWholeSeconds() {
        // 0.1 token/s, burst 1: empty -> next token in 10 s.
        TokenBucket bucket = new TokenBucket(0.1, 1, 0);
        bucket.take(0);
        assertEquals(10, bucket.take(0).retryAfterSeconds());
        // 2.5 s on: 0.25 token; 0.75 / 0.1 = 7.5 s to wait -> 8.
        assertEquals(8, bucket.take(5 * SECOND / 2).retryAfterSeconds());
    }

    @Test
    void aBucketIsIdleOnlyWhenFullAndUnusedLongEnough() {
        TokenBucket bucket = new TokenBucket(1, 2, 0);
        bucket.take(0);
        // At 0.5 s it holds 1.5 of 2: not full.
        assertFalse(bucket.idleAndFull(SECOND / 2, SECOND / 4));
        // At 60 s it is full and unused for 60 s.
        assertTrue(bucket.idleAndFull(60 * SECOND, 30 * SECOND));
        assertFalse(bucket.idleAndFull(60 * SECOND, 90 * SECOND));
    }

    @Test
    void nonsenseLimitsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new TokenBucket(0, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new TokenBucket(1, 0, 0));
    }
}
