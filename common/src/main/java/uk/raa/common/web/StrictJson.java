package uk.raa.common.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * JSON is read strictly: a number is not a string, a string is not a number or a boolean, floats are not integers,
 * and an empty string is not a missing value. Clients learn about a wrong type instead of having it guessed.
 * A date is {@code YYYY-MM-DD} with a four-digit year: ISO 8601's expanded years ({@code +999999999-12-31}) are
 * refused here, as a wrong format of the field, rather than failing later in the database.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /** Last, so that the strict date reader is registered after Quarkus's own Java time module and wins. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        mapper.configure(DeserializationFeature.ACCEPT_FLOAT_AS_INT, false);
        mapper.configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true);
        mapper.configure(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS, true);
        mapper.configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true);
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Enum).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        mapper.registerModule(new SimpleModule("raa-strict-dates").addDeserializer(LocalDate.class, new IsoDate()));
    }

    /** {@code YYYY-MM-DD}, a real calendar date, nothing else. */
    static final class IsoDate extends JsonDeserializer<LocalDate> {

        private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
            }
            String text = p.getText();
            if (SHAPE.matcher(text).matches()) {
                try {
                    return LocalDate.parse(text);
                } catch (DateTimeParseException e) {
                    // not a calendar date: reported below
                }
            }
            return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, text, "must be a date, YYYY-MM-DD");
        }
    }
}
