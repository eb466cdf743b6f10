package uk.raa.children.domain.ssda903;

import java.util.Iterator;
import java.util.List;

/**
 * A stream of raw rows from one file. Problems that belong to the file rather than to a row (a wrong header line,
 * malformed XML) are collected and handed over by {@link #drainFindings()}.
 */
public interface RowSource extends Iterator<RawRow>, AutoCloseable {

    /** Findings produced since the last call, then forgotten by the source. */
    List<Finding> drainFindings();

    @Override
    void close();
}
