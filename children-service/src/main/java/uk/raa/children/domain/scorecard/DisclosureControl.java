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
 * children counted that year), which covers subtraction from the total, 3-year minus 1-year, and any
 * chain of the two.
 *
 * <p>Algorithm: mark primary suppressions; then, while some withheld cell is recoverable, withhold one
 * more shown cell: among shown cells, prefer one that shares an atom with the recoverable cell, then
 * an authority row over the agency total, then the smallest count, then the smallest denominator, then
 * table order; take the first such cell whose withholding makes that cell unrecoverable, or the first
 * of them if none does alone. Each round withholds one more cell, so it ends; it ends only when no
 * withheld cell is recoverable.
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

        OptionalInt exposed;
        while ((exposed = firstRecoverable(status, forms, atoms)).isPresent()) {
            int target = exposed.getAsInt();
            List<Integer> candidates = candidatesFor(target, status, forms, table);
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

    private static List<Integer> candidatesFor(int target, DisclosureStatus[] status, List<long[]> forms,
                                               List<WithinThresholdFigure> table) {
        long[] targetForm = forms.get(target);
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < status.length; i++) {
            if (status[i] == DisclosureStatus.SHOWN) {
                candidates.add(i);
            }
        }
        candidates.sort(Comparator
                .comparing((Integer i) -> !overlaps(forms.get(i), targetForm))
                .thenComparing(i -> table.get(i).scope().isAgency())
                .thenComparingInt(i -> table.get(i).withinThreshold())
                .thenComparingInt(i -> table.get(i).children())
                .thenComparingInt(i -> i));
        // A recoverable withheld cell always has a shown cell it depends on, so this is never empty.
        return candidates;
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
