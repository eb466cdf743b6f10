package uk.raa.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import uk.raa.gateway.config.GatewayConfig;

/**
 * One token bucket per client, in this replica's memory: with N replicas a client may make up to N times its limit
 * (the ingress spreads its calls). Clients never share a bucket, so one authority at its limit cannot slow another.
 */
@ApplicationScoped
public class RateLimiter {

    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final GatewayConfig.RateLimit config;
    private final LongSupplier clock;

    @Inject
    public RateLimiter(GatewayConfig config) {
        this(config.rateLimit(), System::nanoTime);
    }

    RateLimiter(GatewayConfig.RateLimit config, LongSupplier clock) {
        this.config = config;
        this.clock = clock;
    }

    public TokenBucket.Decision take(String clientKey) {
        long now = clock.getAsLong();
        return buckets.computeIfAbsent(clientKey, key -> newBucket(key, now)).take(now);
    }

    /** Drops buckets nobody has used for a while, so one-off agency users do not accumulate. */
    public void forgetIdle() {
        long now = clock.getAsLong();
        long idle = config.forgetAfter().toNanos();
        buckets.values().removeIf(bucket -> bucket.idleAndFull(now, idle));
    }

    int size() {
        return buckets.size();
    }

    private TokenBucket newBucket(String key, long now) {
        GatewayConfig.ClientLimit own = config.clients().get(key);
        double perSecond = own != null && own.perSecond().isPresent() ? own.perSecond().getAsDouble()
                : config.defaultPerSecond();
        int burst = own != null && own.burst().isPresent() ? own.burst().getAsInt() : config.burst();
        return new TokenBucket(perSecond, burst, now);
    }
}
