package uk.raa.e2e;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The gateway's routes as it is configured (gateway/src/main/resources/application.properties, keys
 * {@code raa.gateway.routes.<name>.url} and {@code .prefix}, the prefix defaulting to /api/<name>), and the same
 * longest-whole-segment-prefix rule the gateway applies to pick one.
 */
record GatewayRoutes(Map<String, String> prefixByRoute, Map<String, String> urlByRoute) {

    private static final Pattern ROUTE_KEY = Pattern.compile("raa\\.gateway\\.routes\\.([a-z0-9-]+)\\.(url|prefix)");

    static GatewayRoutes configured() {
        Path file = Path.of(System.getProperty("raa.e2e.gateway-properties",
                "../gateway/src/main/resources/application.properties"));
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the gateway's configuration at " + file, e);
        }
        Map<String, String> prefixes = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            Matcher matcher = ROUTE_KEY.matcher(key);
            if (matcher.matches()) {
                prefixes.putIfAbsent(matcher.group(1), "/api/" + matcher.group(1));
            }
        }
        prefixes.replaceAll((route, fallback) ->
                properties.getProperty("raa.gateway.routes." + route + ".prefix", fallback));
        Map<String, String> urls = new TreeMap<>();
        prefixes.keySet().forEach(route -> urls.put(route, properties.getProperty("raa.gateway.routes." + route + ".url")));
        return new GatewayRoutes(prefixes, urls);
    }

    String urlOf(String route) {
        return urlByRoute.get(route);
    }

    /** The route that serves this path, as the gateway chooses it (the longest whole-segment prefix). */
    Optional<String> routeOf(String path) {
        return prefixByRoute.entrySet().stream()
                .filter(route -> path.equals(route.getValue()) || path.startsWith(route.getValue() + "/"))
                .max(Comparator.comparingInt(route -> route.getValue().length()))
                .map(Map.Entry::getKey);
    }
}
