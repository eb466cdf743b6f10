package uk.raa.children.rest.scorecard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import uk.raa.children.service.scorecard.Table;
import uk.raa.common.problem.ProblemException;

/** CSV and XLSX writing for the exports, and the shared query-parameter parsing. */
final class ExportFormats {

    static final String CSV = "text/csv";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private ExportFormats() {
    }

    /** RFC 4180 CSV: every cell quoted when it holds a comma, quote or line break. */
    static byte[] csv(Table table) {
        StringBuilder out = new StringBuilder();
        line(out, table.headers());
        table.rows().forEach(row -> line(out, row));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String cell = cells.get(i) == null ? "" : cells.get(i);
            // A leading =, +, - or @ would be a formula in a spreadsheet; prefix it so it stays text.
            if (!cell.isEmpty() && "=+@".indexOf(cell.charAt(0)) >= 0) {
                cell = "'" + cell;
            }
            if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
                cell = "\"" + cell.replace("\"", "\"\"") + "\"";
            }
            out.append(cell);
        }
        out.append("\r\n");
    }

    /** One worksheet per table; numbers stay numbers so that spreadsheets can sum them. */
    static byte[] xlsx(List<Table> tables) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(bytes, "raa-children-service", "1.0");
            for (Table table : tables) {
                Worksheet sheet = workbook.newWorksheet(table.name());
                for (int c = 0; c < table.headers().size(); c++) {
                    sheet.value(0, c, table.headers().get(c));
                    sheet.style(0, c).bold().set();
                }
                for (int r = 0; r < table.rows().size(); r++) {
                    List<String> row = table.rows().get(r);
                    for (int c = 0; c < row.size(); c++) {
                        String cell = row.get(c);
                        if (cell == null || cell.isEmpty()) {
                            continue;
                        }
                        if (cell.matches("-?\\d{1,9}(\\.\\d+)?") && !table.headers().get(c).equals("la_number")
                                && !table.headers().get(c).contains("reference")) {
                            sheet.value(r + 1, c, new java.math.BigDecimal(cell));
                        } else {
                            sheet.value(r + 1, c, cell);
                        }
                    }
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** asAt: an instant (2024-10-01T09:00:00Z), an offset time, or a date (as recorded by the end of that day, UTC). */
    static Instant asAt(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException notATime) {
            try {
                return LocalDate.parse(value).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusNanos(1000);
            } catch (DateTimeParseException notADate) {
                throw ProblemException.validation("asAt", "format",
                        "asAt must be an ISO-8601 time such as 2024-10-01T09:00:00Z or a date such as 2024-10-01");
            }
        }
    }

    static String format(String value, List<String> allowed) {
        String format = value == null || value.isBlank() ? allowed.get(0) : value;
        if (!allowed.contains(format)) {
            throw ProblemException.validation("format", "allowed", "format must be one of " + String.join(", ", allowed));
        }
        return format;
    }
}
