package uk.raa.children.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * The fault-tolerant call to adopters-service: bounded in time, retried once, and short-circuited while the service
 * keeps failing so that exports do not queue behind it. Callers use {@link AdopterIndicatorsClient}, which turns
 * every failure into a degraded answer.
 */
@ApplicationScoped
public class AdoptersGateway {

    private final AdoptersApi api;

    public AdoptersGateway(@ConfigProperty(name = "raa.clients.adopters.url", defaultValue = "http://localhost:8082")
                           String url) {
        this.api = QuarkusRestClientBuilder.newBuilder()
                .baseUri(URI.create(url))
                .connectTimeout(1, java.util.concurrent.TimeUnit.SECONDS)
                .readTimeout(3, java.util.concurrent.TimeUnit.SECONDS)
                .build(AdoptersApi.class);
    }

    @Timeout(value = 4, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 200, delayUnit = ChronoUnit.MILLIS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 30, delayUnit = ChronoUnit.SECONDS)
    public JsonNode indicators(LocalDate asAt, int firstYear, String authorization) {
        return api.indicators(asAt.toString(), firstYear, authorization);
    }
}
