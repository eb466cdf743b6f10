package uk.raa.gateway.service;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;

/**
 * An RFC 9457 problem detail answered by the gateway itself, in the shape the services use ({@code type},
 * {@code title}, {@code status}, {@code detail}). Bodies never carry tokens or upstream internals.
 */
public record Problem(int status, String type, String title, String detail) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://raa.example/problems/";

    public Buffer toBuffer() {
        return new JsonObject().put("type", TYPE_BASE + type).put("title", title).put("status", status)
                .put("detail", detail).toBuffer();
    }
}
