package uk.raa.gateway.rest;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import uk.raa.gateway.client.UpstreamProxies;
import uk.raa.gateway.service.ClientKey;
import uk.raa.gateway.service.RateLimiter;
import uk.raa.gateway.service.RouteTable;
import uk.raa.gateway.service.RouteTable.Upstream;
import uk.raa.gateway.service.TokenBucket;

/**
 * {@code /api/**}: refuses what the services would refuse anyway before it costs them anything (unknown paths,
 * over-long bodies, missing or invalid tokens, clients over their rate), then streams the call to the service.
 * The services check the token again: the gateway is not the only wall.
 */
@ApplicationScoped
public class ApiRoutes {

    private static final Logger LOG = Logger.getLogger(ApiRoutes.class);

    private final RouteTable routes;
    private final RateLimiter limiter;
    private final UpstreamProxies proxies;
    private final MeterRegistry meters;
    private final Vertx vertx;

    public ApiRoutes(RouteTable routes, RateLimiter limiter, UpstreamProxies proxies, MeterRegistry meters,
            Vertx vertx) {
        this.routes = routes;
        this.limiter = limiter;
        this.proxies = proxies;
        this.meters = meters;
        this.vertx = vertx;
    }

    void install(@Observes Router router) {
        router.route("/api/*").handler(this::handle);
        vertx.setPeriodic(60_000, id -> limiter.forgetIdle());
    }

    void handle(RoutingContext ctx) {
        String path = ctx.request().path();
        if (!path.equals(ctx.normalizedPath())) {
            // Dot segments or encoded characters could make a path mean one route here and another upstream.
            reject(ctx, "none", 400, "path-not-normalised", "Path not accepted",
                    "The path must not contain dot segments or needlessly encoded characters.");
            return;
        }
        Optional<Upstream> match = routes.match(path);
        if (match.isEmpty()) {
            reject(ctx, "none", 404, "not-found", "Not found", "No service answers under this path.");
            return;
        }
        Upstream upstream = match.get();
        if (declaredLength(ctx) > upstream.maxBodyBytes()) {
            reject(ctx, upstream.name(), 413, "payload-too-large", "Payload too large",
                    "The request body is larger than " + upstream.maxBodyBytes() + " bytes.");
            return;
        }
        // Checking the token may take a moment (key fetch); hold the body until the proxy is ready to stream it.
        ctx.request().pause();
        Context context = Vertx.currentContext();
        // Quarkus would answer a failed check with its own bare 401; this route answers with a problem instead.
        ctx.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, (BiConsumer<RoutingContext, Throwable>) (rc, failure) -> {
        });
        QuarkusHttpUser.getSecurityIdentity(ctx, null)
                .emitOn(task -> context.runOnContext(v -> task.run()))
                .subscribe().with(
                        identity -> authenticated(ctx, upstream, identity),
                        failure -> unauthorized(ctx, upstream, "The access token is not valid."));
    }

    private void authenticated(RoutingContext ctx, Upstream upstream, SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            unauthorized(ctx, upstream, "A bearer access token is required.");
            return;
        }
        String client = ClientKey.of(claim(token, "authority"), claim(token, "agency"), token.getSubject());
        TokenBucket.Decision decision = limiter.take(client);
        if (!decision.allowed()) {
            ctx.response().putHeader(HttpHeaders.RETRY_AFTER, String.valueOf(decision.retryAfterSeconds()));
            reject(ctx, upstream.name(), 429, "rate-limited", "Too many requests",
                    "This client has used its request allowance; retry after " + decision.retryAfterSeconds()
                            + " s.");
            return;
        }
        Timer.Sample sample = Timer.start(meters);
        ctx.addEndHandler(done -> {
            int status = ctx.response().getStatusCode();
            sample.stop(meters.timer("raa.gateway.upstream.calls", "route", upstream.name(), "status",
                    String.valueOf(status)));
            LOG.infof("%s %s -> %s %d", ctx.request().method(), upstream.name(), upstream.url(), status);
        });
        proxies.proxy(upstream, ctx.request());
    }

    private void unauthorized(RoutingContext ctx, Upstream upstream, String detail) {
        ctx.response().putHeader("WWW-Authenticate", "Bearer");
        reject(ctx, upstream.name(), 401, "unauthorized", "Unauthorized", detail);
    }

    private void reject(RoutingContext ctx, String route, int status, String type, String title, String detail) {
        meters.counter("raa.gateway.rejected", "route", route, "status", String.valueOf(status)).increment();
        Problems.send(ctx, status, type, title, detail);
    }

    private static long declaredLength(RoutingContext ctx) {
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return 0;
        }
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    private static Optional<String> claim(JsonWebToken token, String name) {
        Object value = token.getClaim(name);
        if (value instanceof String s) {
            return Optional.of(s);
        }
        if (value instanceof jakarta.json.JsonString s) {
            return Optional.of(s.getString());
        }
        return Optional.empty();
    }
}
