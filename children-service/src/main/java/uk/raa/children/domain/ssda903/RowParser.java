package uk.raa.children.domain.ssda903;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import uk.raa.children.domain.ssda903.Ssda903Rows.Ad1Row;
import uk.raa.children.domain.ssda903.Ssda903Rows.EpisodeRow;
import uk.raa.children.domain.ssda903.Ssda903Rows.HeaderRow;
import uk.raa.children.domain.ssda903.Ssda903Rows.PlacedAdoptionRow;

/**
 * Turns raw rows into typed rows, reporting every value that is missing, not a dd/mm/yyyy date, or not in its
 * code list. Nothing is thrown for bad data.
 */
public final class RowParser {

    /** Dates are exactly dd/mm/yyyy; STRICT refuses 31/02/2017 rather than rolling it to 3 March. */
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private final Ssda903Codes codes;
    private final LocalDate today;

    public RowParser(Ssda903Codes codes, LocalDate today) {
        this.codes = codes;
        this.today = today;
    }

    public HeaderRow header(RawRow raw, List<Finding> out) {
        String child = child(raw, out);
        String sex = code(raw, "SEX", true, out);
        LocalDate dob = date(raw, "DOB", true, out);
        if (dob != null && dob.isAfter(today)) {
            out.add(error(raw, "DOB", "future", "DOB must not be in the future"));
        }
        String ethnicity = code(raw, "ETHNIC", true, out);
        String mother = code(raw, "MOTHER", false, out);
        LocalDate motherChildDob = date(raw, "MC_DOB", false, out);
        if (motherChildDob != null && "1".equals(sex)) {
            out.add(error(raw, "MC_DOB", "mother-sex", "MC_DOB is completed but SEX is male"));
        }
        if (motherChildDob != null && !"1".equals(mother)) {
            out.add(warning(raw, "MC_DOB", "mother-flag", "MC_DOB is completed but MOTHER is not 1"));
        }
        return new HeaderRow(raw.row(), child, sex, dob, ethnicity);
    }

    public EpisodeRow episode(RawRow raw, List<Finding> out) {
        String child = child(raw, out);
        LocalDate decom = date(raw, "DECOM", true, out);
        String rne = code(raw, "RNE", true, out);
        String ls = code(raw, "LS", true, out);
        code(raw, "CIN", true, out);
        String place = code(raw, "PLACE", true, out);
        code(raw, "PLACE_PROVIDER", false, out);
        LocalDate dec = date(raw, "DEC", false, out);
        String rec = code(raw, "REC", false, out);
        code(raw, "REASON_PLACE_CHANGE", false, out);
        if (dec != null && decom != null && dec.isBefore(decom)) {
            out.add(error(raw, "DEC", "dec-before-decom",
                    "DEC is before DECOM; the episode is treated as open"));
            dec = null;
        }
        if (dec != null && raw.value("REC") == null) {
            out.add(error(raw, "REC", "missing-value", "REC is required when DEC is completed"));
        }
        if (dec == null && rec != null && !rec.equals("X1") && raw.value("DEC") == null) {
            out.add(error(raw, "DEC", "missing-value", "DEC is required when REC is " + rec));
        }
        return new EpisodeRow(raw.row(), child, decom, rne, ls, place, dec, rec);
    }

    public Ad1Row ad1(RawRow raw, List<Finding> out) {
        String child = child(raw, out);
        LocalDate dob = date(raw, "DOB", true, out);
        LocalDate dateInt = date(raw, "DATE_INT", true, out);
        LocalDate dateMatch = date(raw, "DATE_MATCH", true, out);
        String fosterCare = code(raw, "FOSTER_CARE", true, out);
        String adopters = code(raw, "NB_ADOPTR", true, out);
        String sexAdopters = code(raw, "SEX_ADOPTR", true, out);
        code(raw, "LS_ADOPTR", true, out);
        if (adopters != null && sexAdopters != null
                && (adopters.equals("1") != (sexAdopters.length() == 2 && sexAdopters.endsWith("1")))) {
            out.add(warning(raw, "SEX_ADOPTR", "adopter-count",
                    "SEX_ADOPTR " + sexAdopters + " does not fit NB_ADOPTR " + adopters));
        }
        Boolean adoptedByFosterCarers = fosterCare == null ? null : fosterCare.equals("1");
        return new Ad1Row(raw.row(), child, dob, dateInt, dateMatch, adoptedByFosterCarers);
    }

    public PlacedAdoptionRow placedAdoption(RawRow raw, List<Finding> out) {
        String child = child(raw, out);
        LocalDate dob = date(raw, "DOB", true, out);
        LocalDate placed = date(raw, "DATE_PLACED", true, out);
        LocalDate ceased = date(raw, "DATE_PLACED_CEASED", false, out);
        String reason = code(raw, "REASON_PLACED_CEASED", false, out);
        if (raw.value("DATE_PLACED_CEASED") != null && raw.value("REASON_PLACED_CEASED") == null) {
            out.add(error(raw, "REASON_PLACED_CEASED", "missing-value",
                    "REASON_PLACED_CEASED is required when DATE_PLACED_CEASED is completed"));
        }
        if (raw.value("DATE_PLACED_CEASED") == null && raw.value("REASON_PLACED_CEASED") != null) {
            out.add(error(raw, "DATE_PLACED_CEASED", "missing-value",
                    "DATE_PLACED_CEASED is required when REASON_PLACED_CEASED is completed"));
        }
        if (placed != null && ceased != null && ceased.isBefore(placed)) {
            out.add(error(raw, "DATE_PLACED_CEASED", "ceased-before-decision",
                    "DATE_PLACED_CEASED is before DATE_PLACED; the cessation is not used"));
            ceased = null;
        }
        return new PlacedAdoptionRow(raw.row(), child, dob, placed, ceased, reason);
    }

    private String child(RawRow raw, List<Finding> out) {
        String child = raw.value("CHILD");
        if (child == null) {
            out.add(error(raw, "CHILD", "missing-value",
                    "CHILD is missing; the row cannot be attributed to a child and is not used"));
        }
        return child;
    }

    private LocalDate date(RawRow raw, String column, boolean required, List<Finding> out) {
        String value = raw.value(column);
        if (value == null) {
            if (required) {
                out.add(error(raw, column, "missing-value", column + " is required"));
            }
            return null;
        }
        try {
            return LocalDate.parse(value, DATE);
        } catch (DateTimeParseException e) {
            out.add(error(raw, column, "date-format", column + " is not a valid date in the form dd/mm/yyyy"));
            return null;
        }
    }

    private String code(RawRow raw, String column, boolean required, List<Finding> out) {
        String value = raw.value(column);
        if (value == null) {
            if (required) {
                out.add(error(raw, column, "missing-value", column + " is required"));
            }
            return null;
        }
        if (!codes.isKnown(column, value)) {
            out.add(error(raw, column, "unknown-code", column + " code '" + printable(value)
                    + "' is not in the " + column + " code list"));
            return null;
        }
        // The code list's own string, so millions of rows share a few String instances.
        return codes.canonical(column, value);
    }

    /** Codes are short; anything long or odd is not echoed, in case a personal value was typed into a code field. */
    private static String printable(String value) {
        return value.length() <= 6 && value.chars().allMatch(c -> Character.isLetterOrDigit(c)) ? value : "?";
    }

    private static Finding error(RawRow raw, String column, String rule, String message) {
        return Finding.error(raw.table().tableName(), raw.row(), column, rule, message);
    }

    private static Finding warning(RawRow raw, String column, String rule, String message) {
        return Finding.warning(raw.table().tableName(), raw.row(), column, rule, message);
    }
}
