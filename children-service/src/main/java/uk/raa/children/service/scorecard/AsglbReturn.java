package uk.raa.children.service.scorecard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The ASGLB quarterly adoption data return, child-level, year to date: the "Adoptions" and "Adoptive families"
 * sheets, plus what could not be filled.
 */
public record AsglbReturn(String quarter, LocalDate from, LocalDate to, Instant dataAsAt, Table adoptions,
                          Table families, List<String> notFilled) {
}
