package uk.raa.children.domain.ssda903;

import java.time.LocalDate;

/**
 * The parsed rows, holding only what the journey needs: postcodes, URNs and UPNs are validated where a rule needs
 * them and not kept (data minimisation), which also keeps the per-child index small. A value that failed to parse
 * is null and has a finding.
 */
public final class Ssda903Rows {

    private Ssda903Rows() {
    }

    public record HeaderRow(long row, String child, String sex, LocalDate dateOfBirth, String ethnicity) {
    }

    public record EpisodeRow(long row, String child, LocalDate decom, String rne, String ls, String place,
                             LocalDate dec, String rec) {
    }

    public record Ad1Row(long row, String child, LocalDate dateOfBirth, LocalDate dateInt, LocalDate dateMatch,
                         Boolean fosterCare) {
    }

    public record PlacedAdoptionRow(long row, String child, LocalDate dateOfBirth, LocalDate datePlaced,
                                    LocalDate datePlacedCeased, String reasonPlacedCeased) {
    }
}
