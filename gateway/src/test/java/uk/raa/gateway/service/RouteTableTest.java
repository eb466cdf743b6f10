package uk.raa.gateway.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import uk.raa.gateway.config.GatewayConfig;

class RouteTableTest {

    private static GatewayConfig.Route route(String url, String prefix, Long maxBody) {
        return new GatewayConfig.Route() {
            public URI url() {
                return URI.create(url);
            }

            public Optional<String> prefix() {
                return Optional.ofNullable(prefix);
            }

            public Duration timeout() {
                return Duration.ofSeconds(10);
            }

            public OptionalLong maxBodyBytes() {
                return maxBody == null ? OptionalLong.empty() : OptionalLong.of(maxBody);
            }

            public boolean requiredForReadiness() {
                return true;
            }
        };
    }

    private static RouteTable table() {
        Map<String, GatewayConfig.Route> routes = new LinkedHashMap<>();
        routes.put("children", route("http://localhost:8081", null, null));
        routes.put("children-imports", route("http://localhost:8081", "/api/children/imports/", 1000L));
        routes.put("finance", route("https://finance.internal", null, null));
        return new RouteTable(routes, 10);
    }

    @Test
    void theLongestWholeSegmentPrefixWins() {
        RouteTable table = table();
        assertEquals("children", table.match("/api/children").orElseThrow().name());
        assertEquals("children", table.match("/api/children/123/journey").orElseThrow().name());
        assertEquals("children-imports", table.match("/api/children/imports/ssda903").orElseThrow().name());
        assertEquals("children", table.match("/api/children/importsx").orElseThrow().name());
        assertFalse(table.match("/api/childrenx").isPresent());
        assertFalse(table.match("/api").isPresent());
    }

    @Test
    void limitsAndPortsComeFromTheRouteOrTheDefaults() {
        RouteTable table = table();
        assertEquals(1000, table.match("/api/children/imports").orElseThrow().maxBodyBytes());
        assertEquals(10, table.match("/api/children/1").orElseThrow().maxBodyBytes());
        RouteTable.Upstream finance = table.match("/api/finance/fees").orElseThrow();
        assertTrue(finance.secure());
        assertEquals(443, finance.port());
        assertEquals(8081, table.match("/api/children").orElseThrow().port());
    }

    @Test
    void onlyAServicesOwnRouteHasADocument() {
        RouteTable table = table();
        assertTrue(table.service("children").isPresent());
        assertFalse(table.service("children-imports").isPresent());
        assertFalse(table.service("nothing").isPresent());
    }

    @Test
    void routesOutsideApiOrWithoutAHostAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new RouteTable(Map.of("x", route("http://localhost:1", "/q/health", null)), 1));
        assertThrows(IllegalArgumentException.class,
                () -> new RouteTable(Map.of("x", route("file:///etc/passwd", null, null)), 1));
    }
}
