package uk.raa.gateway.rest;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;
import uk.raa.gateway.config.GatewayConfig;

/**
 * Runs first on every request the gateway receives: gives it a request id (the caller's {@code X-Request-Id} when
 * it is a safe token, otherwise a new one), which goes to the upstream, into the logs (MDC {@code requestId}) and
 * back in the response; and sets the security headers on whatever answer leaves, proxied or not.
 */
@ApplicationScoped
public class EdgeHeaders {

    public static final String REQUEST_ID = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    /** Before CORS (-300) and authentication (-200), so their answers carry the headers too. */
    static final int ORDER = -2000;
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final String API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

    private final String uiCsp;
    private final String hsts;

    public EdgeHeaders(GatewayConfig config) {
        this.hsts = config.headers().hsts().filter(v -> !v.isBlank()).orElse(null);
        String keycloak = String.join(" ", config.headers().uiConnectSources().orElse(java.util.List.of()));
        // Swagger UI's generated index.html and oauth2-redirect.html use inline scripts and styles, so the UI pages
        // need 'unsafe-inline'; they may talk to Keycloak (discovery, token exchange) and nowhere else.
        this.uiCsp = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data:; font-src 'self' data:; connect-src 'self' " + keycloak
                + "; form-action 'self' " + keycloak + "; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::decorate);
    }

    void decorate(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String given = request.getHeader(REQUEST_ID);
        String id = given != null && SAFE_ID.matcher(given).matches() ? given : UUID.randomUUID().toString();
        // Set on the incoming headers so the proxy passes exactly this id on to the service.
        request.headers().set(REQUEST_ID, id);
        MDC.put(MDC_KEY, id);
        String path = request.path();
        boolean ui = path.startsWith("/q/swagger-ui");
        boolean api = path.startsWith("/api/") || path.startsWith("/openapi/");
        ctx.addHeadersEndHandler(v -> {
            HttpServerResponse response = ctx.response();
            response.putHeader(REQUEST_ID, id);
            response.putHeader("X-Content-Type-Options", "nosniff");
            response.putHeader("X-Frame-Options", "DENY");
            response.putHeader("Referrer-Policy", "no-referrer");
            response.putHeader("Content-Security-Policy", ui ? uiCsp : API_CSP);
            if (hsts != null) {
                response.putHeader("Strict-Transport-Security", hsts);
            }
            if (api) {
                // Almost everything behind /api is personal data: no shared or private cache may keep it.
                response.putHeader("Cache-Control", "no-store");
                response.headers().remove("Expires");
            }
        });
        ctx.next();
    }
}
