package uk.raa.gateway.rest;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import uk.raa.gateway.client.UpstreamProxies;
import uk.raa.gateway.service.RouteTable;

/**
 * {@code /openapi/<service>}: each service's own OpenAPI document, fetched from its {@code /q/openapi}, so the one
 * Swagger UI here ({@code quarkus.swagger-ui.urls.<service>}) lists them all from the gateway's origin. {@code /}
 * leads to that UI.
 */
@ApplicationScoped
public class OpenApiRoutes {

    private final RouteTable routes;
    private final UpstreamProxies proxies;

    public OpenApiRoutes(RouteTable routes, UpstreamProxies proxies) {
        this.routes = routes;
        this.proxies = proxies;
    }

    void install(@Observes Router router) {
        router.get("/openapi/:service").handler(this::document);
        router.get("/").handler(ctx -> ctx.response().setStatusCode(302).putHeader("Location", "/q/swagger-ui/")
                .end());
    }

    void document(RoutingContext ctx) {
        routes.service(ctx.pathParam("service")).ifPresentOrElse(
                upstream -> proxies.proxyOpenApi(upstream, ctx.request()),
                () -> Problems.send(ctx, 404, "not-found", "Not found", "No service of that name."));
    }
}
