package uk.raa.children.domain.scorecard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import static uk.raa.children.domain.scorecard.ScorecardRuleViolation.require;
import static uk.raa.children.domain.scorecard.ScorecardRuleViolation.requirePresent;

/**
 * Small-number suppression for a published A3 table (authority rows plus the agency total, any mix
 * of 1-year and 3-year columns), with secondary suppression so that no withheld count can be worked
 * out from what is shown.
 *
 * <p>Model: every cell's count is a sum of "atoms", the count for one authority, one financial year
 * and one month threshold. An authority's 1-year cell is one atom; its 3-year cell the three atoms of
 * its years at the 3-year period's month threshold; the agency cell the atoms of the authorities that
 * were members in each year. A withheld cell is recoverable exactly when its atom vector is a linear
 * combination of the shown cells' vectors (plus atoms known to be zero because the authority had no
 * children counted that year). That covers subtraction from the total, 3-year minus 1-year, and any
 * chain of the two.
 *
 * <p>Algorithm (docs/scorecard.md): (1) primary suppression by {@link DisclosureRules}; (2) while a
 * "line" (a period's agency cell with its member authorities' cells; or a scope's 3-year cell with its
 * three 1-year cells at the same month threshold) has exactly one withheld cell, withhold one more
 * shown cell of that line: an authority before the agency, then one that does not leave another line
 * with a single withheld cell, then the smallest count, smallest denominator, table order; (3) when no
 * line has a single withheld cell, if the exact audit still finds a recoverable cell, withhold the
 * shown cell (sharing an atom with it first, then the same order) whose withholding makes it
 * unrecoverable, or the first candidate if none does alone, and go back to (2). Every round withholds
 * one more cell, so it ends, and it ends only when the audit finds nothing recoverable.
 */
public final class DisclosureControl {

    private final DisclosureRules rules;
    private final AgencyMembership membership;

    public DisclosureControl(DisclosureRules rules, AgencyMembership membership) {
        this.rules = requirePresent(rules, "rules");
        this.membership = requirePresent(membership, "membership");
    }

    /** Applies primary and secondary suppression to a table; result in the table's order. */
    public List<PublishedWithinThreshold> publish(List<WithinThresholdFigure> table) {
        requirePresent(table, "table");
        for (WithinThresholdFigure figure : table) {
            requirePresent(figure, "table");
            require(!figure.scope().isAgency() || figure.scope().code().equals(membership.agencyCode()),
                    "SCORECARD_UNKNOWN_AGENCY", "table", "has a total row for another agency");
        }
        AtomIndex atoms = new AtomIndex(table);
        List<long[]> forms = table.stream().map(atoms::form).toList();

        DisclosureStatus[] status = new DisclosureStatus[table.size()];
        for (int i = 0; i < table.size(); i++) {
            WithinThresholdFigure f = table.get(i);
            status[i] = f.children() == 0 ? DisclosureStatus.NO_FIGURE
                    : rules.primarySuppressed(f.withinThreshold(), f.children())
                    ? DisclosureStatus.PRIMARY_SUPPRESSED : DisclosureStatus.SHOWN;
        }

        List<List<Integer>> lines = lines(table);
        while (true) {
            OptionalInt partner = linePartner(status, lines, table);
            if (partner.isPresent()) {
                status[partner.getAsInt()] = DisclosureStatus.SECONDARY_SUPPRESSED;
                continue;
            }
            OptionalInt exposed = firstRecoverable(status, forms, atoms);
            if (exposed.isEmpty()) {
                break;
            }
            int target = exposed.getAsInt();
            List<Integer> candidates = candidatesFor(target, status, forms, table, lines);
            int chosen = candidates.get(0);
            for (int candidate : candidates) {
                status[candidate] = DisclosureStatus.SECONDARY_SUPPRESSED;
                boolean fixes = !knownSpan(status, forms, atoms).contains(forms.get(target));
                status[candidate] = DisclosureStatus.SHOWN;
                if (fixes) {
                    chosen = candidate;
                    break;
                }
            }
            status[chosen] = DisclosureStatus.SECONDARY_SUPPRESSED;
        }
        return assemble(table, status);
    }

    private OptionalInt firstRecoverable(DisclosureStatus[] status, List<long[]> forms, AtomIndex atoms) {
        LinearSpan known = knownSpan(status, forms, atoms);
        for (int i = 0; i < status.length; i++) {
            if (status[i].suppressed() && known.contains(forms.get(i))) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    private static LinearSpan knownSpan(DisclosureStatus[] status, List<long[]> forms, AtomIndex atoms) {
        LinearSpan span = new LinearSpan(atoms.size());
        for (int i = 0; i < status.length; i++) {
            if (!status[i].suppressed()) {
                span.add(forms.get(i));
            }
        }
        atoms.knownZeroUnits().forEach(span::add);
        return span;
    }

    /** The first line with exactly one withheld cell, and the shown cell of it to withhold too. */
    private static OptionalInt linePartner(DisclosureStatus[] status, List<List<Integer>> lines,
                                           List<WithinThresholdFigure> table) {
        for (List<Integer> line : lines) {
            if (line.stream().filter(i -> status[i].suppressed()).count() != 1) {
                continue;
            }
            List<Integer> shown = new ArrayList<>(line.stream().filter(i -> status[i] == DisclosureStatus.SHOWN).toList());
            if (!shown.isEmpty()) {
                shown.sort(preference(status, lines, table, line));
                return OptionalInt.of(shown.get(0));
            }
        }
        return OptionalInt.empty();
    }

    private static List<Integer> candidatesFor(int target, DisclosureStatus[] status, List<long[]> forms,
                                               List<WithinThresholdFigure> table, List<List<Integer>> lines) {
        long[] targetForm = forms.get(target);
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < status.length; i++) {
            if (status[i] == DisclosureStatus.SHOWN) {
                candidates.add(i);
            }
        }
        candidates.sort(Comparator.comparing((Integer i) -> !overlaps(forms.get(i), targetForm))
                .thenComparing(preference(status, lines, table, List.of())));
        // A recoverable withheld cell always depends on some shown cell, so this is never empty.
        return candidates;
    }

    /** Authority rows before the agency total, then fewest new single-suppression lines, then smallest. */
    private static Comparator<Integer> preference(DisclosureStatus[] status, List<List<Integer>> lines,
                                                  List<WithinThresholdFigure> table, List<Integer> currentLine) {
        return Comparator.comparing((Integer i) -> table.get(i).scope().isAgency())
                .thenComparingLong(i -> lines.stream()
                        .filter(line -> line != currentLine && line.contains(i))
                        .filter(line -> line.stream().noneMatch(j -> status[j].suppressed()))
                        .count())
                .thenComparingInt(i -> table.get(i).withinThreshold())
                .thenComparingInt(i -> table.get(i).children())
                .thenComparingInt(i -> i);
    }

    /**
     * The table's additive relations: for each period, the agency cell with the cells of authorities
     * that were members in every year of it; for each scope, a 3-year cell with its three 1-year cells
     * when all three are in the table at the same month threshold.
     */
    private List<List<Integer>> lines(List<WithinThresholdFigure> table) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < table.size(); i++) {
            index.put(key(table.get(i).scope(), table.get(i).period()), i);
        }
        List<List<Integer>> lines = new ArrayList<>();
        for (int i = 0; i < table.size(); i++) {
            WithinThresholdFigure f = table.get(i);
            if (f.scope().isAgency()) {
                List<Integer> line = new ArrayList<>(List.of(i));
                for (int j = 0; j < table.size(); j++) {
                    WithinThresholdFigure g = table.get(j);
                    if (!g.scope().isAgency() && g.period().equals(f.period())
                            && g.thresholdMonths() == f.thresholdMonths()
                            && f.period().financialYears().stream()
                                    .allMatch(y -> membership.counts(g.scope().code(), y))) {
                        line.add(j);
                    }
                }
                lines.add(List.copyOf(line));
            }
            if (!f.period().isOneYear()) {
                List<Integer> line = new ArrayList<>(List.of(i));
                for (ScorecardPeriod year : f.period().financialYears()) {
                    Integer j = index.get(key(f.scope(), year));
                    if (j != null && table.get(j).thresholdMonths() == f.thresholdMonths()) {
                        line.add(j);
                    }
                }
                if (line.size() == 4) {
                    lines.add(List.copyOf(line));
                }
            }
        }
        return lines;
    }

    private static boolean overlaps(long[] a, long[] b) {
        for (int j = 0; j < a.length; j++) {
            if (a[j] != 0 && b[j] != 0) {
                return true;
            }
        }
        return false;
    }

    private static List<PublishedWithinThreshold> assemble(List<WithinThresholdFigure> table,
                                                           DisclosureStatus[] status) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < table.size(); i++) {
            index.put(key(table.get(i).scope(), table.get(i).period()), i);
        }
        List<PublishedWithinThreshold> published = new ArrayList<>(table.size());
        for (int i = 0; i < table.size(); i++) {
            WithinThresholdFigure f = table.get(i);
            boolean shown = status[i] == DisclosureStatus.SHOWN;
            // A direction against a withheld (or unpublished) previous cell would bound its value.
            Integer previous = index.get(key(f.scope(), f.period().previous()));
            boolean directionShown = shown && previous != null && status[previous] == DisclosureStatus.SHOWN;
            published.add(new PublishedWithinThreshold(f.scope(), f.period(), f.thresholdMonths(), f.children(),
                    status[i],
                    shown ? OptionalInt.of(f.withinThreshold()) : OptionalInt.empty(),
                    shown ? f.percentage() : Optional.empty(),
                    directionShown ? f.direction() : Direction.NOT_COMPARABLE));
        }
        return List.copyOf(published);
    }

    private static String key(ScorecardScope scope, ScorecardPeriod period) {
        return scope.kind() + "|" + scope.code() + "|" + period.firstYear() + "|" + period.years();
    }

    /** Numbers the atoms (authority, financial year, months) the table's cells are sums of. */
    private final class AtomIndex {
        private final Map<String, Integer> ids = new LinkedHashMap<>();
        private final Map<String, Integer> childrenByAuthorityYear = new HashMap<>();
        private final List<String> authorityYearOfAtom = new ArrayList<>();

        AtomIndex(List<WithinThresholdFigure> table) {
            for (WithinThresholdFigure f : table) {
                for (ScorecardPeriod year : f.period().financialYears()) {
                    for (String authority : authoritiesOf(f.scope(), year)) {
                        String authorityYear = authority + "|" + year.firstYear();
                        ids.computeIfAbsent(authorityYear + "|" + f.thresholdMonths(), k -> {
                            authorityYearOfAtom.add(authorityYear);
                            return ids.size();
                        });
                        // The figure counts every child of this authority and year, so their number is public.
                        int count = (int) f.counted().stream()
                                .filter(c -> c.authorityCode().equals(authority)
                                        && year.contains(c.adoptionOrderDate()))
                                .count();
                        childrenByAuthorityYear.put(authorityYear, count);
                    }
                }
            }
        }

        private List<String> authoritiesOf(ScorecardScope scope, ScorecardPeriod year) {
            return scope.isAgency() ? membership.membersIn(year) : List.of(scope.code());
        }

        int size() {
            return ids.size();
        }

        long[] form(WithinThresholdFigure f) {
            long[] v = new long[ids.size()];
            for (ScorecardPeriod year : f.period().financialYears()) {
                for (String authority : authoritiesOf(f.scope(), year)) {
                    v[ids.get(authority + "|" + year.firstYear() + "|" + f.thresholdMonths())] = 1;
                }
            }
            return v;
        }

        /** An authority-year with no children counted has every count zero, known to anyone. */
        List<long[]> knownZeroUnits() {
            List<long[]> units = new ArrayList<>();
            for (int atom = 0; atom < authorityYearOfAtom.size(); atom++) {
                if (childrenByAuthorityYear.get(authorityYearOfAtom.get(atom)) == 0) {
                    long[] unit = new long[ids.size()];
                    unit[atom] = 1;
                    units.add(unit);
                }
            }
            return units;
        }
    }
}
