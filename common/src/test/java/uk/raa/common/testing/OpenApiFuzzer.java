package uk.raa.common.testing;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.sessions.JqwikSession;

/**
 * Robustness check driven by a service's own OpenAPI document: for every documented operation it generates bad
 * requests (malformed JSON, wrong types, huge numbers and strings, invalid dates, unknown enum values and fields,
 * oversized bodies, bad ids, injection strings, odd encodings) and demands a 4xx {@code application/problem+json}
 * for each, never a 5xx, never a stack trace. Random values come from jqwik arbitraries driven by one seed, printed
 * so any failure can be replayed.
 */
public final class OpenApiFuzzer {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> INJECTIONS = List.of("' OR '1'='1", "1; DROP TABLE child; --",
            "<script>alert(1)</script>", "${jndi:ldap://localhost/x}", "../../../../etc/passwd", "%00", "\u0000",
            "{{7*7}}", "$(reboot)", "\\u0000\\");
    private static final List<String> BAD_DATES = List.of("2019-02-30", "2019-13-01", "31/12/2019", "2019-1-1",
            "yesterday", "", "0000-00-00", "+999999999-12-31", "2019-02-29T25:00");
    private static final List<String> BAD_IDS = List.of("not-a-uuid", "12345", "00000000-0000-0000-0000",
            "%27%20OR%20%271%27%3D%271", "..%2F..%2Fetc%2Fpasswd", "%00", "%E2%80%AE", "null", "undefined");

    /** What a run did: the seed, the request count, the statuses seen, and every request that broke the rule. */
    public record Report(long seed, int requests, Map<Integer, Integer> statuses, List<String> failures) {
        @Override
        public String toString() {
            return "robustness: " + requests + " bad requests, seed " + seed + ", statuses " + statuses + ", "
                    + failures.size() + " failures";
        }
    }

    private record Operation(String method, String path, JsonNode operation, JsonNode bodySchema) {
    }

    private final JsonNode document;
    private final Random random;
    private final long seed;
    private final List<String> tokens;

    private OpenApiFuzzer(JsonNode document, long seed, List<String> tokens) {
        this.document = document;
        this.seed = seed;
        this.random = new Random(seed);
        this.tokens = tokens;
    }

    /** Runs {@code count} bad requests against the application under test, spread over every operation. */
    public static Report run(int count, long seed, List<String> tokens) {
        String doc = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        JqwikSession.start();
        try {
            return new OpenApiFuzzer(JSON.readTree(doc), seed, tokens).run(count);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("the OpenAPI document is not JSON", e);
        } finally {
            JqwikSession.finish();
        }
    }

    private Report run(int count) {
        List<Operation> operations = operations();
        if (operations.isEmpty()) {
            throw new IllegalStateException("the OpenAPI document lists no operations");
        }
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Operation op = operations.get(i % operations.size());
            BadRequest bad = generate(op);
            Response response = send(op, bad);
            int status = response.statusCode();
            statuses.merge(status, 1, Integer::sum);
            String body = response.asString();
            String contentType = response.contentType();
            boolean problem = contentType != null && contentType.startsWith("application/problem+json");
            boolean leaks = body.contains("Exception") || body.contains("\tat ") || body.contains("org.postgresql")
                    || body.toLowerCase().contains("select ") || body.contains("eyJ");
            if (status < 400 || status >= 500 || !problem || leaks) {
                if (failures.size() < 50) {
                    failures.add(status + " " + op.method() + " " + bad.path() + " [" + bad.kind() + "] "
                            + truncate(body, 300));
                } else if (failures.size() == 50) {
                    failures.add("... more failures not listed");
                }
            }
        }
        Report report = new Report(seed, count, statuses, failures);
        System.out.println(report);
        return report;
    }

    private record BadRequest(String kind, String path, Map<String, String> query, String contentType, byte[] body,
            String token) {
    }

    private BadRequest generate(Operation op) {
        String token = tokens.get(random.nextInt(tokens.size()));
        Map<String, String> query = new TreeMap<>();
        boolean hasPathParam = op.path().contains("{");
        boolean hasBody = op.bodySchema() != null;
        List<String> kinds = new ArrayList<>();
        if (hasPathParam) {
            kinds.add("bad-id");
        }
        if (hasBody) {
            kinds.addAll(List.of("malformed-json", "wrong-top-level-type", "field-wrong-type", "field-huge",
                    "field-invalid-date", "field-unknown-enum", "unknown-field", "field-null", "oversized-body",
                    "odd-encoding", "wrong-media-type", "field-injection"));
        }
        if (hasQueryParams(op)) {
            kinds.add("bad-query");
        }
        if (kinds.isEmpty()) {
            kinds.add("no-token");
        }
        String kind = kinds.get(random.nextInt(kinds.size()));
        String path = fillPath(op.path(), kind.equals("bad-id"));
        if (!kind.equals("bad-id") && !kind.equals("bad-query") && !kind.equals("no-token") && hasPathParam
                && random.nextInt(4) == 0) {
            // A valid-looking but unknown id: the answer must still be a 4xx problem.
            path = fillPath(op.path(), false);
        }
        if (kind.equals("bad-query")) {
            fillBadQuery(op, query);
        }
        String contentType = "application/json";
        byte[] body = null;
        if (hasBody) {
            ObjectNode base = example(op.bodySchema(), 0) instanceof ObjectNode o ? o : NODES.objectNode();
            body = switch (kind) {
                case "malformed-json" -> malformed(base);
                case "wrong-top-level-type" -> pick(List.of("[]", "42", "\"text\"", "true", "[{}]")).getBytes();
                case "oversized-body" -> oversized(base);
                case "odd-encoding" -> oddEncoding(base);
                case "wrong-media-type" -> {
                    contentType = pick(List.of("text/plain", "application/xml", "multipart/form-data; boundary=x"));
                    yield base.toString().getBytes(StandardCharsets.UTF_8);
                }
                default -> mutateField(op.bodySchema(), base, kind).toString().getBytes(StandardCharsets.UTF_8);
            };
        }
        return new BadRequest(kind, path, query, contentType, body, kind.equals("no-token") ? null : token);
    }

    private Response send(Operation op, BadRequest bad) {
        RequestSpecification spec = given().config(RestAssuredConfig.config().encoderConfig(
                EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .urlEncodingEnabled(false);
        if (bad.token() != null) {
            spec = spec.auth().oauth2(bad.token());
        }
        for (Map.Entry<String, String> q : bad.query().entrySet()) {
            spec = spec.queryParam(q.getKey(), q.getValue());
        }
        if (bad.body() != null) {
            spec = spec.contentType(bad.contentType()).body(bad.body());
        }
        return spec.request(op.method(), bad.path());
    }

    private List<Operation> operations() {
        List<Operation> result = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
            while (methods.hasNext()) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (!List.of("get", "post", "put", "patch", "delete").contains(method.getKey())) {
                    continue;
                }
                JsonNode schema = method.getValue().path("requestBody").path("content").path("application/json")
                        .path("schema");
                result.add(new Operation(method.getKey().toUpperCase(), path.getKey(), method.getValue(),
                        schema.isMissingNode() ? null : resolve(schema)));
            }
        }
        return result;
    }

    private boolean hasQueryParams(Operation op) {
        for (JsonNode p : op.operation().path("parameters")) {
            if ("query".equals(p.path("in").asText()) && isConstrained(resolve(p.path("schema")))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isConstrained(JsonNode schema) {
        String type = schema.path("type").asText();
        return type.equals("integer") || type.equals("number") || type.equals("boolean") || schema.has("enum")
                || schema.has("format") || schema.has("pattern");
    }

    private void fillBadQuery(Operation op, Map<String, String> query) {
        List<JsonNode> params = new ArrayList<>();
        for (JsonNode p : op.operation().path("parameters")) {
            if ("query".equals(p.path("in").asText()) && isConstrained(resolve(p.path("schema")))) {
                params.add(p);
            }
        }
        JsonNode p = params.get(random.nextInt(params.size()));
        JsonNode schema = resolve(p.path("schema"));
        String value;
        if (schema.has("enum")) {
            value = pick(List.of("NOT_A_VALUE", "%27", "1"));
        } else if ("date".equals(schema.path("format").asText())) {
            value = pick(BAD_DATES.stream().filter(d -> !d.isEmpty() && !d.contains("+")).toList());
        } else if (schema.has("pattern")) {
            value = pick(List.of("%27%20OR%201%3D1", "%3Cscript%3E", "UPPER%20CASE%20%26%20SPACES"));
        } else if ("boolean".equals(schema.path("type").asText())) {
            value = pick(List.of("maybe", "2", "yes%21"));
        } else {
            value = pick(List.of("abc", "-1", "99999999999999999999", "1.5", "1e9", "%00", "-2147483649"));
        }
        query.put(p.path("name").asText(), value);
    }

    private String fillPath(String template, boolean bad) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                out.append(template.substring(i));
                break;
            }
            int close = template.indexOf('}', open);
            out.append(template, i, open);
            String name = template.substring(open + 1, close);
            String value;
            if (bad) {
                value = random.nextBoolean() ? pick(BAD_IDS)
                        : urlEncode(Arbitraries.strings().all().ofMinLength(1).ofMaxLength(60)
                                .generator(100).next(random).value());
            } else if (name.toLowerCase().contains("year")) {
                value = String.valueOf(1900 + random.nextInt(200));
            } else if (name.toLowerCase().contains("authority")) {
                value = "nowhere";
            } else if (name.toLowerCase().contains("reference")) {
                value = "NO-SUCH-" + random.nextInt(100000);
            } else if (name.toLowerCase().contains("cohort")) {
                value = "no-such-cohort";
            } else {
                value = UUID.randomUUID().toString();
            }
            out.append(value);
            i = close + 1;
        }
        return out.toString();
    }

    private static String urlEncode(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private byte[] malformed(ObjectNode base) {
        String text = base.toString();
        return switch (random.nextInt(6)) {
            case 0 -> text.substring(0, Math.max(1, text.length() / 2)).getBytes(StandardCharsets.UTF_8);
            case 1 -> (text + "}").getBytes(StandardCharsets.UTF_8);
            case 2 -> text.replaceFirst(":", "").getBytes(StandardCharsets.UTF_8);
            case 3 -> "{\"a\":}".getBytes(StandardCharsets.UTF_8);
            case 4 -> text.replace("\"", "'").getBytes(StandardCharsets.UTF_8);
            default -> (text + text).getBytes(StandardCharsets.UTF_8);
        };
    }

    private byte[] oversized(ObjectNode base) {
        ObjectNode copy = base.deepCopy();
        copy.put("padding", "x".repeat(2 * 1024 * 1024));
        return copy.toString().getBytes(StandardCharsets.UTF_8);
    }

    private byte[] oddEncoding(ObjectNode base) {
        ObjectNode copy = base.deepCopy();
        copy.put("unexpectedField", "\uFEFF");
        byte[] text = copy.toString().getBytes(StandardCharsets.UTF_8);
        return switch (random.nextInt(3)) {
            case 0 -> concat(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF}, text);
            case 1 -> copy.toString().getBytes(StandardCharsets.UTF_16);
            default -> concat(text, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80});
        };
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** Breaks one field so the body is certainly invalid; falls back to an unknown field when none fits. */
    private JsonNode mutateField(JsonNode schema, ObjectNode base, String kind) {
        List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
        schema.path("properties").fields().forEachRemaining(e -> fields.add(Map.entry(e.getKey(), resolve(e.getValue()))));
        List<Map.Entry<String, JsonNode>> candidates = fields.stream().filter(f -> fits(kind, f.getValue(), schema, f.getKey()))
                .toList();
        if (candidates.isEmpty() || kind.equals("unknown-field")) {
            base.put("unexpected" + random.nextInt(1000), pick(INJECTIONS));
            return base;
        }
        Map.Entry<String, JsonNode> field = candidates.get(random.nextInt(candidates.size()));
        String name = field.getKey();
        JsonNode fs = field.getValue();
        String type = fs.path("type").asText();
        switch (kind) {
            case "field-wrong-type" -> base.set(name, wrongType(type));
            case "field-huge" -> {
                if (type.equals("integer")) {
                    base.put(name, new java.math.BigInteger("9".repeat(30)));
                } else if (type.equals("number")) {
                    base.put(name, new java.math.BigDecimal(pick(List.of("1e999999999", "-1e400", "1e-999999999"))));
                } else {
                    base.put(name, "x".repeat(100_000 + random.nextInt(1000)));
                }
            }
            case "field-invalid-date" -> base.put(name, pick(BAD_DATES));
            case "field-unknown-enum" -> base.put(name, pick(List.of("NOT_A_VALUE", "", "null", "1", pick(INJECTIONS))));
            case "field-null" -> base.putNull(name);
            case "field-injection" -> base.put(name, pick(INJECTIONS));
            default -> base.put("unexpected", 1);
        }
        return base;
    }

    private boolean fits(String kind, JsonNode fieldSchema, JsonNode parent, String name) {
        String type = fieldSchema.path("type").asText();
        String format = fieldSchema.path("format").asText();
        boolean required = false;
        for (JsonNode r : parent.path("required")) {
            required |= r.asText().equals(name);
        }
        return switch (kind) {
            case "field-wrong-type" -> !type.isEmpty();
            case "field-huge" -> type.equals("integer") || type.equals("number")
                    || (type.equals("string") && format.isEmpty() && !fieldSchema.has("enum"));
            case "field-invalid-date" -> format.equals("date") || format.equals("date-time");
            case "field-unknown-enum" -> fieldSchema.has("enum");
            case "field-null" -> required;
            // Injection strings only where the format makes them invalid, so the request is certainly bad.
            case "field-injection" -> fieldSchema.has("enum") || format.equals("date") || format.equals("uuid")
                    || fieldSchema.has("pattern");
            default -> true;
        };
    }

    private JsonNode wrongType(String type) {
        return switch (type) {
            case "string" -> pick(List.<JsonNode>of(NODES.numberNode(42), NODES.booleanNode(true), NODES.objectNode(),
                    NODES.arrayNode()));
            // A fraction is a wrong type only for an integer; a number in a string is one for both.
            case "integer" -> pick(List.<JsonNode>of(NODES.textNode("many"), NODES.booleanNode(false),
                    NODES.objectNode(), NODES.numberNode(1.5), NODES.textNode("12")));
            case "number" -> pick(List.<JsonNode>of(NODES.textNode("many"), NODES.booleanNode(false),
                    NODES.objectNode(), NODES.textNode("1.50")));
            case "boolean" -> pick(List.<JsonNode>of(NODES.textNode("yes"), NODES.numberNode(1), NODES.arrayNode()));
            case "array" -> pick(List.<JsonNode>of(NODES.textNode("a,b"), NODES.numberNode(3), NODES.objectNode()));
            default -> pick(List.<JsonNode>of(NODES.textNode("x"), NODES.numberNode(7), NODES.arrayNode()));
        };
    }

    /** A plausible instance of a schema from its examples, enums and formats. */
    private JsonNode example(JsonNode schema, int depth) {
        schema = resolve(schema);
        if (schema.has("example")) {
            return schema.get("example");
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        String type = schema.path("type").asText();
        if (schema.has("properties") || type.equals("object")) {
            ObjectNode node = NODES.objectNode();
            if (depth < 4) {
                schema.path("properties").fields().forEachRemaining(e -> node.set(e.getKey(), example(e.getValue(), depth + 1)));
            }
            return node;
        }
        return switch (type) {
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                if (depth < 4) {
                    array.add(example(schema.path("items"), depth + 1));
                }
                yield array;
            }
            case "integer" -> NODES.numberNode(1);
            case "number" -> NODES.numberNode(1.0);
            case "boolean" -> NODES.booleanNode(false);
            default -> switch (schema.path("format").asText()) {
                case "date" -> NODES.textNode("2020-01-15");
                case "date-time" -> NODES.textNode("2020-01-15T10:00:00Z");
                case "uuid" -> NODES.textNode(UUID.randomUUID().toString());
                default -> NODES.textNode("text");
            };
        };
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int i = 0; i < 10 && current.has("$ref"); i++) {
            String ref = current.get("$ref").asText();
            current = document.at(ref.substring(1));
        }
        if (current.has("allOf") && current.get("allOf").size() == 1) {
            return resolve(current.get("allOf").get(0));
        }
        return current;
    }

    private <T> T pick(List<T> values) {
        Arbitrary<Integer> index = Arbitraries.integers().between(0, values.size() - 1);
        return values.get(index.generator(1000).next(random).value());
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "…";
    }
}
