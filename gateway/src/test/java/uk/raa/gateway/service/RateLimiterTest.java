package uk.raa.gateway.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import uk.raa.gateway.config.GatewayConfig;

class RateLimiterTest {

    private final AtomicLong now = new AtomicLong();

    private RateLimiter limiter(Map<String, GatewayConfig.ClientLimit> clients) {
        GatewayConfig.RateLimit config = new GatewayConfig.RateLimit() {
            public double defaultPerSecond() {
                return 1;
            }

            public int burst() {
                return 2;
            }

            public Map<String, GatewayConfig.ClientLimit> clients() {
                return clients;
            }

            public Duration forgetAfter() {
                return Duration.ofMinutes(10);
            }
        };
        return new RateLimiter(config, now::get);
    }

    private static GatewayConfig.ClientLimit limit(Double perSecond, Integer burst) {
        return new GatewayConfig.ClientLimit() {
            public OptionalDouble perSecond() {
                return perSecond == null ? OptionalDouble.empty() : OptionalDouble.of(perSecond);
            }

            public OptionalInt burst() {
                return burst == null ? OptionalInt.empty() : OptionalInt.of(burst);
            }
        };
    }

    @Test
    void eachClientHasItsOwnBucket() {
        RateLimiter limiter = limiter(Map.of());
        assertTrue(limiter.take("coventry").allowed());
        assertTrue(limiter.take("coventry").allowed());
        assertFalse(limiter.take("coventry").allowed());
        assertTrue(limiter.take("solihull").allowed());
        assertTrue(limiter.take("solihull").allowed());
    }

    @Test
    void aClientsOwnLimitReplacesTheDefaultPartByPart() {
        // coventry: burst 5, default rate; solihull: rate 10/s, default burst 2.
        RateLimiter limiter = limiter(Map.of("coventry", limit(null, 5), "solihull", limit(10.0, null)));
        for (int i = 0; i < 5; i++) {
            assertTrue(limiter.take("coventry").allowed(), "call " + i);
        }
        assertFalse(limiter.take("coventry").allowed());
        limiter.take("solihull");
        limiter.take("solihull");
        TokenBucket.Decision refused = limiter.take("solihull");
        assertFalse(refused.allowed());
        // 10 tokens/s: next one due in 0.1 s.
        assertEquals(100_000_000L, refused.waitNanos());
    }

    @Test
    void idleBucketsAreForgotten() {
        RateLimiter limiter = limiter(Map.of());
        limiter.take("coventry");
        now.set(Duration.ofMinutes(5).toNanos());
        limiter.take("solihull");
        now.set(Duration.ofMinutes(11).toNanos());
        limiter.forgetIdle();
        // coventry idle for 11 min (> 10): gone; solihull idle for 6 min: kept.
        assertEquals(1, limiter.size());
    }
}
