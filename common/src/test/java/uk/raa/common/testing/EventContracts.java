package uk.raa.common.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Contract checks for events against the JSON Schemas in {@code events/schemas/} (common's resources): producers
 * check what they publish, consumers check the examples they rely on. A small validator for the subset of JSON Schema
 * those files use: {@code type} (one or a list), {@code required}, {@code properties}, {@code items}, {@code enum},
 * {@code pattern}, {@code minimum}, {@code minLength}, {@code minItems} and {@code format} ({@code date},
 * {@code date-time}, {@code uuid}). Members a schema does not list are allowed (versions grow additively).
 */
public final class EventContracts {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, JsonNode> SCHEMAS = new ConcurrentHashMap<>();

    private EventContracts() {
    }

    /** Violations of the envelope schema and of the schema for the envelope's type; empty when it conforms. */
    public static List<String> violations(String envelopeJson) {
        JsonNode envelope = read(envelopeJson);
        List<String> found = new ArrayList<>();
        check(schema("envelope"), envelope, "$", found);
        JsonNode type = envelope.get("type");
        if (type != null && type.isTextual()) {
            check(schema(type.asText()), envelope.path("data"), "$.data", found);
        }
        return found;
    }

    /** Violations of the data schema of one event type. */
    public static List<String> dataViolations(String type, JsonNode data) {
        List<String> found = new ArrayList<>();
        check(schema(type), data, "$", found);
        return found;
    }

    public static void assertConforms(String envelopeJson) {
        List<String> found = violations(envelopeJson);
        if (!found.isEmpty()) {
            throw new AssertionError("event does not conform to its schema: " + found);
        }
    }

    /** The schema for a type ({@code envelope} for the envelope); fails if there is none. */
    public static JsonNode schema(String name) {
        return SCHEMAS.computeIfAbsent(name, n -> {
            try (InputStream in = EventContracts.class.getClassLoader()
                    .getResourceAsStream("events/schemas/" + n + ".json")) {
                if (in == null) {
                    throw new AssertionError("no schema events/schemas/" + n + ".json");
                }
                return JSON.readTree(in);
            } catch (IOException e) {
                throw new AssertionError("cannot read schema " + n, e);
            }
        });
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError("not JSON", e);
        }
    }

    static void check(JsonNode schema, JsonNode value, String path, List<String> found) {
        JsonNode type = schema.get("type");
        if (type != null && !typeMatches(type, value)) {
            found.add(path + ": expected type " + type + " but was " + value.getNodeType());
            return;
        }
        if (value.isNull()) {
            return;
        }
        JsonNode allowed = schema.get("enum");
        if (allowed != null) {
            boolean any = false;
            for (JsonNode option : allowed) {
                any |= option.equals(value);
            }
            if (!any) {
                found.add(path + ": not one of " + allowed);
            }
        }
        if (value.isTextual()) {
            checkString(schema, value.asText(), path, found);
        }
        if (value.isNumber() && schema.has("minimum") && value.asDouble() < schema.get("minimum").asDouble()) {
            found.add(path + ": below minimum " + schema.get("minimum"));
        }
        if (value.isObject()) {
            for (JsonNode name : schema.path("required")) {
                if (!value.has(name.asText())) {
                    found.add(path + ": required member " + name.asText() + " is missing");
                }
            }
            Iterator<Map.Entry<String, JsonNode>> members = schema.path("properties").fields();
            while (members.hasNext()) {
                Map.Entry<String, JsonNode> member = members.next();
                if (value.has(member.getKey())) {
                    check(member.getValue(), value.get(member.getKey()), path + "." + member.getKey(), found);
                }
            }
        }
        if (value.isArray()) {
            if (schema.has("minItems") && value.size() < schema.get("minItems").asInt()) {
                found.add(path + ": fewer than " + schema.get("minItems") + " items");
            }
            if (schema.has("items")) {
                for (int i = 0; i < value.size(); i++) {
                    check(schema.get("items"), value.get(i), path + "[" + i + "]", found);
                }
            }
        }
    }

    private static void checkString(JsonNode schema, String text, String path, List<String> found) {
        if (schema.has("minLength") && text.length() < schema.get("minLength").asInt()) {
            found.add(path + ": shorter than " + schema.get("minLength"));
        }
        if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").asText()).matcher(text).find()) {
            found.add(path + ": does not match " + schema.get("pattern").asText());
        }
        String format = schema.path("format").asText("");
        try {
            switch (format) {
                case "date" -> LocalDate.parse(text);
                case "date-time" -> OffsetDateTime.parse(text);
                case "uuid" -> {
                    if (!UUID.fromString(text).toString().equalsIgnoreCase(text)) {
                        found.add(path + ": not a canonical uuid");
                    }
                }
                default -> {
                }
            }
        } catch (DateTimeParseException | IllegalArgumentException e) {
            found.add(path + ": not a valid " + format);
        }
    }

    private static boolean typeMatches(JsonNode type, JsonNode value) {
        if (type.isArray()) {
            for (JsonNode one : type) {
                if (typeMatches(one, value)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asText()) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "null" -> value.isNull();
            default -> throw new AssertionError("schema uses unsupported type " + type.asText());
        };
    }
}
