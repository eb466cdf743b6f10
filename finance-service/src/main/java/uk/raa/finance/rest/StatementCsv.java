package uk.raa.finance.rest;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import uk.raa.finance.service.StatementViews.JoinerView;
import uk.raa.finance.service.StatementViews.MemberStatementView;
import uk.raa.finance.service.StatementViews.MemberView;
import uk.raa.finance.service.StatementViews.StatementView;

/** Statements as CSV: one row per member, then the agency's totals. Same figures as the JSON. */
final class StatementCsv {

    static final String MEDIA_TYPE = "text/csv";

    private static final List<String> HEADER = List.of("year", "status", "authority", "standing", "member_days",
            "year_days", "annual_basis", "uplift", "contribution", "joiner_unit_cost", "agency_average_unit_cost",
            "full_year_gap", "pro_rated_gap", "gap_status", "board_decision", "gap_closed_by_joiner",
            "adverse_impact_share", "fees_payable", "grant_received", "adjustments");

    private StatementCsv() {
    }

    static String of(StatementView s) {
        StringBuilder out = new StringBuilder(line(HEADER));
        for (MemberView m : s.members()) {
            out.append(line(row(s.label(), s.status().name(), m)));
        }
        var t = s.totals();
        out.append(line(List.of(s.label(), s.status().name(), "TOTAL", "", "", "", "", "", t.contributions(), "", "",
                "", "", "", "", "", t.adverseImpact(), t.feesPayable(), t.grantsToJoiners(), t.adjustments())));
        return out.toString();
    }

    static String of(MemberStatementView s) {
        return line(HEADER) + line(row(s.label(), s.status().name(), s.member()));
    }

    private static List<String> row(String label, String status, MemberView m) {
        JoinerView j = m.joiner();
        return List.of(label, status, m.authority(), m.standing().name(), String.valueOf(m.memberDays()),
                String.valueOf(m.yearDays()), m.annualBasis(), m.uplift().toPlainString(), m.contribution(),
                j == null ? "" : j.unitCost(), j == null ? "" : j.agencyAverageUnitCost(),
                j == null ? "" : j.fullYearGap(), j == null ? "" : j.proRatedGap(),
                j == null ? "" : j.gapStatus().name(), j == null || j.decision() == null ? "" : j.decision().name(),
                j == null ? "" : j.gapClosedByJoiner(), m.adverseImpactShare(), m.feesPayable(), m.grantReceived(),
                m.adjustments());
    }

    private static String line(List<String> cells) {
        return cells.stream().map(StatementCsv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    /** RFC 4180 quoting; a leading formula character is neutralised so spreadsheets do not evaluate it. */
    private static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && Stream.of("=", "+", "@").anyMatch(v::startsWith)) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
