package uk.raa.common.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class StrictJsonTest {

    record Body(LocalDate date, BigDecimal amount, String text) {
    }

    private static ObjectMapper mapper() {
        // As Quarkus does: the Java time module first, then the customizers.
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        new StrictJson().customize(mapper);
        return mapper;
    }

    @Test
    void anIsoDateIsRead() throws Exception {
        assertEquals(LocalDate.of(2020, 2, 29), mapper().readValue("{\"date\":\"2020-02-29\"}", Body.class).date());
    }

    @ParameterizedTest
    @ValueSource(strings = {"+999999999-12-31", "2019-02-29", "2019-13-01", "31/12/2019", "2019-1-1", "",
            "0000-00-00", "2019-02-29T25:00", "20190101"})
    void anythingElseIsAFormatErrorNamingTheField(String text) {
        InvalidFormatException e = assertThrows(InvalidFormatException.class,
                () -> mapper().readValue("{\"date\":\"" + text + "\"}", Body.class));
        assertEquals("date", e.getPath().get(0).getFieldName());
        assertTrue(e.getMessage().contains("YYYY-MM-DD"), e.getMessage());
    }

    @Test
    void aNumberIsNotADate() {
        assertThrows(MismatchedInputException.class, () -> mapper().readValue("{\"date\":20190101}", Body.class));
    }

    @Test
    void aStringIsNotANumberAndANumberIsNotAString() throws Exception {
        assertThrows(MismatchedInputException.class, () -> mapper().readValue("{\"amount\":\"1.50\"}", Body.class));
        assertThrows(MismatchedInputException.class, () -> mapper().readValue("{\"text\":42}", Body.class));
        assertEquals(new BigDecimal("1.50"), mapper().readValue("{\"amount\":1.50}", Body.class).amount());
    }
}
