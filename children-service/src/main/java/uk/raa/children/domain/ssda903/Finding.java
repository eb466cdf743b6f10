package uk.raa.children.domain.ssda903;

/**
 * One problem found in an SSDA903 return. {@code row} is the line number of the record in a CSV file (the header
 * is line 1), or the 1-based position of the record within its table in the XML form; 0 means the table as a whole.
 * {@code column} is the CSV column name (also for XML, where e.g. {@code PL} is reported as {@code PLACE}).
 * Messages name the column and rule and may quote a code, but never a date, identifier or postcode.
 */
public record Finding(String table, long row, String column, String rule, String message, Severity severity) {

    public Finding {
        if (table == null || table.isBlank() || rule == null || rule.isBlank() || message == null
                || severity == null || row < 0) {
            throw new IllegalArgumentException("a finding needs a table, a row >= 0, a rule, a message and a severity");
        }
        column = column == null ? "" : column;
    }

    public static Finding error(String table, long row, String column, String rule, String message) {
        return new Finding(table, row, column, rule, message, Severity.ERROR);
    }

    public static Finding warning(String table, long row, String column, String rule, String message) {
        return new Finding(table, row, column, rule, message, Severity.WARNING);
    }
}
