package uk.raa.children.domain.ssda903;

import java.util.ArrayList;
import java.util.List;
import uk.raa.children.domain.ssda903.Ssda903Rows.Ad1Row;
import uk.raa.children.domain.ssda903.Ssda903Rows.EpisodeRow;
import uk.raa.children.domain.ssda903.Ssda903Rows.HeaderRow;
import uk.raa.children.domain.ssda903.Ssda903Rows.PlacedAdoptionRow;

/** The compact per-child index entry: parsed rows and row findings, held until the child is assembled. */
final class ChildRows {
    HeaderRow header;
    Ad1Row ad1;
    final List<EpisodeRow> episodes = new ArrayList<>(4);
    final List<PlacedAdoptionRow> placedAdoption = new ArrayList<>(1);
    final List<Finding> findings = new ArrayList<>(2);
    String firstTable;
    long firstRow;
}
