package uk.raa.gateway.client;

import io.vertx.core.Future;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import uk.raa.gateway.config.GatewayConfig;
import uk.raa.gateway.service.RouteTable.Upstream;

/**
 * Asks an upstream whether it is ready ({@code /q/health/ready}), with a short timeout, and reuses the answer briefly
 * so that probes on many gateway replicas do not multiply into a storm on the services.
 */
@ApplicationScoped
public class UpstreamReadiness {

    private record Answer(Future<Boolean> ready, long at) {
    }

    private final UpstreamHttp http;
    private final long cacheNanos;
    private final long timeoutMillis;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();

    public UpstreamReadiness(UpstreamHttp http, GatewayConfig config) {
        this.http = http;
        this.cacheNanos = config.readiness().cacheFor().toNanos();
        this.timeoutMillis = config.readiness().timeout().toMillis();
    }

    /** Completes with whether {@code upstream} said it was ready in time; never fails. */
    public Future<Boolean> ready(Upstream upstream) {
        long now = System.nanoTime();
        Answer answer = answers.compute(upstream.name(), (name, previous) ->
                previous != null && now - previous.at() < cacheNanos ? previous : new Answer(ask(upstream), now));
        return answer.ready();
    }

    private Future<Boolean> ask(Upstream upstream) {
        return http.open(upstream, HttpMethod.GET, "/q/health/ready", timeoutMillis)
                .compose(request -> request.send())
                .compose(response -> response.body().map(body -> isUp(response)))
                .otherwise(false);
    }

    private static boolean isUp(HttpClientResponse response) {
        return response.statusCode() == 200;
    }
}
