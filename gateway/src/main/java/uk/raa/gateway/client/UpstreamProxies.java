package uk.raa.gateway.client;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.Map;
import org.jboss.logging.Logger;
import uk.raa.gateway.service.Problem;
import uk.raa.gateway.service.RouteTable;
import uk.raa.gateway.service.RouteTable.Upstream;

/**
 * One Vert.x reverse proxy per route. Bodies stream both ways (nothing is buffered); the path, query, method and
 * headers (including {@code Authorization} and {@code X-Request-Id}) go through unchanged. When the exchange fails
 * the caller gets a problem instead of the proxy's bare 502: 503 when no connection could be had, 504 when the
 * service went quiet for longer than the route's timeout, 413 when a streamed body passed the limit.
 */
@ApplicationScoped
public class UpstreamProxies {

    private static final Logger LOG = Logger.getLogger(UpstreamProxies.class);
    private static final String CONNECTED = "raa.connected";
    private static final String LIMITED_BODY = "raa.limited-body";

    private final UpstreamHttp http;
    private final Map<String, HttpProxy> api = new HashMap<>();
    private final Map<String, HttpProxy> openApi = new HashMap<>();

    public UpstreamProxies(UpstreamHttp http, RouteTable routes) {
        this.http = http;
        for (Upstream upstream : routes.all()) {
            api.put(upstream.name(), HttpProxy.reverseProxy(http.client())
                    .origin(ctx -> open(ctx, upstream, ctx.request().getURI(), upstream.timeoutMillis()))
                    .addInterceptor(new GuardedExchange(upstream.maxBodyBytes()))
                    .addInterceptor(new OwnLocations(upstream.url())));
            if (upstream.servicesRoot()) {
                openApi.put(upstream.name(), HttpProxy.reverseProxy(http.client())
                        .origin(ctx -> open(ctx, upstream, ctx.request().getURI(), upstream.timeoutMillis()))
                        .addInterceptor(new OpenApiDocument())
                        .addInterceptor(new GuardedExchange(0)));
            }
        }
    }

    /** Proxies an API call to {@code upstream}; the request must be paused if anything asynchronous ran before. */
    public void proxy(Upstream upstream, HttpServerRequest request) {
        api.get(upstream.name()).handle(request);
    }

    /** Proxies a request for the service's OpenAPI document to its {@code /q/openapi}. */
    public void proxyOpenApi(Upstream upstream, HttpServerRequest request) {
        openApi.get(upstream.name()).handle(request);
    }

    private Future<io.vertx.core.http.HttpClientRequest> open(ProxyContext ctx, Upstream upstream, String uri,
            long timeoutMillis) {
        return http.open(upstream, ctx.request().getMethod(), uri, timeoutMillis)
                .onSuccess(request -> ctx.set(CONNECTED, Boolean.TRUE));
    }

    /** Caps streamed bodies and turns a failed exchange into a problem answer. */
    private static final class GuardedExchange implements ProxyInterceptor {

        private final long maxBodyBytes;

        GuardedExchange(long maxBodyBytes) {
            this.maxBodyBytes = maxBodyBytes;
        }

        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext ctx) {
            ProxyRequest request = ctx.request();
            HttpServerRequest caller = request.proxiedRequest();
            if (caller.getHeader(HttpHeaders.CONTENT_LENGTH) == null && isChunked(caller)) {
                LimitedBody limited = new LimitedBody(caller, maxBodyBytes);
                ctx.set(LIMITED_BODY, limited);
                request.setBody(Body.body(limited, -1));
            }
            return ctx.sendRequest().recover(failure -> {
                LimitedBody limited = ctx.get(LIMITED_BODY, LimitedBody.class);
                UpstreamFailure kind = UpstreamFailure.of(failure, ctx.get(CONNECTED, Boolean.class) != null,
                        limited != null && limited.exceeded());
                LOG.debugf("upstream exchange failed (%s): %s", kind, failure.toString());
                return Future.succeededFuture(problem(request, kind.problem()));
            });
        }

        private static boolean isChunked(HttpServerRequest caller) {
            String te = caller.getHeader(HttpHeaders.TRANSFER_ENCODING);
            return te != null && te.toLowerCase().contains("chunked");
        }

        private static ProxyResponse problem(ProxyRequest request, Problem problem) {
            Buffer body = problem.toBuffer();
            boolean unread = !request.proxiedRequest().isEnded();
            ProxyResponse response = request.release().response();
            response.headers().clear();
            response.setStatusCode(problem.status())
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .setBody(Body.body(body));
            if (unread) {
                // The caller may still be sending; do not read the rest of a large body just to discard it.
                request.proxiedRequest().response().putHeader(HttpHeaders.CONNECTION, "close");
            }
            return response;
        }
    }

    /**
     * A service names a record it made with an absolute {@code Location} on its own (internal) host; the caller can
     * only reach it through the gateway, which serves the same path. Such a Location loses its scheme and host.
     */
    static final class OwnLocations implements ProxyInterceptor {

        private final URI upstream;

        OwnLocations(URI upstream) {
            this.upstream = upstream;
        }

        @Override
        public Future<Void> handleProxyResponse(ProxyContext ctx) {
            ProxyResponse response = ctx.response();
            String location = response.headers().get(HttpHeaders.LOCATION);
            if (location != null) {
                response.headers().set(HttpHeaders.LOCATION, relative(location));
            }
            return ctx.sendResponse();
        }

        String relative(String location) {
            try {
                URI uri = new URI(location);
                if (uri.isAbsolute() && uri.getScheme().equalsIgnoreCase(upstream.getScheme())
                        && uri.getHost() != null && uri.getHost().equalsIgnoreCase(upstream.getHost())
                        && port(uri) == port(upstream)) {
                    return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
                }
            } catch (URISyntaxException e) {
                LOG.debugf("upstream sent a Location that is not a URI: %s", e.getMessage());
            }
            return location;
        }

        private static int port(URI uri) {
            return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        }
    }

    /** Asks the service for its own OpenAPI document, without passing on the caller's credentials. */
    private static final class OpenApiDocument implements ProxyInterceptor {

        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext ctx) {
            ProxyRequest request = ctx.request();
            String query = request.proxiedRequest().query();
            request.setMethod(HttpMethod.GET);
            request.setURI("/q/openapi" + (query == null ? "" : "?" + query));
            request.headers().remove(HttpHeaders.AUTHORIZATION).remove(HttpHeaders.COOKIE);
            return ctx.sendRequest();
        }
    }
}
