package uk.raa.children.domain.ssda903;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A small streaming RFC 4180 reader: comma-separated, fields optionally in double quotes, a doubled quote inside
 * quotes is a quote, quoted fields may hold commas and line breaks, lines end in CRLF, LF or CR. It holds one
 * record at a time. Malformed input never throws: the record is returned with a {@code problem} describing it
 * (a quote inside an unquoted field is kept literally; text after a closing quote is appended; an unterminated
 * quote runs to the end of the file).
 */
public final class CsvReader implements Closeable {

    /** One record; {@code line} is the file line on which it starts (1-based). */
    public record CsvRecord(long line, List<String> fields, String problem) {
        public CsvRecord {
            fields = List.copyOf(fields);
        }

        public boolean isBlankLine() {
            return fields.size() == 1 && fields.get(0).isEmpty() && problem == null;
        }
    }

    private static final int EOF = -1;

    private final BufferedReader in;
    private long line = 1;
    private int pushedBack = Integer.MIN_VALUE;
    private boolean first = true;
    private boolean finished;

    public CsvReader(Reader in) {
        this.in = in instanceof BufferedReader buffered ? buffered : new BufferedReader(in);
    }

    /** The next record, or null at the end of the input. */
    public CsvRecord next() {
        if (finished) {
            return null;
        }
        int c = read();
        if (first) {
            first = false;
            if (c == '\uFEFF') {
                c = read();
            }
        }
        if (c == EOF) {
            finished = true;
            return null;
        }
        long startLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        String problem = null;
        boolean quoted = false;
        boolean afterClosingQuote = false;
        boolean fieldStart = true;
        while (true) {
            if (quoted) {
                if (c == EOF) {
                    problem = firstProblem(problem, "unterminated quoted field");
                    fields.add(field.toString());
                    finished = true;
                    return new CsvRecord(startLine, fields, problem);
                }
                if (c == '"') {
                    int next = read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        afterClosingQuote = true;
                        c = next;
                        continue;
                    }
                } else {
                    if (c == '\n' || (c == '\r')) {
                        newLine(c);
                        field.append('\n');
                    } else {
                        field.append((char) c);
                    }
                }
                c = read();
                continue;
            }
            if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                fieldStart = true;
                afterClosingQuote = false;
                c = read();
                continue;
            }
            if (c == '\r' || c == '\n' || c == EOF) {
                fields.add(field.toString());
                if (c == EOF) {
                    finished = true;
                } else {
                    newLine(c);
                }
                return new CsvRecord(startLine, fields, problem);
            }
            if (c == '"') {
                if (fieldStart) {
                    quoted = true;
                    fieldStart = false;
                    c = read();
                    continue;
                }
                problem = firstProblem(problem, "quote inside an unquoted field");
            } else if (afterClosingQuote) {
                problem = firstProblem(problem, "text after a closing quote");
            }
            field.append((char) c);
            fieldStart = false;
            c = read();
        }
    }

    private static String firstProblem(String existing, String problem) {
        return existing != null ? existing : problem;
    }

    /** Consumes the LF of a CRLF pair and counts the line. */
    private void newLine(int c) {
        if (c == '\r') {
            int next = read();
            if (next != '\n') {
                pushedBack = next;
            }
        }
        line++;
    }

    private int read() {
        if (pushedBack != Integer.MIN_VALUE) {
            int c = pushedBack;
            pushedBack = Integer.MIN_VALUE;
            return c;
        }
        try {
            return in.read();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
