package uk.raa.gateway.config;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import uk.raa.gateway.client.UpstreamReadiness;
import uk.raa.gateway.service.RouteTable;
import uk.raa.gateway.service.RouteTable.Upstream;

/**
 * The gateway is ready when every upstream it depends on is ready; the answer names each one. A route with
 * {@code required-for-readiness=false} is reported but does not make the gateway unready.
 */
@Readiness
@ApplicationScoped
public class UpstreamsReadyCheck implements AsyncHealthCheck {

    private final RouteTable routes;
    private final UpstreamReadiness readiness;

    public UpstreamsReadyCheck(RouteTable routes, UpstreamReadiness readiness) {
        this.routes = routes;
        this.readiness = readiness;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        List<Upstream> services = routes.all().stream().filter(Upstream::servicesRoot).collect(Collectors.toList());
        List<Future<Boolean>> answers = services.stream().map(readiness::ready).collect(Collectors.toList());
        Future<HealthCheckResponse> all = Future.join(answers).map(done -> {
            HealthCheckResponseBuilder builder = HealthCheckResponse.named("upstreams");
            boolean up = true;
            for (int i = 0; i < services.size(); i++) {
                Upstream upstream = services.get(i);
                boolean ready = answers.get(i).result();
                builder.withData(upstream.name(), ready ? "UP" : "DOWN");
                up &= ready || !upstream.requiredForReadiness();
            }
            return builder.status(up).build();
        });
        return Uni.createFrom().completionStage(all.toCompletionStage());
    }
}
