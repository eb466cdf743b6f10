package uk.raa.children.domain.ssda903;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    @Test
    void quotedFieldsHoldCommasQuotesAndLineBreaks() {
        CsvReader reader = new CsvReader(new StringReader(
                "a,\"b,c\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",,x\nlast,row,\"\"\n"));
        CsvReader.CsvRecord first = reader.next();
        assertEquals(List.of("a", "b,c", "say \"hi\""), first.fields());
        assertEquals(1, first.line());
        CsvReader.CsvRecord second = reader.next();
        assertEquals(List.of("two\nlines", "", "x"), second.fields());
        assertEquals(2, second.line());
        CsvReader.CsvRecord third = reader.next();
        assertEquals(List.of("last", "row", ""), third.fields());
        assertEquals(4, third.line()); // the quoted line break made record two span lines 2 and 3
        assertNull(reader.next());
    }

    @Test
    void malformedQuotingIsReportedNotThrown() {
        CsvReader reader = new CsvReader(new StringReader("ab\"c,d\n\"x\"y,z\n\"open,never closed\n"));
        assertEquals("quote inside an unquoted field", reader.next().problem());
        CsvReader.CsvRecord afterQuote = reader.next();
        assertEquals(List.of("xy", "z"), afterQuote.fields());
        assertEquals("text after a closing quote", afterQuote.problem());
        CsvReader.CsvRecord unterminated = reader.next();
        assertEquals("unterminated quoted field", unterminated.problem());
        assertEquals(List.of("open,never closed\n"), unterminated.fields());
        assertNull(reader.next());
    }

    @Test
    void byteOrderMarkAndMissingFinalNewlineAreHandled() {
        CsvReader reader = new CsvReader(new StringReader("\uFEFFCHILD,SEX\r1,2"));
        assertEquals(List.of("CHILD", "SEX"), reader.next().fields());
        assertEquals(List.of("1", "2"), reader.next().fields());
        assertNull(reader.next());
    }
}
