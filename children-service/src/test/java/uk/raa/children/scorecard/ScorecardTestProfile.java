package uk.raa.children.scorecard;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

/**
 * Points the adopters-service client at a port the scorecard tests control: a stub serves it when a test starts one,
 * otherwise nothing listens there (the degraded path). The circuit breaker's pause is shortened so one test's
 * failures do not leave the circuit open for the next.
 */
public class ScorecardTestProfile implements QuarkusTestProfile {

    static final int ADOPTERS_PORT = freePort();

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        String cb = "uk.raa.children.client.AdoptersGateway/indicators/CircuitBreaker/";
        return Map.of("raa.clients.adopters.url", "http://localhost:" + ADOPTERS_PORT,
                cb + "delay", "50", cb + "delayUnit", "MILLIS");
    }
}
