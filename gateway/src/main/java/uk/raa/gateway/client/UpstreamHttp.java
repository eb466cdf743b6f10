package uk.raa.gateway.client;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import uk.raa.gateway.config.GatewayConfig;
import uk.raa.gateway.service.RouteTable.Upstream;

/**
 * The one non-blocking HTTP client the gateway uses to reach the services (proxied calls, OpenAPI documents,
 * readiness). Connection pools are per upstream host and port.
 */
@ApplicationScoped
public class UpstreamHttp {

    private final HttpClient client;
    private final long connectTimeoutMillis;

    public UpstreamHttp(Vertx vertx, GatewayConfig config) {
        this.connectTimeoutMillis = config.connectTimeout().toMillis();
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setMaxPoolSize(config.maxConnectionsPerUpstream())
                .setKeepAlive(true)
                .setConnectTimeout((int) connectTimeoutMillis)
                // Forward bytes as they are: the services compress (or not) and the caller decompresses.
                .setDecompressionSupported(false));
    }

    public HttpClient client() {
        return client;
    }

    /**
     * A request to {@code upstream}. The connect timeout covers both opening a connection and waiting for a free
     * one; the idle timeout ends a call whose upstream goes quiet for longer than {@code idleTimeoutMillis}.
     */
    public Future<HttpClientRequest> open(Upstream upstream, HttpMethod method, String uri, long idleTimeoutMillis) {
        return client.request(new RequestOptions()
                .setMethod(method)
                .setHost(upstream.host())
                .setPort(upstream.port())
                .setSsl(upstream.secure())
                .setURI(uri)
                .setConnectTimeout(connectTimeoutMillis)
                .setIdleTimeout(idleTimeoutMillis));
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
