package uk.raa.children.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.time.LocalDate;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.logging.Logger;

/**
 * The scorecard's view of adopters-service: the indicators, or a degraded answer that says why they are missing.
 * Never throws and never waits longer than the gateway's timeout (plus one retry).
 */
@ApplicationScoped
public class AdopterIndicatorsClient {

    private static final Logger LOG = Logger.getLogger(AdopterIndicatorsClient.class);

    private final AdoptersGateway gateway;

    public AdopterIndicatorsClient(AdoptersGateway gateway) {
        this.gateway = gateway;
    }

    public AdopterIndicators indicators(LocalDate asAt, int firstYear, String authorization) {
        try {
            return new AdopterIndicators(true, asAt, null, gateway.indicators(asAt, firstYear, authorization));
        } catch (CircuitBreakerOpenException e) {
            return degraded(asAt, "adopters-service is failing; calls are paused (circuit open)");
        } catch (TimeoutException e) {
            return degraded(asAt, "adopters-service did not answer in time");
        } catch (WebApplicationException e) {
            return degraded(asAt, "adopters-service answered " + e.getResponse().getStatus());
        } catch (RuntimeException e) {
            return degraded(asAt, "adopters-service is unreachable");
        }
    }

    private static AdopterIndicators degraded(LocalDate asAt, String reason) {
        LOG.warnf("Adopter indicators missing from the scorecard: %s", reason);
        return AdopterIndicators.unavailable(asAt, reason);
    }
}
