package uk.raa.children.domain.ssda903;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Reads one SSDA903 CSV table record by record. The header line must name the table's columns exactly: a missing
 * column is an error (its values are then absent in every row), an unexpected column is an error and is ignored,
 * and columns in another order are a warning (they are read by name). Blank lines are reported, not read.
 */
public final class Ssda903CsvSource implements RowSource {

    private final Ssda903Table table;
    private final CsvReader reader;
    private final List<Finding> findings = new ArrayList<>();
    private List<String> header;
    private RawRow nextRow;

    public Ssda903CsvSource(Ssda903Table table, Reader in) {
        this.table = table;
        this.reader = new CsvReader(in);
        readHeader();
    }

    private void readHeader() {
        CsvReader.CsvRecord record = reader.next();
        String name = table.tableName();
        if (record == null) {
            findings.add(Finding.error(name, 0, "", "empty-file", name + " file is empty: no header line"));
            header = List.of();
            return;
        }
        header = record.fields();
        if (record.problem() != null) {
            findings.add(Finding.error(name, record.line(), "", "csv-syntax", "header line: " + record.problem()));
        }
        for (String expected : table.columns()) {
            if (!header.contains(expected)) {
                findings.add(Finding.error(name, record.line(), expected, "missing-column",
                        "column " + expected + " is missing from the header line; its values are treated as absent"));
            }
        }
        for (String actual : header) {
            if (!table.columns().contains(actual)) {
                findings.add(Finding.error(name, record.line(), actual, "unexpected-column",
                        "header names a column that is not in the " + name + " table (names must match exactly); it is ignored"));
            }
        }
        List<String> known = header.stream().filter(table.columns()::contains).toList();
        List<String> expectedOrder = table.columns().stream().filter(header::contains).toList();
        if (!known.equals(expectedOrder)) {
            findings.add(Finding.warning(name, record.line(), "", "column-order",
                    "columns are not in the DfE order; they are read by name"));
        }
    }

    @Override
    public boolean hasNext() {
        while (nextRow == null) {
            CsvReader.CsvRecord record = reader.next();
            if (record == null) {
                return false;
            }
            String name = table.tableName();
            if (record.isBlankLine()) {
                findings.add(Finding.warning(name, record.line(), "", "blank-line", "blank line ignored"));
                continue;
            }
            List<Finding> rowFindings = new ArrayList<>();
            if (record.problem() != null) {
                rowFindings.add(Finding.error(name, record.line(), "", "csv-syntax",
                        record.problem() + "; the row was read as far as possible"));
            }
            if (record.fields().size() != header.size()) {
                rowFindings.add(Finding.error(name, record.line(), "", "column-count", "row has "
                        + record.fields().size() + " fields but the header has " + header.size()));
            }
            Map<String, String> values = new HashMap<>();
            for (int i = 0; i < Math.min(header.size(), record.fields().size()); i++) {
                if (table.columns().contains(header.get(i))) {
                    values.putIfAbsent(header.get(i), record.fields().get(i));
                }
            }
            nextRow = new RawRow(table, record.line(), values, rowFindings);
        }
        return true;
    }

    @Override
    public RawRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        RawRow row = nextRow;
        nextRow = null;
        return row;
    }

    @Override
    public List<Finding> drainFindings() {
        List<Finding> drained = List.copyOf(findings);
        findings.clear();
        return drained;
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
