package uk.raa.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whether two answers tell the caller the same thing: the answer about another authority's record and the answer
 * about a record that does not exist. Status, body and headers must match, except:
 * <ul>
 * <li>headers {@code Date} (the clock), {@code X-Request-Id} (unique per request by design; the gateway makes one
 * when the caller sends none) and {@code Content-Length} (a function of the body, which is compared itself after the
 * step below);</li>
 * <li>the caller's own input echoed back: the identifiers the caller put in the request are replaced with
 * {@code {id}} in both bodies and header values before comparing, because both answers may quote what was asked
 * for;</li>
 * <li>body fields {@code instance} and {@code requestId}, if a problem ever carries them (per request by design).</li>
 * </ul>
 * Everything else counts, including the problem's {@code type}, {@code title}, {@code detail}, {@code violations},
 * {@code Content-Type}, {@code ETag}, {@code Location}, {@code Cache-Control}, {@code WWW-Authenticate} and the
 * presence or absence of any header.
 */
final class Sameness {

    static final Set<String> PER_REQUEST_HEADERS = Set.of("date", "x-request-id", "content-length");
    static final Set<String> PER_REQUEST_FIELDS = Set.of("instance", "requestId");

    private Sameness() {
    }

    /** What differs between the two answers; empty when they are the same. */
    static List<String> differences(Exchange foreign, Exchange missing, Map<String, String> foreignInput,
            Map<String, String> missingInput) {
        List<String> differences = new ArrayList<>();
        if (foreign.status() != missing.status()) {
            differences.add("status " + foreign.status() + " vs " + missing.status());
        }
        Set<String> names = new TreeSet<>(foreign.headers().keySet());
        names.addAll(missing.headers().keySet());
        names.removeAll(PER_REQUEST_HEADERS);
        for (String name : names) {
            String a = normalise(foreign.headers().get(name), foreignInput);
            String b = normalise(missing.headers().get(name), missingInput);
            if (a == null || !a.equals(b)) {
                differences.add("header " + name + ": " + a + " vs " + b);
            }
        }
        String a = normalise(foreign.body(), foreignInput);
        String b = normalise(missing.body(), missingInput);
        if (foreign.isJson() && missing.isJson() && !a.isEmpty() && !b.isEmpty()) {
            JsonNode left = withoutPerRequestFields(parse(a));
            JsonNode right = withoutPerRequestFields(parse(b));
            if (!left.equals(right)) {
                differences.add("body " + left + " vs " + right);
            }
        } else if (!a.equals(b)) {
            differences.add("body " + abbreviate(a) + " vs " + abbreviate(b));
        }
        return differences;
    }

    static String normalise(String text, Map<String, String> input) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (String value : input.values()) {
            if (value != null && value.length() >= 4) {
                result = result.replace(value, "{id}");
            }
        }
        return result;
    }

    private static JsonNode parse(String json) {
        try {
            return Exchange.JSON.readTree(json);
        } catch (Exception e) {
            return Exchange.JSON.getNodeFactory().textNode(json);
        }
    }

    private static JsonNode withoutPerRequestFields(JsonNode node) {
        if (node.isObject()) {
            ((ObjectNode) node).remove(PER_REQUEST_FIELDS);
        }
        return node;
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
