package uk.raa.children.domain.ssda903;

import java.util.List;
import java.util.Map;

/**
 * One record of one table as text, keyed by CSV column name, whichever form (CSV or XML) it came from, with any
 * syntax problems found while reading it (they travel with the row so they reach the child's report).
 */
public record RawRow(Ssda903Table table, long row, Map<String, String> values, List<Finding> findings) {

    public RawRow {
        values = Map.copyOf(values);
        findings = List.copyOf(findings);
    }

    public RawRow(Ssda903Table table, long row, Map<String, String> values) {
        this(table, row, values, List.of());
    }

    /** The trimmed value, or null when absent or blank. */
    public String value(String column) {
        String value = values.get(column);
        if (value == null) {
            return null;
        }
        String trimmed = value.trim();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
