package uk.raa.common.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Reads and writes {@link EventEnvelope}s. Its own mapper, independent of the REST layer's settings: envelopes must
 * look the same from every service, and readers ignore members they do not know (CloudEvents allows further
 * extensions, and event versions grow by additive changes only).
 */
public final class EventJson {

    /** {@code <aggregate>.<what-happened>.v<n>}, lower-case with hyphens. */
    public static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+\\.v[1-9][0-9]*");

    static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private EventJson() {
    }

    public static String write(EventEnvelope envelope) {
        try {
            return MAPPER.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write event envelope", e);
        }
    }

    public static JsonNode toTree(Object data) {
        return MAPPER.valueToTree(data);
    }

    static <T> T convert(JsonNode data, Class<T> type) {
        try {
            return MAPPER.treeToValue(data, type);
        } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
            // The field path only: Jackson's message may quote the value, which may be personal data.
            String field = e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName()
                    : String.valueOf(r.getIndex())).collect(java.util.stream.Collectors.joining("."));
            throw new ParkEvent("data does not fit " + type.getSimpleName() + " at '" + field + "'");
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new ParkEvent("data does not fit " + type.getSimpleName());
        }
    }

    public static EventEnvelope parse(String text) {
        return parse(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Parses and checks a message body. Throws {@link MalformedEvent} naming the first problem; the reason never
     * quotes the payload (it may hold personal data).
     */
    public static EventEnvelope parse(byte[] body) {
        JsonNode root;
        try {
            root = MAPPER.readTree(body);
        } catch (java.io.IOException e) {
            throw new MalformedEvent("body is not valid JSON");
        }
        if (root == null || !root.isObject()) {
            throw new MalformedEvent("body is not a JSON object");
        }
        ObjectNode node = (ObjectNode) root;
        String specversion = text(node, "specversion");
        if (!EventEnvelope.SPEC_VERSION.equals(specversion)) {
            throw new MalformedEvent("specversion must be 1.0");
        }
        UUID id;
        try {
            id = UUID.fromString(text(node, "id"));
        } catch (IllegalArgumentException e) {
            throw new MalformedEvent("id must be a UUID");
        }
        String type = text(node, "type");
        if (!TYPE.matcher(type).matches()) {
            throw new MalformedEvent("type must look like <aggregate>.<event>.v<n>");
        }
        Instant time;
        try {
            time = Instant.parse(text(node, "time"));
        } catch (DateTimeParseException e) {
            throw new MalformedEvent("time must be an RFC 3339 UTC timestamp");
        }
        String datacontenttype = optionalText(node, "datacontenttype");
        if (datacontenttype != null && !datacontenttype.startsWith(EventEnvelope.DATA_CONTENT_TYPE)) {
            throw new MalformedEvent("datacontenttype must be application/json");
        }
        JsonNode sequence = node.get("sequence");
        if (sequence == null || !sequence.canConvertToLong() || !sequence.isIntegralNumber() || sequence.asLong() < 1) {
            throw new MalformedEvent("sequence is required and must be a whole number of 1 or more");
        }
        JsonNode data = node.get("data");
        if (data == null || !data.isObject()) {
            throw new MalformedEvent("data is required and must be a JSON object");
        }
        return new EventEnvelope(specversion, id, text(node, "source"), type, time, text(node, "subject"),
                datacontenttype == null ? EventEnvelope.DATA_CONTENT_TYPE : datacontenttype,
                optionalText(node, "authority"), optionalText(node, "agency"), sequence.asLong(), data);
    }

    private static String text(ObjectNode node, String name) {
        String value = optionalText(node, name);
        if (value == null) {
            throw new MalformedEvent(name + " is required");
        }
        return value;
    }

    private static String optionalText(ObjectNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new MalformedEvent(name + " must be a string");
        }
        return value.asText().isBlank() ? null : value.asText();
    }
}
