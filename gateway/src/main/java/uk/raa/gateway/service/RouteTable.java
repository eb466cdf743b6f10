package uk.raa.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.raa.gateway.config.GatewayConfig;

/** The configured routes, matched by longest path prefix on whole segments. */
@ApplicationScoped
public class RouteTable {

    /** One upstream route as the proxy needs it. */
    public record Upstream(String name, String prefix, URI url, long timeoutMillis, long maxBodyBytes,
            boolean requiredForReadiness) {

        public boolean secure() {
            return "https".equalsIgnoreCase(url.getScheme());
        }

        public String host() {
            return url.getHost();
        }

        public int port() {
            return url.getPort() > 0 ? url.getPort() : secure() ? 443 : 80;
        }

        /** A route of its own service ({@code /api/<name>}), rather than a sub-path with different limits. */
        public boolean servicesRoot() {
            return prefix.equals("/api/" + name);
        }
    }

    private final List<Upstream> byLongestPrefix;

    @Inject
    public RouteTable(GatewayConfig config) {
        this(config.routes(), config.maxBodyBytes());
    }

    RouteTable(Map<String, GatewayConfig.Route> routes, long defaultMaxBody) {
        List<Upstream> all = new ArrayList<>();
        routes.forEach((name, route) -> {
            String prefix = stripTrailingSlash(route.prefix().orElse("/api/" + name));
            if (!prefix.startsWith("/api/")) {
                throw new IllegalArgumentException("route " + name + ": prefix must start with /api/");
            }
            String scheme = route.url().getScheme();
            if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme) || route.url().getHost() == null) {
                throw new IllegalArgumentException("route " + name + ": url must be http(s)://host[:port]");
            }
            all.add(new Upstream(name, prefix, route.url(), route.timeout().toMillis(),
                    route.maxBodyBytes().orElse(defaultMaxBody), route.requiredForReadiness()));
        });
        all.sort(Comparator.comparingInt((Upstream u) -> u.prefix().length()).reversed());
        this.byLongestPrefix = List.copyOf(all);
    }

    public Optional<Upstream> match(String path) {
        for (Upstream upstream : byLongestPrefix) {
            String prefix = upstream.prefix();
            if (path.equals(prefix) || path.startsWith(prefix) && path.charAt(prefix.length()) == '/') {
                return Optional.of(upstream);
            }
        }
        return Optional.empty();
    }

    /** The route named {@code name} when it is a service's own route (whose OpenAPI document the UI lists). */
    public Optional<Upstream> service(String name) {
        return byLongestPrefix.stream().filter(u -> u.name().equals(name) && u.servicesRoot()).findFirst();
    }

    public List<Upstream> all() {
        return byLongestPrefix;
    }

    private static String stripTrailingSlash(String prefix) {
        return prefix.length() > 1 && prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
    }
}
