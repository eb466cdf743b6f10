package uk.raa.children.rest.scorecard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import uk.raa.children.service.scorecard.ScorecardReport;
import uk.raa.children.service.scorecard.Table;

/** The scorecard as one row per authority (and the agency) with the 1-year and 3-year figures side by side. */
final class ScorecardTable {

    static final String SUPPRESSED = "x";

    private ScorecardTable() {
    }

    static Table of(ScorecardReport report) {
        List<String> headers = new ArrayList<>(List.of("data_as_at", "scope", "la_number", "code", "name"));
        for (String p : List.of("1y", "3y")) {
            for (String h : List.of("period", "children_adopted", "a1_days", "a1_threshold", "a1_distance",
                    "a1_direction", "a10_days", "a10_threshold", "a10_distance", "a10_direction", "a2_days",
                    "a2_threshold", "a2_distance", "a2_direction", "a3_threshold_months", "a3_children", "a3_number",
                    "a3_percent", "a3_direction", "children_waiting", "decisions_reversed", "a11", "a12_percent",
                    "a13", "not_computable")) {
                headers.add(p + "_" + h);
            }
        }
        headers.add("thresholds_version");
        headers.add("missing_figures");
        List<List<String>> rows = new ArrayList<>();
        for (ScorecardReport.Row row : report.rows()) {
            List<String> cells = new ArrayList<>(List.of(report.dataAsAt().toString(), row.scope(),
                    text(row.laNumber()), row.code(), text(row.name())));
            figures(cells, row.oneYear());
            figures(cells, row.threeYear());
            cells.add(String.valueOf(report.thresholdsVersion()));
            cells.add(String.join("; ", report.missingFigures()));
            rows.add(cells);
        }
        return new Table("Scorecard " + report.oneYearPeriod(), headers, rows);
    }

    private static void figures(List<String> cells, ScorecardReport.Figures f) {
        cells.add(f.period());
        cells.add(text(f.childrenAdopted().value()));
        days(cells, f.a1());
        days(cells, f.a10());
        days(cells, f.a2());
        ScorecardReport.WithinThreshold a3 = f.a3();
        boolean suppressed = a3.status() != null && a3.status().suppressed();
        cells.add(text(a3.thresholdMonths()));
        cells.add(String.valueOf(a3.children()));
        cells.add(suppressed ? SUPPRESSED : text(a3.withinThreshold()));
        cells.add(suppressed ? SUPPRESSED : text(a3.percentage()));
        cells.add(suppressed ? SUPPRESSED : text(a3.direction()));
        cells.add(text(f.childrenWaiting().value()));
        cells.add(text(f.decisionsReversed().value()));
        cells.add(text(f.a11().value()));
        cells.add(text(f.a12().percent()));
        cells.add(text(f.a13().value()));
        cells.add(String.valueOf(f.notComputable()));
    }

    private static void days(List<String> cells, ScorecardReport.Days d) {
        cells.add(text(d.meanDays()));
        cells.add(text(d.thresholdDays()));
        cells.add(text(d.distanceToThreshold()));
        cells.add(text(d.direction()));
    }

    private static String text(Object value) {
        if (value instanceof BigDecimal b) {
            return b.toPlainString();
        }
        return value == null ? "" : value.toString();
    }
}
