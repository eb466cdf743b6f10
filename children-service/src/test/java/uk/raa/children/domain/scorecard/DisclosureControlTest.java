package uk.raa.children.domain.scorecard;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.raa.children.domain.scorecard.DisclosureStatus.NO_FIGURE;
import static uk.raa.children.domain.scorecard.DisclosureStatus.PRIMARY_SUPPRESSED;
import static uk.raa.children.domain.scorecard.DisclosureStatus.SECONDARY_SUPPRESSED;
import static uk.raa.children.domain.scorecard.DisclosureStatus.SHOWN;

class DisclosureControlTest {

    private static final List<String> FOUR = List.of("coventry", "solihull", "warwickshire", "worcestershire");
    /** One month threshold for every period, so a 3-year count is exactly the sum of its 1-year counts. */
    private static final ScorecardThresholds EIGHTEEN_MONTHS = new ScorecardThresholds(
            Map.of(ScorecardPeriod.threeYears(2009), new ScorecardThreshold(487, 121, 18)));

    private final List<ScorecardChild> children = new ArrayList<>();

    /** {@code within} of {@code total} children of the authority adopted in financial year {@code year}/... */
    private void adopted(String authority, int year, int within, int total) {
        for (int i = 0; i < total; i++) {
            boolean quick = i < within;
            // Quick: 2 months in care before moving in. Slow: 24 months, over any threshold in use.
            LocalDate entered = quick ? LocalDate.of(year, 1, 1) : LocalDate.of(year - 2, 1, 1);
            children.add(new ScorecardChild(authority, authority + "-" + year + "-" + i, entered, null, null,
                    LocalDate.of(year, 3, 1), false, null, LocalDate.of(year, 6, 1).plusDays(i), null));
        }
    }

    private static AgencyMembership members(List<String> authorities) {
        return new AgencyMembership("ace", authorities.stream().map(a -> new MembershipPeriod(a, 2010, null)).toList());
    }

    private List<PublishedWithinThreshold> publish(List<String> authorities, ScorecardThresholds thresholds,
                                                   DisclosureRules rules, ScorecardPeriod... periods) {
        AgencyMembership membership = members(authorities);
        List<WithinThresholdFigure> table = new ScorecardCalculator(children, membership, thresholds)
                .withinThresholdTable(List.of(periods));
        return new DisclosureControl(rules, membership).publish(table);
    }

    private static PublishedWithinThreshold cell(List<PublishedWithinThreshold> table, String scope, ScorecardPeriod period) {
        return table.stream().filter(c -> c.scope().code().equals(scope) && c.period().equals(period))
                .findFirst().orElseThrow();
    }

    /**
     * An attacker independent of the implementation: knows every shown count and applies "total = sum
     * of parts" (each period's agency total over its authorities; each scope's 3-year count over its
     * 1-year counts) wherever exactly one part is unknown, until nothing new is learnt.
     */
    private static Map<String, Integer> attack(List<PublishedWithinThreshold> table, List<String> authorities) {
        Map<String, Integer> known = new HashMap<>();
        for (PublishedWithinThreshold c : table) {
            if (c.withinThreshold().isPresent()) {
                known.put(c.scope().code() + "@" + c.period().label(), c.withinThreshold().getAsInt());
            } else if (c.status() == NO_FIGURE) {
                known.put(c.scope().code() + "@" + c.period().label(), 0);
            }
        }
        List<List<String>> relations = new ArrayList<>();   // first element = total of the others
        List<ScorecardPeriod> periods = table.stream().map(PublishedWithinThreshold::period).distinct().toList();
        for (ScorecardPeriod p : periods) {
            List<String> column = new ArrayList<>(List.of("ace@" + p.label()));
            authorities.forEach(a -> column.add(a + "@" + p.label()));
            relations.add(column);
            if (!p.isOneYear() && p.financialYears().stream().allMatch(periods::contains)) {
                for (String scope : new ArrayList<>(authorities) {{ add("ace"); }}) {
                    List<String> row = new ArrayList<>(List.of(scope + "@" + p.label()));
                    p.financialYears().forEach(y -> row.add(scope + "@" + y.label()));
                    relations.add(row);
                }
            }
        }
        boolean learnt = true;
        while (learnt) {
            learnt = false;
            for (List<String> r : relations) {
                List<String> unknown = r.stream().filter(k -> !known.containsKey(k)).toList();
                if (unknown.size() != 1) {
                    continue;
                }
                String target = unknown.get(0);
                int partsSum = r.subList(1, r.size()).stream().filter(known::containsKey).mapToInt(known::get).sum();
                known.put(target, target.equals(r.get(0)) ? partsSum : known.get(r.get(0)) - partsSum);
                learnt = true;
            }
        }
        return known;
    }

    private static void assertNothingRecovered(List<PublishedWithinThreshold> table, List<String> authorities) {
        Map<String, Integer> learnt = attack(table, authorities);
        for (PublishedWithinThreshold c : table) {
            if (c.status().suppressed()) {
                assertFalse(learnt.containsKey(c.scope().code() + "@" + c.period().label()),
                        "recovered " + c.scope().code() + " " + c.period().label());
            }
        }
    }

    @Test
    void primaryRuleIsNumeratorFiveOrFewerOrDenominatorTenOrFewer() {
        DisclosureRules rules = DisclosureRules.performanceTables2012();
        assertTrue(rules.primarySuppressed(5, 100));
        assertFalse(rules.primarySuppressed(6, 100));
        assertTrue(rules.primarySuppressed(9, 10));
        assertFalse(rules.primarySuppressed(9, 11));
        DisclosureRules looser = new DisclosureRules(2, 4);
        assertFalse(looser.primarySuppressed(3, 5));
    }

    @Test
    void oneSuppressedAuthorityCannotBeRecoveredByTakingTheOthersFromTheTotal() {
        adopted("coventry", 2014, 3, 20);       // primary: 3 <= 5
        adopted("solihull", 2014, 8, 12);
        adopted("warwickshire", 2014, 12, 20);
        adopted("worcestershire", 2014, 30, 40);
        ScorecardPeriod y = ScorecardPeriod.oneYear(2014);

        List<PublishedWithinThreshold> table = publish(FOUR, EIGHTEEN_MONTHS, DisclosureRules.performanceTables2012(), y);

        assertEquals(PRIMARY_SUPPRESSED, cell(table, "coventry", y).status());
        // The next-smallest row (8) is withheld too; the total stays: 3 + 8 + 12 + 30 = 53 of 92.
        assertEquals(SECONDARY_SUPPRESSED, cell(table, "solihull", y).status());
        assertEquals(SHOWN, cell(table, "warwickshire", y).status());
        assertEquals(SHOWN, cell(table, "worcestershire", y).status());
        assertEquals(53, cell(table, "ace", y).withinThreshold().getAsInt());
        // Recovery path: total - others = 53 - 12 - 30 = 11 = coventry + solihull, not coventry alone.
        assertTrue(cell(table, "coventry", y).withinThreshold().isEmpty());
        assertTrue(cell(table, "coventry", y).percentage().isEmpty());
        assertEquals(20, cell(table, "coventry", y).children());   // adoptions are public
        assertNothingRecovered(table, FOUR);
    }

    @Test
    void suppressedOneYearFigureCannotBeRecoveredFromTheThreeYearFigureOrByCombiningPaths() {
        for (int year = 2012; year <= 2014; year++) {
            adopted("coventry", year, year == 2014 ? 4 : 15, 20);   // 2014/15 primary: 4 <= 5
            adopted("solihull", year, 9 + year - 2012, 20);          // 9, 10, 11
            adopted("warwickshire", year, 20, 30);
            adopted("worcestershire", year, 25, 40);
        }
        ScorecardPeriod y12 = ScorecardPeriod.oneYear(2012);
        ScorecardPeriod y13 = ScorecardPeriod.oneYear(2013);
        ScorecardPeriod y14 = ScorecardPeriod.oneYear(2014);
        ScorecardPeriod three = ScorecardPeriod.threeYears(2012);

        List<PublishedWithinThreshold> table = publish(FOUR, EIGHTEEN_MONTHS, DisclosureRules.performanceTables2012(),
                y12, y13, y14, three);

        assertEquals(PRIMARY_SUPPRESSED, cell(table, "coventry", y14).status());
        // Path 1, column: ace 2014/15 - the other authorities -> blocked by solihull 2014/15 (the smallest, 11).
        assertEquals(SECONDARY_SUPPRESSED, cell(table, "solihull", y14).status());
        // Path 2, row: coventry 2012-15 - 2012/13 - 2013/14 -> blocked by a second coventry cell.
        long coventryWithheld = table.stream().filter(c -> c.scope().code().equals("coventry") && c.status().suppressed()).count();
        assertTrue(coventryWithheld >= 2, "coventry row has only one withheld cell");
        // Path 3, combined: solihull's row would give solihull 2014/15, then the column gives coventry -> also blocked.
        long solihullWithheld = table.stream().filter(c -> c.scope().code().equals("solihull") && c.status().suppressed()).count();
        assertTrue(solihullWithheld >= 2, "solihull row has only one withheld cell");
        // Agency totals need not be withheld for this.
        assertTrue(table.stream().filter(c -> c.scope().isAgency()).allMatch(c -> c.status() == SHOWN));
        assertNothingRecovered(table, FOUR);
        // Every line (column or row) has zero or at least two withheld cells.
        for (ScorecardPeriod p : List.of(y12, y13, y14, three)) {
            long n = table.stream().filter(c -> c.period().equals(p) && c.status().suppressed()).count();
            assertTrue(n == 0 || n >= 2, p.label());
        }
    }

    @Test
    void withASingleMemberTheTotalItselfIsWithheld() {
        adopted("coventry", 2014, 2, 30);
        ScorecardPeriod y = ScorecardPeriod.oneYear(2014);

        List<PublishedWithinThreshold> table = publish(List.of("coventry"), EIGHTEEN_MONTHS,
                DisclosureRules.performanceTables2012(), y);

        // The agency total is coventry's count (2), so it must go too.
        assertEquals(PRIMARY_SUPPRESSED, cell(table, "coventry", y).status());
        assertTrue(cell(table, "ace", y).status().suppressed());
        assertNothingRecovered(table, List.of("coventry"));
    }

    @Test
    void anAuthorityWithNoAdoptionsHasNoFigureAndDoesNotProtectAnother() {
        adopted("coventry", 2014, 3, 20);
        adopted("warwickshire", 2014, 12, 20);
        adopted("worcestershire", 2014, 30, 40);
        ScorecardPeriod y = ScorecardPeriod.oneYear(2014);

        List<PublishedWithinThreshold> table = publish(FOUR, EIGHTEEN_MONTHS, DisclosureRules.performanceTables2012(), y);

        assertEquals(NO_FIGURE, cell(table, "solihull", y).status());   // zero children: known zero count
        // So the partner must be a real row: warwickshire (12) is the smallest shown.
        assertEquals(SECONDARY_SUPPRESSED, cell(table, "warwickshire", y).status());
        assertNothingRecovered(table, FOUR);
    }

    @Test
    void differentMonthThresholdsAreDifferentCountsSoOnlyTheColumnNeedsProtecting() {
        // Default thresholds: 2013/14 uses 20 months, 2014/15 and 2012-15 use 18; 2012/13 uses 20.
        for (int year = 2012; year <= 2014; year++) {
            adopted("coventry", year, year == 2014 ? 4 : 15, 20);
            adopted("solihull", year, 9, 20);
            adopted("warwickshire", year, 20, 30);
            adopted("worcestershire", year, 25, 40);
        }
        ScorecardPeriod y14 = ScorecardPeriod.oneYear(2014);
        ScorecardPeriod three = ScorecardPeriod.threeYears(2012);

        List<PublishedWithinThreshold> table = publish(FOUR, DefaultScorecardThresholds.fromDomainBrief(),
                DisclosureRules.performanceTables2012(), ScorecardPeriod.oneYear(2012), ScorecardPeriod.oneYear(2013),
                y14, three);

        assertEquals(20, cell(table, "coventry", ScorecardPeriod.oneYear(2013)).thresholdMonths());
        assertEquals(18, cell(table, "coventry", three).thresholdMonths());
        assertEquals(PRIMARY_SUPPRESSED, cell(table, "coventry", y14).status());
        // coventry 2012-15 (18 months) - 2012/13 (20) - 2013/14 (20) is not coventry 2014/15, but the 3-year
        // cell is three atoms at 18 months of which two are not published, so the row cannot leak;
        // the column still can, so exactly one partner is withheld there.
        assertEquals(SECONDARY_SUPPRESSED, cell(table, "solihull", y14).status());
        assertEquals(2, table.stream().filter(c -> c.status().suppressed()).count());
    }

    @Test
    void directionIsOnlyPublishedBetweenTwoShownCells() {
        for (int year = 2013; year <= 2014; year++) {
            adopted("coventry", year, year == 2014 ? 4 : 15, 20);
            adopted("solihull", year, 12, 20);
            adopted("warwickshire", year, 20, 30);
            adopted("worcestershire", year, 25, 40);
        }
        ScorecardPeriod y13 = ScorecardPeriod.oneYear(2013);
        ScorecardPeriod y14 = ScorecardPeriod.oneYear(2014);

        List<PublishedWithinThreshold> table = publish(FOUR, EIGHTEEN_MONTHS, DisclosureRules.performanceTables2012(), y13, y14);

        assertEquals(Direction.NOT_COMPARABLE, cell(table, "coventry", y14).direction());    // withheld
        assertEquals(Direction.NOT_COMPARABLE, cell(table, "coventry", y13).direction());    // 2012/13 not in table
        // worcestershire 25/40 both years: 62.5% -> 62.5%.
        assertEquals(Direction.UNCHANGED, cell(table, "worcestershire", y14).direction());
        assertNothingRecovered(table, FOUR);
    }

    @Test
    void exactAuditFindsRecoveryThatNeedsMoreThanSubtraction() {
        // a+b, b+c and a+c shown: a = ((a+b) - (b+c) + (a+c)) / 2, so a is recoverable.
        LinearSpan span = new LinearSpan(3);
        span.add(new long[] {1, 1, 0});
        span.add(new long[] {0, 1, 1});
        assertFalse(span.contains(new long[] {1, 0, 0}));
        span.add(new long[] {1, 0, 1});
        assertTrue(span.contains(new long[] {1, 0, 0}));
    }
}
