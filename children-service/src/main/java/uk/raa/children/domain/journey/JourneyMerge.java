package uk.raa.children.domain.journey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * Merges a journey imported from a later collection year (or re-imported) into the journey already held.
 *
 * <ul>
 *   <li>Periods of care and placements continue: an imported one with the same start, or (for periods) starting
 *       inside an open held period, is the same one, and an open one is closed by the imported end.</li>
 *   <li>Identical facts change nothing, whatever their source, so a re-import is idempotent.</li>
 *   <li>Where the import disagrees with a fact the system recorded itself, the system's value is kept and a
 *       {@link MergeFinding#SYSTEM_DATE_KEPT} finding is reported; where it disagrees with an earlier import, the
 *       later import wins (returns are revised as data are audited) and {@link MergeFinding#IMPORT_REVISED} is
 *       reported.</li>
 *   <li>The import's placeholder family {@link FamilyReferences#IMPORTED_ADOPTERS} is read as the family of the
 *       latest match decision the system recorded, so 903 dates are compared with the agency's own.</li>
 * </ul>
 * {@code adoptedByFosterCarers} has no source: a non-null imported value replaces a different held one and is
 * reported as revised.
 */
public final class JourneyMerge {

    private JourneyMerge() {
    }

    public static MergeResult merge(ChildJourney existing, ChildJourney imported) {
        DomainRuleViolation.required(existing, "existing");
        DomainRuleViolation.required(imported, "imported");
        ChildJourney incoming = resolveImportedAdopters(existing, imported);
        List<MergeFinding> findings = new ArrayList<>();

        List<PeriodOfCare> periods = mergePeriods(existing.periodsOfCare(), incoming.periodsOfCare(), findings);
        List<Placement> placements = mergePlacements(existing.placements(), incoming.placements(), findings);
        ShouldBePlacedDecision decision = mergeSingle("shouldBePlacedDecision", existing.shouldBePlacedDecision(),
                incoming.shouldBePlacedDecision(), (a, b) -> a.date().equals(b.date()), findings);
        List<CourtAuthority> authorities = mergePointFacts("courtAuthorities", existing.courtAuthorities(),
                incoming.courtAuthorities(), (a, b) -> a.type() == b.type() && samePeriod(periods, a.date(), b.date()),
                (a, b) -> a.date().equals(b.date()), findings);
        List<EarlyPermanence> earlyPermanence = mergePointFacts("earlyPermanence", existing.earlyPermanence(),
                incoming.earlyPermanence(),
                (a, b) -> a.type() == b.type() && Objects.equals(a.familyReference(), b.familyReference())
                        && samePeriod(periods, a.date(), b.date()),
                (a, b) -> a.date().equals(b.date()), findings);
        List<MatchDecision> matches = mergePointFacts("matchDecisions", existing.matchDecisions(),
                incoming.matchDecisions(), (a, b) -> a.familyReference().equals(b.familyReference()),
                (a, b) -> a.date().equals(b.date()), findings);
        List<PlacedForAdoption> placedForAdoption = mergePointFacts("placedForAdoption", existing.placedForAdoption(),
                incoming.placedForAdoption(), (a, b) -> a.familyReference().equals(b.familyReference()),
                (a, b) -> a.date().equals(b.date()) && a.placementType() == b.placementType(), findings);
        AdoptionOrder order = mergeSingle("adoptionOrder", existing.adoptionOrder(), incoming.adoptionOrder(),
                (a, b) -> a.date().equals(b.date()) && a.type() == b.type(), findings);
        DecisionReversed reversed = mergeSingle("decisionReversed", existing.decisionReversed(),
                incoming.decisionReversed(), (a, b) -> a.date().equals(b.date()) && a.reason() == b.reason(), findings);
        List<Disruption> disruptions = mergePointFacts("disruptions", existing.disruptions(), incoming.disruptions(),
                (a, b) -> a.familyReference().equals(b.familyReference()), (a, b) -> a.date().equals(b.date()),
                findings);

        Boolean fosterCarers = existing.adoptedByFosterCarers();
        if (incoming.adoptedByFosterCarers() != null && !incoming.adoptedByFosterCarers().equals(fosterCarers)) {
            if (fosterCarers != null) {
                findings.add(new MergeFinding("adoptedByFosterCarers", MergeFinding.IMPORT_REVISED,
                        "adoptedByFosterCarers was revised by the import"));
            }
            fosterCarers = incoming.adoptedByFosterCarers();
        }
        ChildJourney merged = new ChildJourney(periods, placements, decision, authorities, earlyPermanence, matches,
                placedForAdoption, order, reversed, disruptions, fosterCarers);
        return new MergeResult(merged, findings);
    }

    private static ChildJourney resolveImportedAdopters(ChildJourney existing, ChildJourney imported) {
        Optional<String> systemFamily = existing.matchDecisions().stream()
                .filter(m -> m.source() == FactSource.SYSTEM)
                .reduce((first, second) -> second)
                .map(MatchDecision::familyReference);
        if (systemFamily.isEmpty()) {
            return imported;
        }
        String family = systemFamily.get();
        ChildJourney.Builder rebuilt = ChildJourney.builder()
                .shouldBePlacedDecision(imported.shouldBePlacedDecision())
                .adoptionOrder(imported.adoptionOrder())
                .decisionReversed(imported.decisionReversed())
                .adoptedByFosterCarers(imported.adoptedByFosterCarers());
        imported.periodsOfCare().forEach(rebuilt::periodOfCare);
        imported.placements().forEach(rebuilt::placement);
        imported.courtAuthorities().forEach(rebuilt::courtAuthority);
        for (EarlyPermanence ep : imported.earlyPermanence()) {
            rebuilt.earlyPermanence(FamilyReferences.IMPORTED_ADOPTERS.equals(ep.familyReference())
                    ? new EarlyPermanence(ep.type(), ep.date(), family, ep.source()) : ep);
        }
        for (MatchDecision match : imported.matchDecisions()) {
            rebuilt.matchDecision(FamilyReferences.IMPORTED_ADOPTERS.equals(match.familyReference())
                    ? new MatchDecision(match.date(), family, match.source()) : match);
        }
        for (PlacedForAdoption placed : imported.placedForAdoption()) {
            rebuilt.placedForAdoption(FamilyReferences.IMPORTED_ADOPTERS.equals(placed.familyReference())
                    ? new PlacedForAdoption(placed.date(), family, placed.placementType(), placed.source()) : placed);
        }
        for (Disruption disruption : imported.disruptions()) {
            rebuilt.disruption(FamilyReferences.IMPORTED_ADOPTERS.equals(disruption.familyReference())
                    ? new Disruption(disruption.date(), family, disruption.source()) : disruption);
        }
        return rebuilt.build();
    }

    private static boolean samePeriod(List<PeriodOfCare> periods, LocalDate a, LocalDate b) {
        if (periods.isEmpty()) {
            return true;
        }
        for (PeriodOfCare period : periods) {
            if (period.contains(a)) {
                return period.contains(b);
            }
        }
        return periods.stream().noneMatch(p -> p.contains(b));
    }

    private static List<PeriodOfCare> mergePeriods(List<PeriodOfCare> held, List<PeriodOfCare> incoming,
                                                   List<MergeFinding> findings) {
        List<PeriodOfCare> result = new ArrayList<>(held);
        for (PeriodOfCare period : incoming) {
            int same = indexOf(result, p -> p.start().equals(period.start()));
            if (same < 0) {
                same = indexOf(result, p -> p.start().isBefore(period.start())
                        && (p.end() == null || !period.start().isAfter(p.end())));
            }
            if (same < 0) {
                result.add(period);
                continue;
            }
            PeriodOfCare current = result.get(same);
            LocalDate end = reconcileEnd("periodsOfCare.end", current.source(), current.end(), period.end(), findings);
            result.set(same, new PeriodOfCare(current.start(), end, current.source()));
        }
        return result;
    }

    private static List<Placement> mergePlacements(List<Placement> held, List<Placement> incoming,
                                                   List<MergeFinding> findings) {
        List<Placement> result = new ArrayList<>(held);
        for (Placement placement : incoming) {
            int same = indexOf(result, p -> p.start().equals(placement.start()));
            if (same < 0) {
                result.add(placement);
                continue;
            }
            Placement current = result.get(same);
            LocalDate end = reconcileEnd("placements.end", current.source(), current.end(), placement.end(), findings);
            String type = current.placementType();
            boolean sameCarers = current.sameCarersAsPrevious();
            if (!type.equals(placement.placementType()) || sameCarers != placement.sameCarersAsPrevious()) {
                if (current.source() == FactSource.SYSTEM) {
                    findings.add(new MergeFinding("placements.placementType", MergeFinding.SYSTEM_DATE_KEPT,
                            "placements.placementType differs from the system's record; the system's value was kept"));
                } else {
                    findings.add(new MergeFinding("placements.placementType", MergeFinding.IMPORT_REVISED,
                            "placements.placementType was revised by the import"));
                    type = placement.placementType();
                    sameCarers = placement.sameCarersAsPrevious();
                }
            }
            result.set(same, new Placement(current.start(), end, type, sameCarers, current.source()));
        }
        return result;
    }

    /** Open ones close; a disagreement keeps the system's end or takes a revised imported one. */
    private static LocalDate reconcileEnd(String field, FactSource heldSource, LocalDate held, LocalDate incoming,
                                          List<MergeFinding> findings) {
        if (Objects.equals(held, incoming)) {
            return held;
        }
        if (held == null) {
            return incoming;
        }
        if (incoming == null) {
            findings.add(new MergeFinding(field, MergeFinding.IMPORT_REOPENS,
                    field + " is recorded as ended but the import reports it open; the recorded end was kept"));
            return held;
        }
        if (heldSource == FactSource.SYSTEM) {
            findings.add(new MergeFinding(field, MergeFinding.SYSTEM_DATE_KEPT,
                    field + " differs from the date the system recorded; the system's date was kept"));
            return held;
        }
        findings.add(new MergeFinding(field, MergeFinding.IMPORT_REVISED, field + " was revised by the import"));
        return incoming;
    }

    private static <T extends JourneyFact> T mergeSingle(String name, T held, T incoming, BiPredicate<T, T> sameValue,
                                                         List<MergeFinding> findings) {
        if (incoming == null) {
            return held;
        }
        if (held == null) {
            return incoming;
        }
        if (sameValue.test(held, incoming)) {
            return held;
        }
        return disagreement(name, held, incoming, findings);
    }

    private static <T extends JourneyFact> T disagreement(String name, T held, T incoming,
                                                          List<MergeFinding> findings) {
        if (held.source() == FactSource.SYSTEM) {
            findings.add(new MergeFinding(name + ".date", MergeFinding.SYSTEM_DATE_KEPT,
                    name + ".date differs from the date the system recorded; the system's date was kept"));
            return held;
        }
        findings.add(new MergeFinding(name + ".date", MergeFinding.IMPORT_REVISED,
                name + ".date was revised by the import"));
        return incoming;
    }

    /**
     * Facts paired by {@code sameFact} (e.g. the match for the same family); an unpaired imported fact is added.
     */
    private static <T extends JourneyFact> List<T> mergePointFacts(String name, List<T> held, List<T> incoming,
                                                                   BiPredicate<T, T> sameFact,
                                                                   BiPredicate<T, T> sameValue,
                                                                   List<MergeFinding> findings) {
        List<T> result = new ArrayList<>(held);
        for (T fact : incoming) {
            if (indexOf(result, h -> sameFact.test(h, fact) && sameValue.test(h, fact)) >= 0) {
                continue;
            }
            int paired = indexOf(result, h -> sameFact.test(h, fact));
            if (paired < 0) {
                result.add(fact);
            } else {
                result.set(paired, disagreement(name, result.get(paired), fact, findings));
            }
        }
        return result;
    }

    private static <T> int indexOf(List<T> list, java.util.function.Predicate<T> test) {
        for (int i = 0; i < list.size(); i++) {
            if (test.test(list.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
