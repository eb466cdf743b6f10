package uk.raa.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Everything the gateway needs to know about where to send calls and how hard to guard them. Kubernetes overrides
 * the upstream URLs with environment variables such as {@code RAA_GATEWAY_ROUTES_CHILDREN_URL}.
 */
@ConfigMapping(prefix = "raa.gateway")
public interface GatewayConfig {

    /**
     * Upstreams by name. A route serves {@code /api/<name>/...} unless it sets its own prefix; the longest matching
     * prefix wins, so a slow sub-path (imports) can be a route of its own with a longer timeout and a larger body.
     */
    Map<String, Route> routes();

    /** How long to wait for a connection to an upstream (including a free slot in the pool) before answering 503. */
    @WithDefault("2s")
    Duration connectTimeout();

    /** Connections kept per upstream; the Vert.x default of 5 is far too few for a gateway. */
    @WithDefault("64")
    int maxConnectionsPerUpstream();

    /** Largest request body, in bytes, on a route that does not set its own. */
    @WithDefault("1048576")
    long maxBodyBytes();

    RateLimit rateLimit();

    Headers headers();

    Readiness readiness();

    interface Route {

        /** Where the service listens, e.g. {@code http://localhost:8081}. The request path is kept as it is. */
        URI url();

        /** Path prefix served by this route; defaults to {@code /api/<name>}. */
        Optional<String> prefix();

        /**
         * Longest silence allowed from the upstream (before its first byte, and between chunks of its answer) before
         * the caller gets 504.
         */
        @WithDefault("10s")
        Duration timeout();

        /** Largest request body for this route; the gateway-wide {@code max-body-bytes} when absent. */
        OptionalLong maxBodyBytes();

        /** Whether the gateway's readiness depends on this upstream's readiness. */
        @WithDefault("true")
        boolean requiredForReadiness();
    }

    interface RateLimit {

        /** Sustained calls per second allowed to one client (authority, or agency member). */
        @WithDefault("20")
        double defaultPerSecond();

        /** Calls a client may make at once after being idle. */
        @WithDefault("40")
        int burst();

        /**
         * Per-client overrides keyed by the client key: the authority (e.g. {@code coventry}), or {@code <agency>:<sub>}
         * for agency staff.
         */
        Map<String, ClientLimit> clients();

        /** Buckets idle this long are forgotten (a full bucket and a missing one behave the same). */
        @WithDefault("10m")
        Duration forgetAfter();
    }

    interface ClientLimit {
        OptionalDouble perSecond();

        OptionalInt burst();
    }

    interface Headers {

        /** The browser origin allowed to call the API cross-origin (the Swagger UI's own origin needs no CORS). */
        @WithDefault("http://localhost:8080")
        List<String> uiOrigins();

        /** {@code Strict-Transport-Security} value; empty turns it off (plain-HTTP local runs ignore it anyway). */
        @WithDefault("max-age=31536000; includeSubDomains")
        Optional<String> hsts();

        /** Extra origins the Swagger UI may contact (Keycloak, for discovery and the token exchange). */
        Optional<List<String>> uiConnectSources();
    }

    interface Readiness {

        /** How long an upstream's readiness answer is reused before asking again. */
        @WithDefault("3s")
        Duration cacheFor();

        /** How long to wait for an upstream's readiness answer. */
        @WithDefault("1s")
        Duration timeout();
    }
}
