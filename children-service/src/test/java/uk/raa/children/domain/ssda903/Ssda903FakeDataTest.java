package uk.raa.children.domain.ssda903;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every synthetic file in src/test/resources/ssda903-fake is read without an exception and reported on. */
class Ssda903FakeDataTest {

    private static final Path DIR = Ssda903TestFiles.fakeDataDirectory();

    private static Ssda903CsvSource csv(Ssda903Table table, String file) throws IOException {
        return new Ssda903CsvSource(table, Files.newBufferedReader(DIR.resolve(file), StandardCharsets.UTF_8));
    }

    private static Ssda903Assembler assembler() {
        return new Ssda903Assembler(Ssda903Codes.standard(), Ssda903TestFiles.TODAY);
    }

    /** Counts by severity, table and rule: the findings report, written next to the surefire reports. */
    private static Map<String, Long> report(String name, Ssda903Import imported, List<ImportedChild> children)
            throws IOException {
        Map<String, Long> counts = children.stream().flatMap(c -> c.findings().stream())
                .collect(Collectors.groupingBy(f -> f.severity() + " " + f.table() + " " + f.rule(), TreeMap::new,
                        Collectors.counting()));
        imported.fileFindings().forEach(f -> counts.merge(f.severity() + " " + f.table() + " " + f.rule(), 1L, Long::sum));
        Path out = Path.of("target", "ssda903-findings-" + name + ".txt");
        Files.createDirectories(out.getParent());
        StringBuilder text = new StringBuilder("children " + children.size() + "\n");
        counts.forEach((key, count) -> text.append(count).append('\t').append(key).append('\n'));
        Files.writeString(out, text);
        return counts;
    }

    @Test
    void csvReturnIsReadCompletelyWithAFindingsReport() throws IOException {
        Ssda903Import imported = assembler().assemble(
                csv(Ssda903Table.HEADER, "header.csv"),
                csv(Ssda903Table.EPISODES, "episodes.csv"),
                csv(Ssda903Table.AD1, "ad1.csv"),
                csv(Ssda903Table.PLACED_ADOPTION, "placed_for_adoption.csv"));
        assertEquals(List.of(), imported.fileFindings());
        List<ImportedChild> children = imported.allChildren();
        // 2,675 Header rows, one per child; every Episodes child also has a Header row
        assertEquals(2675, children.size());
        // README: 2,123 children have episodes; each gets a period of care, none is dropped
        assertEquals(2123, children.stream().filter(c -> !c.journey().periodsOfCare().isEmpty()).count());
        Map<String, Long> counts = report("csv", imported, children);
        // the README: REASON_PLACED_CEASED is always XXX in the 29 PlacedAdoption rows
        assertEquals(29L, counts.get("ERROR PlacedAdoption unknown-code"));
        assertTrue(counts.containsKey("ERROR Episodes 390"), "E11/E12 on non-adoptive placements are reported");
        assertFalse(counts.containsKey("ERROR PlacedAdoption duplicate-child"));
    }

    @Test
    void placedForAdoptionErrorsFileReportsTheDuplicateChild() throws IOException {
        Ssda903Import imported = assembler().assemble(
                csv(Ssda903Table.HEADER, "header.csv"),
                csv(Ssda903Table.PLACED_ADOPTION, "placed_for_adoption_errors.csv"));
        List<ImportedChild> children = imported.allChildren();
        List<Finding> duplicates = children.stream().flatMap(c -> c.findings().stream())
                .filter(f -> f.rule().equals("duplicate-child")).toList();
        // child 988635 appears on lines 2 and 3; the second is the duplicate
        assertEquals(List.of(Finding.error("PlacedAdoption", 3, "CHILD", "duplicate-child",
                "a second PlacedAdoption row for the same CHILD; its values are not used")), duplicates);
        report("placed-errors", imported, children);
    }

    @Test
    void ad1AndPlacedAdoptionAloneAreRead() throws IOException {
        Ssda903Import imported = assembler().assemble(csv(Ssda903Table.AD1, "ad1.csv"),
                csv(Ssda903Table.PLACED_ADOPTION, "placed_for_adoption.csv"));
        List<ImportedChild> children = imported.allChildren();
        assertEquals(29, children.size());
        assertTrue(children.stream().allMatch(c -> c.journey().shouldBePlacedDecision() != null
                && c.journey().matchDecisions().size() == 1));
        assertTrue(children.stream().allMatch(c -> c.findings().stream()
                .anyMatch(f -> f.rule().equals("child-not-in-header"))));
    }

    @Test
    void xmlReturnIsReadCompletely() throws IOException {
        Ssda903Import imported;
        try (var in = Files.newInputStream(DIR.resolve("fake_903.xml"))) {
            imported = assembler().assemble(new Ssda903XmlSource(in));
        }
        assertEquals(List.of(), imported.fileFindings());
        List<ImportedChild> children = imported.allChildren();
        assertEquals(253, children.size());
        // 3 children carry AD1 fields and an AD_PLACED group in their HEADER
        assertEquals(3, children.stream().filter(c -> !c.journey().matchDecisions().isEmpty()).count());
        assertTrue(children.stream().allMatch(c -> c.characteristics().dateOfBirth() != null));
        Map<String, Long> counts = report("xml", imported, children);
        assertEquals(3L, counts.get("ERROR PlacedAdoption unknown-code"));
    }

    @Test
    void xmlGivesTheSameChildAsCsv() {
        String csvHeader = Ssda903TestFiles.HEADER + "C1,1,10/01/2014,WBRI,A123456789012,0,\n";
        String csvEpisodes = Ssda903TestFiles.EPISODES
                + "C1,01/02/2015,S,V2,N1,U4,PR1,01/09/2015,X1,,,,\n"
                + "C1,01/09/2015,L,E1,N1,U4,PR1,01/03/2016,X1,,,,\n"
                + "C1,01/03/2016,U,E1,N1,A5,PR1,10/01/2017,E11,,,,\n";
        String csvAd1 = Ssda903TestFiles.AD1 + "C1,10/01/2014,01/07/2015,01/02/2016,1,2,MF,L11\n";
        String csvPlaced = Ssda903TestFiles.PLACED + "C1,10/01/2014,01/07/2015,01/03/2016,XXX\n";
        String xml = "<?xml version='1.0' encoding='us-ascii'?><EXPSSDA903><CHILD><HEADER><CHILDID>C1</CHILDID>"
                + "<UPN>A123456789012</UPN><SEX>1</SEX><DOB>10/01/2014</DOB><ETHNIC>WBRI</ETHNIC><UASC />"
                + "<DATE_INT>01/07/2015</DATE_INT><DATE_MATCH>01/02/2016</DATE_MATCH><FOSTER_CARE>1</FOSTER_CARE>"
                + "<NB_ADOPTR>2</NB_ADOPTR><SEX_ADOPTR>MF</SEX_ADOPTR><LS_ADOPTR>L11</LS_ADOPTR>"
                + "<AREVIEW><REVIEW>27/09/2015</REVIEW><REVIEW_CODE>PN0</REVIEW_CODE></AREVIEW><MOTHER>0</MOTHER><MC_DOB />"
                + "<AD_PLACED><DATE_PLACED>01/07/2015</DATE_PLACED><DATE_PLACED_CEASED>01/03/2016</DATE_PLACED_CEASED>"
                + "<REASON_PLACED_CEASED>XXX</REASON_PLACED_CEASED></AD_PLACED></HEADER>"
                + episodeXml("01/02/2015", "S", "V2", "U4", "01/09/2015", "X1")
                + episodeXml("01/09/2015", "L", "E1", "U4", "01/03/2016", "X1")
                + episodeXml("01/03/2016", "U", "E1", "A5", "10/01/2017", "E11")
                + "</CHILD></EXPSSDA903>";
        ImportedChild fromCsv = Ssda903TestFiles.only(Ssda903TestFiles.read(csvHeader, csvEpisodes, csvAd1, csvPlaced));
        ImportedChild fromXml = Ssda903TestFiles.only(assembler().assemble(
                new Ssda903XmlSource(new ByteArrayInputStream(xml.getBytes(StandardCharsets.US_ASCII)))));
        assertEquals(fromCsv.journey(), fromXml.journey());
        assertEquals(fromCsv.characteristics(), fromXml.characteristics());
        // same findings apart from row numbers (CSV lines vs XML record positions)
        assertEquals(withoutRows(fromCsv.findings()), withoutRows(fromXml.findings()));
        assertEquals(List.of("unknown-code"), fromXml.findings().stream().map(Finding::rule).toList());
    }

    private static String episodeXml(String decom, String rne, String ls, String place, String dec, String rec) {
        return "<EPISODE><DECOM>" + decom + "</DECOM><RNE>" + rne + "</RNE><LS>" + ls + "</LS><CIN>N1</CIN><PL>"
                + place + "</PL><PL_POST>E7 5YR</PL_POST><HOME_POST>B15 8PZ</HOME_POST><URN>1465167</URN>"
                + "<PLACE_PROVIDER>PR1</PLACE_PROVIDER><DEC>" + dec + "</DEC><REC>" + rec + "</REC>"
                + "<REASON_PLACE_CHANGE /></EPISODE>";
    }

    private static List<String> withoutRows(List<Finding> findings) {
        return findings.stream().map(f -> f.table() + "|" + f.column() + "|" + f.rule() + "|" + f.message()).toList();
    }

    @Test
    void malformedXmlIsAFindingNotAnException() {
        String xml = "<EXPSSDA903><CHILD><HEADER><CHILDID>C1</CHILDID><DOB>10/01/2014</DOB></HEADER></CHILD><CHILD><HEAD";
        Ssda903Import imported = assembler().assemble(
                new Ssda903XmlSource(new ByteArrayInputStream(xml.getBytes(StandardCharsets.US_ASCII))));
        assertEquals(List.of("xml-malformed"), imported.fileFindings().stream().map(Finding::rule).toList());
        assertEquals(1, imported.allChildren().size());
    }

    @Test
    void reImportingTheSameReturnIsIdempotent() throws IOException {
        List<ImportedChild> first = assembler().assemble(csv(Ssda903Table.HEADER, "header.csv"),
                csv(Ssda903Table.EPISODES, "episodes.csv")).allChildren();
        List<ImportedChild> second = assembler().assemble(csv(Ssda903Table.HEADER, "header.csv"),
                csv(Ssda903Table.EPISODES, "episodes.csv")).allChildren();
        for (int i = 0; i < first.size(); i++) {
            var merged = uk.raa.children.domain.journey.JourneyMerge.merge(first.get(i).journey(), second.get(i).journey());
            assertEquals(first.get(i).journey(), merged.journey());
            assertEquals(List.of(), merged.findings());
        }
    }

    @Test
    void aStringReaderSourceIsClosedAfterReading() {
        Ssda903CsvSource source = new Ssda903CsvSource(Ssda903Table.AD1, new StringReader(""));
        Ssda903Import imported = assembler().assemble(source);
        assertEquals(List.of("empty-file"), imported.fileFindings().stream().map(Finding::rule).toList());
    }
}
