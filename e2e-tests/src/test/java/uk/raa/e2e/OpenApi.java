package uk.raa.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/** The services' OpenAPI documents as the gateway serves them (/openapi/<service>), read as plain JSON. */
final class OpenApi {

    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** A name that says "the identifier of a record": id, childId, householdIds, recordId... */
    private static final Pattern ID_NAME = Pattern.compile("^(id|ids|.*Id|.*Ids)$");

    private OpenApi() {
    }

    record Document(String service, JsonNode root) {

        List<Operation> operations() {
            List<Operation> operations = new ArrayList<>();
            root.path("paths").fields().forEachRemaining(path -> {
                JsonNode item = path.getValue();
                item.fields().forEachRemaining(entry -> {
                    if (METHODS.contains(entry.getKey())) {
                        operations.add(new Operation(this, entry.getKey().toUpperCase(Locale.ROOT), path.getKey(),
                                entry.getValue(), parameters(item, entry.getValue())));
                    }
                });
            });
            return operations;
        }

        private List<Parameter> parameters(JsonNode item, JsonNode operation) {
            Map<String, Parameter> byKey = new LinkedHashMap<>();
            for (JsonNode list : List.of(item.path("parameters"), operation.path("parameters"))) {
                for (JsonNode raw : list) {
                    JsonNode p = resolve(raw);
                    Parameter parameter = new Parameter(p.path("name").asText(), p.path("in").asText(),
                            p.path("required").asBoolean(false), resolve(p.path("schema")),
                            p.has("example") ? p.get("example") : null);
                    byKey.put(parameter.in() + ":" + parameter.name(), parameter);
                }
            }
            return List.copyOf(byKey.values());
        }

        /** Follows a local $ref (#/components/...). */
        JsonNode resolve(JsonNode node) {
            int hops = 0;
            while (node != null && node.has("$ref") && hops++ < 20) {
                String ref = node.get("$ref").asText();
                if (!ref.startsWith("#/")) {
                    throw new AssertionError(service + ": only local $refs are expected, found " + ref);
                }
                JsonNode target = root;
                for (String part : ref.substring(2).split("/")) {
                    target = target.path(part.replace("~1", "/").replace("~0", "~"));
                }
                if (target.isMissingNode()) {
                    throw new AssertionError(service + ": $ref " + ref + " points nowhere");
                }
                node = target;
            }
            return node;
        }

        /**
         * A plausible value for a schema: its example where it has one, else built from its type. Every identifier
         * in it is a fresh random UUID (the probe replaces those it cares about).
         */
        JsonNode sample(JsonNode schema, int depth) {
            JsonNode original = schema;
            schema = resolve(schema);
            JsonNode example = exampleOf(original);
            if (example == null) {
                example = exampleOf(schema);
            }
            if (example != null) {
                return example;
            }
            if (depth > 8) {
                return NullNode.getInstance();
            }
            for (String combiner : List.of("allOf", "oneOf", "anyOf")) {
                if (schema.has(combiner)) {
                    ObjectNode merged = NODES.objectNode();
                    for (JsonNode part : schema.get(combiner)) {
                        JsonNode value = sample(part, depth + 1);
                        if (!value.isObject()) {
                            return value;
                        }
                        merged.setAll((ObjectNode) value);
                        if (!combiner.equals("allOf")) {
                            break;
                        }
                    }
                    return merged;
                }
            }
            if (schema.has("enum") && schema.get("enum").size() > 0) {
                return schema.get("enum").get(0);
            }
            String type = schema.path("type").asText(schema.has("properties") ? "object" : "string");
            return switch (type) {
                case "object" -> {
                    ObjectNode object = NODES.objectNode();
                    schema.path("properties").fields().forEachRemaining(
                            property -> object.set(property.getKey(), sample(property.getValue(), depth + 1)));
                    yield object;
                }
                case "array" -> {
                    ArrayNode array = NODES.arrayNode();
                    array.add(sample(schema.path("items"), depth + 1));
                    yield array;
                }
                case "integer" -> NODES.numberNode(schema.path("minimum").asLong(1));
                case "number" -> NODES.numberNode(schema.path("minimum").asDouble(1));
                case "boolean" -> NODES.booleanNode(false);
                default -> switch (schema.path("format").asText("")) {
                    case "uuid" -> NODES.textNode(UUID.randomUUID().toString());
                    case "date" -> NODES.textNode("2024-01-02");
                    case "date-time" -> NODES.textNode("2024-01-02T09:00:00Z");
                    default -> NODES.textNode("x");
                };
            };
        }

        /** The schema's example: OpenAPI 3.1 {@code examples[0]}, or 3.0 {@code example}; null if none. */
        static JsonNode exampleOf(JsonNode node) {
            if (node.path("examples").isArray() && node.get("examples").size() > 0) {
                return example(node.get("examples").get(0));
            }
            return node.has("example") ? example(node.get("example")) : null;
        }

        private static JsonNode example(JsonNode example) {
            // @Schema(example = "null") arrives as the text "null"; a JSON example written as text is parsed.
            if (example.isTextual()) {
                String text = example.asText();
                if (text.equals("null")) {
                    return NullNode.getInstance();
                }
                if (text.startsWith("[") || text.startsWith("{")) {
                    try {
                        return Exchange.JSON.readTree(text);
                    } catch (Exception e) {
                        return example;
                    }
                }
            }
            return example.deepCopy();
        }
    }

    record Parameter(String name, String in, boolean required, JsonNode schema, JsonNode example) {

        boolean isUuid() {
            return "uuid".equals(schema.path("format").asText())
                    || "uuid".equals(schema.path("items").path("format").asText());
        }

        boolean isList() {
            return "array".equals(schema.path("type").asText());
        }
    }

    record Operation(Document document, String method, String path, JsonNode node, List<Parameter> parameters) {

        String label() {
            return method + " " + path;
        }

        List<Parameter> in(String where) {
            return parameters.stream().filter(p -> p.in().equals(where)).toList();
        }

        /** The JSON request body's schema, or null when the operation takes none (or only another media type). */
        JsonNode jsonBody() {
            JsonNode content = document.resolve(node.path("requestBody")).path("content");
            for (Iterator<String> names = content.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (name.contains("json")) {
                    return content.get(name).path("schema");
                }
            }
            return null;
        }

        boolean takesBodyOf(String mediaPrefix) {
            for (Iterator<String> names = document.resolve(node.path("requestBody")).path("content").fieldNames();
                    names.hasNext(); ) {
                if (names.next().startsWith(mediaPrefix)) {
                    return true;
                }
            }
            return false;
        }

        /** The media types the operation may answer with (200s), to pick an Accept header. */
        List<String> answers() {
            List<String> types = new ArrayList<>();
            node.path("responses").fields().forEachRemaining(response -> {
                if (response.getKey().startsWith("2")) {
                    document.resolve(response.getValue()).path("content").fieldNames().forEachRemaining(types::add);
                }
            });
            return types;
        }
    }

    /** Is this the name of a record's identifier (or a list of them)? */
    static boolean namesAnId(String name) {
        return ID_NAME.matcher(name).matches();
    }
}
