package uk.raa.children.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.raa.children.bench.Ssda903Generator.Child;
import uk.raa.children.bench.Ssda903Generator.Result;
import uk.raa.children.domain.ssda903.Finding;
import uk.raa.children.domain.ssda903.ImportedChild;
import uk.raa.children.domain.ssda903.Severity;
import uk.raa.children.domain.ssda903.Ssda903Assembler;
import uk.raa.children.domain.ssda903.Ssda903Codes;
import uk.raa.children.domain.ssda903.Ssda903CsvSource;
import uk.raa.children.domain.ssda903.Ssda903Import;
import uk.raa.children.domain.ssda903.Ssda903Table;

/** The generator's sizes and distributions (loosely), its determinism, and that every return it writes reads clean. */
class Ssda903GeneratorTest {

    private static final Result AGENCY = Ssda903Generator.generate(Ssda903Generator.agency(), 903);

    private static double share(long part, long whole) {
        return (double) part / whole;
    }

    private static void within(double expected, double tolerance, double actual, String what) {
        assertTrue(Math.abs(actual - expected) <= tolerance,
                what + ": expected " + expected + " ± " + tolerance + " but was " + actual);
    }

    @Test
    void agencySizeHasTheFiveAcePartnersAndAboutAHundredAdoptionsAYear() {
        assertEquals(3_000, AGENCY.children().size());
        Map<String, Long> byAuthority = AGENCY.children().stream()
                .collect(Collectors.groupingBy(c -> c.authority().code() + ":" + c.authority().laNumber(),
                        TreeMap::new, Collectors.counting()));
        assertEquals(List.of("coventry:331", "herefordshire:884", "solihull:334", "warwickshire:937",
                "worcestershire:885"), List.copyOf(byAuthority.keySet()));
        assertTrue(byAuthority.get("worcestershire:885") > 2 * byAuthority.get("herefordshire:884"), byAuthority::toString);
        within(1_000, 120, AGENCY.adoptions(), "adoptions in ten years");
        within(3.0, 0.4, share(AGENCY.episodes(), AGENCY.children().size()), "episodes per child");
        // child references are unique within each authority and fit the importer's reference pattern
        assertEquals(AGENCY.children().size(), AGENCY.children().stream()
                .map(c -> c.authority().code() + "/" + c.id()).distinct().count());
        assertTrue(AGENCY.children().stream().allMatch(c -> c.id().matches("[0-9]{9}")));
    }

    @Test
    void nationalSizeMatchesTheBenchmarkBrief() {
        Result national = Ssda903Generator.generate(Ssda903Generator.national(), 903);
        assertEquals(82_000, national.children().size());
        assertEquals(150, national.children().stream().map(c -> c.authority().code()).distinct().count());
        within(250_000, 25_000, national.episodes(), "episodes");
        within(30_000, 2_000, national.adoptions(), "adoptions in ten years");
        within(3_000, 400, national.adoptions() / 10.0, "adoptions a year");
        assertTrue(national.decisionsReversed() > 3_000 && national.decisionsReversed() < 15_000,
                "decisions reversed: " + national.decisionsReversed());
    }

    @Test
    void agesAtEntryFollowTheNationalStartsAndAdoptedChildrenAreYoung() {
        List<Child> adopted = AGENCY.children().stream().filter(c -> c.adoptionOrder() != null).toList();
        List<Child> others = AGENCY.children().stream().filter(c -> c.decision() == null).toList();
        long adoptedUnderOne = adopted.stream().filter(c -> ageAtEntry(c) < 1).count();
        within(0.50, 0.12, share(adoptedUnderOne, adopted.size()), "adopted children under 1 at entry");
        long adoptedFivePlus = adopted.stream().filter(c -> ageAtEntry(c) >= 5).count();
        assertTrue(share(adoptedFivePlus, adopted.size()) < 0.15, "few adopted children entered care aged 5+");
        long teenagers = others.stream().filter(c -> ageAtEntry(c) >= 10).count();
        within(0.50, 0.12, share(teenagers, others.size()), "other children entering care aged 10+");
        double meanAgeAtOrder = adopted.stream()
                .mapToDouble(c -> ChronoUnit.DAYS.between(c.dateOfBirth(), c.adoptionOrder()) / 365.25).average()
                .orElseThrow();
        within(3.3, 1.0, meanAgeAtOrder, "mean age at adoption (national: about 3 years 3 months)");
    }

    @Test
    void timelinesGiveScorecardLikeFigures() {
        List<Child> adopted = AGENCY.children().stream().filter(c -> c.adoptionOrder() != null
                && c.placedForAdoption() != null).toList();
        double a1 = adopted.stream().mapToLong(c -> ChronoUnit.DAYS.between(c.enteredCare(), c.placedForAdoption()))
                .average().orElseThrow();
        within(480, 120, a1, "mean days from entering care to moving in (A1)");
        long fosterCarers = AGENCY.children().stream().filter(c -> c.adoptionOrder() != null)
                .filter(c -> c.episodes().stream().anyMatch(e -> e.place().equals("A5") || e.place().equals("A3")))
                .count();
        within(0.25, 0.1, share(fosterCarers, adopted.size()), "adopted by their foster carers or FfA carers");
        long consent = adopted.stream().filter(c -> c.episodes().stream().anyMatch(e -> e.place().equals("A4"))).count();
        assertTrue(consent > 0 && share(consent, adopted.size()) < 0.1, "some consent (A4) adoptions: " + consent);
    }

    @Test
    void decisionsReversedPeriodsOfCareAndPlacementTypes() {
        long decisions = AGENCY.children().stream().filter(c -> c.decision() != null).count();
        long reversed = AGENCY.children().stream().filter(c -> c.ceasedReason() != null
                && c.ceasedReason().startsWith("RD")).count();
        within(0.21, 0.06, share(reversed, decisions), "decisions reversed");
        assertEquals(Stream.of("RD1", "RD2", "RD3", "RD4").toList(), AGENCY.children().stream()
                .map(Child::ceasedReason).filter(r -> r != null && r.startsWith("RD")).distinct().sorted().toList());
        long twoPeriods = AGENCY.children().stream().filter(c -> c.periods() > 1).count();
        assertTrue(twoPeriods > 0 && share(twoPeriods, AGENCY.children().size()) < 0.1, "re-entries: " + twoPeriods);
        Map<String, Long> places = AGENCY.children().stream().flatMap(c -> c.episodes().stream())
                .collect(Collectors.groupingBy(e -> e.place().substring(0, 1), Collectors.counting()));
        long all = places.values().stream().mapToLong(Long::longValue).sum();
        within(0.62, 0.15, share(places.get("U"), all), "foster placements among episodes");
        assertTrue(places.containsKey("K") && places.containsKey("H") && places.containsKey("P"), places::toString);
    }

    @Test
    void aboutFiftySevenPercentOfWaitingChildrenAreInSiblingGroups() {
        long waiting = 0;
        long inGroups = 0;
        for (int year = 2017; year <= 2025; year++) {
            LocalDate day = LocalDate.of(year + 1, 3, 31);
            for (Child c : AGENCY.children()) {
                if (c.waitingOn(day)) {
                    waiting++;
                    if (c.siblingGroup() != null) {
                        inGroups++;
                    }
                }
            }
        }
        assertTrue(waiting > 300, "waiting children counted: " + waiting);
        within(0.57, 0.07, share(inGroups, waiting), "share of waiting children in sibling groups");
    }

    @Test
    void oneSeedAlwaysGivesTheSameFilesAndAnotherSeedOthers(@TempDir Path dir) throws IOException {
        Ssda903Generator.Spec small = new Ssda903Generator.Spec("small", Ssda903Generator.ACE.subList(0, 2), 300,
                100, 2016, 10);
        Ssda903Generator.generate(small, 7).write(dir.resolve("a"));
        Ssda903Generator.generate(small, 7).write(dir.resolve("b"));
        Ssda903Generator.generate(small, 8).write(dir.resolve("c"));
        assertEquals(digest(dir.resolve("a")), digest(dir.resolve("b")));
        assertNotEquals(digest(dir.resolve("a")), digest(dir.resolve("c")));
    }

    @Test
    void everyAgencyReturnReadsWithoutAnErrorFinding(@TempDir Path dir) throws IOException {
        long[] rows = AGENCY.write(dir);
        assertEquals(AGENCY.adoptions(), rows[2], "one AD1 row per adoption");
        Map<String, Long> warnings = new TreeMap<>();
        int returns = 0;
        long children = 0;
        for (Ssda903Generator.Authority authority : Ssda903Generator.ACE) {
            for (String year : Ssda903Generator.agency().collectionYears()) {
                Path files = dir.resolve(authority.code()).resolve(year.replace('/', '-'));
                Ssda903Import imported = read(files, LocalDate.of(2026, 12, 1));
                List<Finding> errors = Stream.concat(imported.fileFindings().stream(),
                                imported.allChildren().stream().flatMap(c -> c.findings().stream()))
                        .filter(f -> f.severity() == Severity.ERROR).toList();
                assertEquals(List.of(), errors.stream().limit(5).toList(), authority.code() + " " + year);
                Ssda903Import again = read(files, LocalDate.of(2026, 12, 1));
                for (ImportedChild child : again.allChildren()) {
                    children++;
                    child.findings().forEach(f -> warnings.merge(f.rule(), 1L, Long::sum));
                }
                returns++;
            }
        }
        assertEquals(50, returns);
        assertEquals(rows[0], children, "every Header row is one child of its return");
        Files.writeString(Path.of("target", "ssda903-generated-agency-warnings.txt"), warnings.toString());
    }

    static Ssda903Import read(Path files, LocalDate today) throws IOException {
        return new Ssda903Assembler(Ssda903Codes.standard(), today).assemble(
                source(Ssda903Table.HEADER, files.resolve("header.csv")),
                source(Ssda903Table.EPISODES, files.resolve("episodes.csv")),
                source(Ssda903Table.AD1, files.resolve("ad1.csv")),
                source(Ssda903Table.PLACED_ADOPTION, files.resolve("placed_for_adoption.csv")));
    }

    private static Ssda903CsvSource source(Ssda903Table table, Path file) throws IOException {
        return new Ssda903CsvSource(table, Files.newBufferedReader(file, StandardCharsets.UTF_8));
    }

    private static double ageAtEntry(Child c) {
        return ChronoUnit.DAYS.between(c.dateOfBirth(), c.enteredCare()) / 365.25;
    }

    private static String digest(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                sha.update(dir.relativize(p).toString().getBytes(StandardCharsets.UTF_8));
                sha.update(Files.readAllBytes(p));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
