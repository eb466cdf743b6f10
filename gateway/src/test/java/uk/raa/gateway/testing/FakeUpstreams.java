package uk.raa.gateway.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import java.net.ServerSocket;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Stands in for the services: small Vert.x HTTP servers on random ports.
 * <ul>
 * <li>children and adopters echo what they received (method, URI, headers, body length and SHA-256) as JSON, and
 * count the requests they saw ({@code GET /__count}, asked directly, not through the gateway);</li>
 * <li>finance accepts connections and never answers (slow);</li>
 * <li>matching is a port nobody listens on (down).</li>
 * </ul>
 * The gateway is pointed at them, with short timeouts so the slow and down cases answer quickly.
 */
public class FakeUpstreams implements QuarkusTestResourceLifecycleManager {

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        int children = listen(echo("children"));
        int adopters = listen(echo("adopters"));
        int finance = listen(request -> {
            // Readiness and every call hang: the gateway must give up on its own.
        });
        int matching = unusedPort();

        Map<String, String> config = new HashMap<>();
        config.put("raa.gateway.routes.children.url", "http://localhost:" + children);
        config.put("raa.gateway.routes.adopters.url", "http://localhost:" + adopters);
        config.put("raa.gateway.routes.matching.url", "http://localhost:" + matching);
        config.put("raa.gateway.routes.finance.url", "http://localhost:" + finance);
        config.put("raa.gateway.routes.finance.timeout", "300ms");
        config.put("raa.gateway.connect-timeout", "500ms");
        config.put("raa.gateway.readiness.timeout", "300ms");
        config.put("raa.gateway.readiness.cache-for", "0s");
        config.put("raa.gateway.max-body-bytes", "65536");
        config.put("raa.gateway.routes.children-imports.max-body-bytes", "1048576");
        config.put("raa.gateway.rate-limit.default-per-second", "1000");
        config.put("raa.gateway.rate-limit.burst", "1000");
        // Two authorities with the same tight allowance (3 at once, then one every 10 s).
        for (String authority : new String[] {"hammered", "neighbour"}) {
            config.put("raa.gateway.rate-limit.clients." + authority + ".per-second", "0.1");
            config.put("raa.gateway.rate-limit.clients." + authority + ".burst", "3");
        }
        config.put("raa.gateway.headers.ui-origins", "https://ui.example.test");
        config.put("raa.gateway.headers.ui-connect-sources", "https://keycloak.example.test");
        return config;
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).join();
        }
    }

    private int listen(io.vertx.core.Handler<HttpServerRequest> handler) {
        HttpServer server = vertx.createHttpServer().requestHandler(handler);
        return server.listen(0).toCompletionStage().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).join()
                .actualPort();
    }

    private static int unusedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static io.vertx.core.Handler<HttpServerRequest> echo(String service) {
        AtomicLong seen = new AtomicLong();
        return request -> {
            if (request.path().equals("/__count")) {
                request.response().end(String.valueOf(seen.get()));
                return;
            }
            seen.incrementAndGet();
            if (request.path().equals("/q/health/ready")) {
                request.response().putHeader("Content-Type", "application/json").end("{\"status\":\"UP\"}");
                return;
            }
            if (request.path().equals("/q/openapi")) {
                JsonObject doc = new JsonObject().put("openapi", "3.1.0")
                        .put("info", new JsonObject().put("title", service + "-service").put("version", "0.1.0"))
                        .put("x-saw-authorization", request.getHeader("Authorization") != null)
                        .put("x-query", request.query());
                request.response().putHeader("Content-Type", "application/json").end(doc.encode());
                return;
            }
            MessageDigest sha;
            try {
                sha = MessageDigest.getInstance("SHA-256");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            AtomicLong length = new AtomicLong();
            request.handler(chunk -> {
                length.addAndGet(chunk.length());
                sha.update(chunk.getBytes());
            });
            request.endHandler(v -> {
                JsonObject headers = new JsonObject();
                request.headers().forEach(h -> headers.put(h.getKey().toLowerCase(), h.getValue()));
                JsonObject body = new JsonObject().put("service", service).put("method", request.method().name())
                        .put("uri", request.uri()).put("headers", headers).put("bodyLength", length.get())
                        .put("bodySha256", HexFormat.of().formatHex(sha.digest()));
                request.response().putHeader("Content-Type", "application/json")
                        .putHeader("Cache-Control", "max-age=3600").putHeader("X-Upstream", service)
                        .end(Buffer.buffer(body.encode()));
            });
        };
    }
}
