package uk.raa.gateway.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import org.junit.jupiter.api.Test;

class OwnLocationsTest {

    private final UpstreamProxies.OwnLocations locations =
            new UpstreamProxies.OwnLocations(URI.create("http://children-service:8081"));

    @Test
    void theServicesOwnHostGivesWayToThePathTheGatewayServes() {
        assertEquals("/api/children/6f1c1c1e-3b0e-4d8e-9a53-8b7a1f0f2a10",
                locations.relative("http://children-service:8081/api/children/6f1c1c1e-3b0e-4d8e-9a53-8b7a1f0f2a10"));
        assertEquals("/api/children/imports/1?x=y%20z",
                locations.relative("http://CHILDREN-SERVICE:8081/api/children/imports/1?x=y%20z"));
    }

    @Test
    void otherLocationsAreLeftAlone() {
        assertEquals("/api/children/1", locations.relative("/api/children/1"));
        assertEquals("http://children-service:9999/api/children/1",
                locations.relative("http://children-service:9999/api/children/1"));
        assertEquals("https://elsewhere.example/x", locations.relative("https://elsewhere.example/x"));
        assertEquals("not a uri ^", locations.relative("not a uri ^"));
    }
}
