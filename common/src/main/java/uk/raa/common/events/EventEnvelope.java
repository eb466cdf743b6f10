package uk.raa.common.events;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A CloudEvents 1.0 envelope (JSON format) with this platform's extension attributes. Serialised and parsed by
 * {@link EventJson}; the attribute names below are the JSON member names.
 *
 * @param id              unique per event; consumers de-duplicate on it
 * @param source          the producing service, e.g. {@code /children-service}
 * @param type            versioned type, e.g. {@code child.profile-changed.v1}; also the routing key
 * @param time            when the producer recorded the fact (UTC)
 * @param subject         the aggregate's id; with {@code source} and the type's first segment it names the aggregate
 * @param datacontenttype always {@code application/json}
 * @param authority       extension: the partner authority the record belongs to, if any
 * @param agency          extension: the agency the record belongs to, if any
 * @param sequence        extension: 1, 2, 3... per aggregate, in the order the producer committed them
 * @param data            the event's payload, described by {@code events/schemas/<type>.json}
 */
@JsonPropertyOrder({"specversion", "id", "source", "type", "time", "subject", "datacontenttype", "authority",
        "agency", "sequence", "data"})
public record EventEnvelope(String specversion, UUID id, String source, String type, Instant time, String subject,
        String datacontenttype, String authority, String agency, long sequence, JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String DATA_CONTENT_TYPE = "application/json";

    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(data, "data");
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence must be 1 or more");
        }
    }

    /**
     * The aggregate's type: the first segment of the event type ({@code child} for {@code child.profile-changed.v1}).
     * Producers must use it as the aggregate type, which {@link Outbox#publish} enforces.
     */
    public String aggregateType() {
        return type.substring(0, type.indexOf('.'));
    }

    /** The payload as the consumer's own type; unknown fields are ignored (versions grow by additive changes). */
    public <T> T dataAs(Class<T> dataType) {
        return EventJson.convert(data, dataType);
    }
}
