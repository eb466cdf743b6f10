package uk.raa.adopters.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import uk.raa.common.problem.ProblemException;

/**
 * Date query parameters. Read here rather than by the framework so that a bad date is a 400 naming the parameter
 * (JAX-RS would answer a query parameter it cannot convert with 404).
 */
final class Dates {

    private Dates() {
    }

    /** The date, or null when the parameter is absent. */
    static LocalDate parse(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.validation(field, "date", "must be a date (YYYY-MM-DD)");
        }
    }
}
