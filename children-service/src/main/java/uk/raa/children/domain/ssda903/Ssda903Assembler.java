package uk.raa.children.domain.ssda903;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.raa.children.domain.ssda903.Ssda903Rows.Ad1Row;
import uk.raa.children.domain.ssda903.Ssda903Rows.EpisodeRow;
import uk.raa.children.domain.ssda903.Ssda903Rows.HeaderRow;
import uk.raa.children.domain.ssda903.Ssda903Rows.PlacedAdoptionRow;

/**
 * Groups the rows of a return by child, whatever order the files are in. Each source is streamed once; only
 * parsed rows (a few dates and shared code strings per episode, no postcodes or UPNs) and findings are kept, in a
 * per-child index, and each child's journey is derived lazily as {@link Ssda903Import#children()} is iterated.
 * At about 100 bytes per episode, 82,000 children with five episodes each is some 40-60 MB.
 *
 * <p>Duplicate rows (a second Header, AD1 or PlacedAdoption row for the same CHILD) are reported and their values
 * are not used; rows without CHILD are reported in {@link Ssda903Import#fileFindings()}.
 */
public final class Ssda903Assembler {

    private final RowParser parser;
    private final Ssda903JourneyDerivation derivation;

    public Ssda903Assembler(Ssda903Codes codes, LocalDate today) {
        this.parser = new RowParser(codes, today);
        this.derivation = new Ssda903JourneyDerivation(today);
    }

    /** Reads every source to its end and closes it. Sources may be CSV tables or the XML return, in any order. */
    public Ssda903Import assemble(RowSource... sources) {
        Map<String, ChildRows> index = new LinkedHashMap<>();
        List<Finding> fileFindings = new ArrayList<>();
        for (RowSource source : sources) {
            try (source) {
                while (source.hasNext()) {
                    accept(source.next(), index, fileFindings);
                    fileFindings.addAll(source.drainFindings());
                }
                fileFindings.addAll(source.drainFindings());
            }
        }
        return new Ssda903Import(fileFindings, index, derivation);
    }

    private void accept(RawRow raw, Map<String, ChildRows> index, List<Finding> fileFindings) {
        List<Finding> findings = new ArrayList<>(raw.findings());
        String tableName = raw.table().tableName();
        String child;
        switch (raw.table()) {
            case HEADER -> {
                HeaderRow row = parser.header(raw, findings);
                child = row.child();
                if (child != null) {
                    ChildRows rows = rowsFor(index, child, raw);
                    if (rows.header == null) {
                        rows.header = row;
                    } else {
                        findings.add(Finding.error(tableName, raw.row(), "CHILD", "duplicate-child",
                                "a second Header row for the same CHILD; its values are not used"));
                    }
                }
            }
            case EPISODES -> {
                EpisodeRow row = parser.episode(raw, findings);
                child = row.child();
                if (child != null) {
                    rowsFor(index, child, raw).episodes.add(row);
                }
            }
            case AD1 -> {
                Ad1Row row = parser.ad1(raw, findings);
                child = row.child();
                if (child != null) {
                    ChildRows rows = rowsFor(index, child, raw);
                    if (rows.ad1 == null) {
                        rows.ad1 = row;
                    } else {
                        findings.add(Finding.error(tableName, raw.row(), "CHILD", "duplicate-child",
                                "a second AD1 row for the same CHILD; its values are not used"));
                    }
                }
            }
            case PLACED_ADOPTION -> {
                PlacedAdoptionRow row = parser.placedAdoption(raw, findings);
                child = row.child();
                if (child != null) {
                    ChildRows rows = rowsFor(index, child, raw);
                    if (!rows.placedAdoption.isEmpty()) {
                        findings.add(Finding.error(tableName, raw.row(), "CHILD", "duplicate-child",
                                "a second PlacedAdoption row for the same CHILD; its values are not used"));
                    }
                    rows.placedAdoption.add(row);
                }
            }
            default -> throw new IllegalStateException("unreachable: every table is handled");
        }
        if (child == null) {
            fileFindings.addAll(findings);
        } else {
            index.get(child).findings.addAll(findings);
        }
    }

    private static ChildRows rowsFor(Map<String, ChildRows> index, String child, RawRow raw) {
        return index.computeIfAbsent(child, key -> {
            ChildRows rows = new ChildRows();
            rows.firstTable = raw.table().tableName();
            rows.firstRow = raw.row();
            return rows;
        });
    }
}
