package uk.raa.children.domain.ssda903;

/** Where a journey fact came from, so a journey rule broken by it can be reported against the row and column. */
record FactOrigin(String table, long row, String column, long endRow, String endColumn) {

    static FactOrigin of(Ssda903Table table, long row, String column) {
        return new FactOrigin(table.tableName(), row, column, row, column);
    }

    static FactOrigin span(Ssda903Table table, long row, String column, long endRow, String endColumn) {
        return new FactOrigin(table.tableName(), row, column, endRow, endColumn);
    }
}
