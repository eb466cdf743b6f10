package uk.raa.children.domain.ssda903;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Inline returns for tests, and the location of the shared synthetic files. */
public final class Ssda903TestFiles {

    static final LocalDate TODAY = LocalDate.of(2020, 1, 1);
    static final String HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n";
    static final String EPISODES = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n";
    static final String AD1 = "CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR\n";
    static final String PLACED = "CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED\n";

    private Ssda903TestFiles() {
    }

    static Ssda903Import read(String header, String episodes, String ad1, String placed) {
        return new Ssda903Assembler(Ssda903Codes.standard(), TODAY).assemble(
                new Ssda903CsvSource(Ssda903Table.HEADER, new StringReader(header)),
                new Ssda903CsvSource(Ssda903Table.EPISODES, new StringReader(episodes)),
                new Ssda903CsvSource(Ssda903Table.AD1, new StringReader(ad1)),
                new Ssda903CsvSource(Ssda903Table.PLACED_ADOPTION, new StringReader(placed)));
    }

    static ImportedChild only(Ssda903Import imported) {
        List<ImportedChild> children = imported.allChildren();
        if (children.size() != 1) {
            throw new AssertionError("expected one child, got " + children.size());
        }
        return children.get(0);
    }

    static List<String> rules(ImportedChild child, Severity severity) {
        return child.findings().stream().filter(f -> f.severity() == severity).map(Finding::rule).toList();
    }

    /**
     * The synthetic files (MIT-licensed, from data-to-insight/csc-validator-be-903; see the README and LICENSE beside
     * them): system property {@code ssda903.fake.dir}, else the copy in this module's test resources.
     */
    public static Path fakeDataDirectory() {
        String configured = System.getProperty("ssda903.fake.dir");
        Path dir = configured != null ? Path.of(configured) : Path.of("src/test/resources/ssda903-fake").toAbsolutePath();
        if (!Files.isDirectory(dir)) {
            throw new AssertionError("synthetic SSDA903 files not found at " + dir);
        }
        return dir;
    }
}
