package uk.raa.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.Header;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/** One answer from the gateway: status, headers (names lower-cased) and body as text. */
record Exchange(String request, int status, Map<String, String> headers, String body) {

    static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Sends the request built by {@code call}; a 429 from the gateway's rate limit is waited out (Retry-After) and
     * the request sent again, so the suite's own pace never decides an answer.
     */
    static Exchange send(String description, Supplier<Response> call) {
        for (int attempt = 0; ; attempt++) {
            Response response = call.get();
            if (response.statusCode() == 429 && attempt < 10) {
                String retryAfter = response.header("Retry-After");
                sleep(retryAfter == null ? 1000 : Math.max(200, Long.parseLong(retryAfter.trim()) * 1000));
                continue;
            }
            Map<String, String> headers = new TreeMap<>();
            for (Header header : response.headers()) {
                headers.merge(header.getName().toLowerCase(Locale.ROOT), header.getValue(), (a, b) -> a + ", " + b);
            }
            return new Exchange(description, response.statusCode(), headers, response.asString());
        }
    }

    static Exchange send(String method, String path, RequestSpecification spec) {
        return send(method + " " + path, () -> spec.when().request(method, path).thenReturn());
    }

    JsonNode json() {
        try {
            return body.isEmpty() ? JSON.missingNode() : JSON.readTree(body);
        } catch (Exception e) {
            throw new AssertionError(request + " answered " + status + " with a body that is not JSON: " + shortBody());
        }
    }

    boolean isJson() {
        String type = headers.getOrDefault("content-type", "");
        return type.contains("json");
    }

    String shortBody() {
        return body.length() > 400 ? body.substring(0, 400) + "..." : body;
    }

    @Override
    public String toString() {
        return request + " -> " + status + " " + headers + " " + shortBody();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
