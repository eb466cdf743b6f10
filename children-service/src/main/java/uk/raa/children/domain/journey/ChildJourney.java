package uk.raa.children.domain.journey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A child's journey as recorded facts. Lists are kept sorted by date so that two journeys holding the same facts are
 * equal whatever order the facts arrived in (which is what makes a re-import idempotent). Facts are accepted here as
 * recorded; ordering rules live in {@link JourneyRules}, because real journeys break the usual order legitimately.
 *
 * @param adoptedByFosterCarers AD1 FOSTER_CARE; null when not known
 */
public record ChildJourney(
        List<PeriodOfCare> periodsOfCare,
        List<Placement> placements,
        ShouldBePlacedDecision shouldBePlacedDecision,
        List<CourtAuthority> courtAuthorities,
        List<EarlyPermanence> earlyPermanence,
        List<MatchDecision> matchDecisions,
        List<PlacedForAdoption> placedForAdoption,
        AdoptionOrder adoptionOrder,
        DecisionReversed decisionReversed,
        List<Disruption> disruptions,
        Boolean adoptedByFosterCarers) {

    private static final Comparator<JourneyFact> CHRONOLOGICAL =
            Comparator.comparing(JourneyFact::date).thenComparing(Object::toString);

    public ChildJourney {
        periodsOfCare = sorted(periodsOfCare);
        placements = sorted(placements);
        courtAuthorities = sorted(courtAuthorities);
        earlyPermanence = sorted(earlyPermanence);
        matchDecisions = sorted(matchDecisions);
        placedForAdoption = sorted(placedForAdoption);
        disruptions = sorted(disruptions);
    }

    public static ChildJourney empty() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.periodsOfCare.addAll(periodsOfCare);
        builder.placements.addAll(placements);
        builder.shouldBePlacedDecision = shouldBePlacedDecision;
        builder.courtAuthorities.addAll(courtAuthorities);
        builder.earlyPermanence.addAll(earlyPermanence);
        builder.matchDecisions.addAll(matchDecisions);
        builder.placedForAdoption.addAll(placedForAdoption);
        builder.adoptionOrder = adoptionOrder;
        builder.decisionReversed = decisionReversed;
        builder.disruptions.addAll(disruptions);
        builder.adoptedByFosterCarers = adoptedByFosterCarers;
        return builder;
    }

    private static <T extends JourneyFact> List<T> sorted(List<T> facts) {
        if (facts == null) {
            return List.of();
        }
        List<T> copy = new ArrayList<>(facts);
        copy.forEach(fact -> Objects.requireNonNull(fact, "journey facts must not contain null"));
        copy.sort(CHRONOLOGICAL);
        return List.copyOf(copy);
    }

    /** Every fact, in no particular order; used by the rules that apply to all dates (dob, future). */
    public List<JourneyFact> allFacts() {
        List<JourneyFact> all = new ArrayList<>();
        all.addAll(periodsOfCare);
        all.addAll(placements);
        if (shouldBePlacedDecision != null) {
            all.add(shouldBePlacedDecision);
        }
        all.addAll(courtAuthorities);
        all.addAll(earlyPermanence);
        all.addAll(matchDecisions);
        all.addAll(placedForAdoption);
        if (adoptionOrder != null) {
            all.add(adoptionOrder);
        }
        if (decisionReversed != null) {
            all.add(decisionReversed);
        }
        all.addAll(disruptions);
        return all;
    }

    /**
     * The fact a violation's field path points at, e.g. {@code placements[2].end} or {@code adoptionOrder.date}.
     * Lets an importer trace a violation back to the row it came from.
     */
    public Optional<JourneyFact> fact(String fieldPath) {
        int dot = fieldPath.indexOf('.');
        String head = dot < 0 ? fieldPath : fieldPath.substring(0, dot);
        int bracket = head.indexOf('[');
        String name = bracket < 0 ? head : head.substring(0, bracket);
        int index = 0;
        if (bracket >= 0) {
            try {
                index = Integer.parseInt(head.substring(bracket + 1, head.length() - 1));
            } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
                return Optional.empty();
            }
        }
        List<? extends JourneyFact> list = switch (name) {
            case "periodsOfCare" -> periodsOfCare;
            case "placements" -> placements;
            case "courtAuthorities" -> courtAuthorities;
            case "earlyPermanence" -> earlyPermanence;
            case "matchDecisions" -> matchDecisions;
            case "placedForAdoption" -> placedForAdoption;
            case "disruptions" -> disruptions;
            case "shouldBePlacedDecision" -> single(shouldBePlacedDecision);
            case "adoptionOrder" -> single(adoptionOrder);
            case "decisionReversed" -> single(decisionReversed);
            default -> List.of();
        };
        return index >= 0 && index < list.size() ? Optional.of(list.get(index)) : Optional.empty();
    }

    private static List<JourneyFact> single(JourneyFact fact) {
        return fact == null ? List.of() : List.of(fact);
    }

    // ---- derivations used by the scorecard -------------------------------------------------------------------

    /**
     * Whether the adoptive placement ended before an order: a disruption for the same family on or after it (and
     * before {@code upTo}) that is not explained by a later placement with that family.
     */
    public boolean isDisrupted(PlacedForAdoption placement, LocalDate upTo) {
        for (Disruption disruption : disruptions) {
            if (!disruption.familyReference().equals(placement.familyReference())
                    || disruption.date().isBefore(placement.date())
                    || (upTo != null && disruption.date().isAfter(upTo))) {
                continue;
            }
            boolean laterPlacementWithSameFamily = placedForAdoption.stream().anyMatch(other ->
                    other.familyReference().equals(placement.familyReference())
                            && other.date().isAfter(placement.date())
                            && !other.date().isAfter(disruption.date()));
            if (!laterPlacementWithSameFamily) {
                return true;
            }
        }
        return false;
    }

    /**
     * The adoptive placement that led to the adoption order: the latest one on or before the order that did not
     * disrupt before it. Empty when there is no order.
     */
    public Optional<PlacedForAdoption> adoptivePlacementLeadingToOrder() {
        if (adoptionOrder == null) {
            return Optional.empty();
        }
        LocalDate order = adoptionOrder.date();
        PlacedForAdoption found = null;
        for (PlacedForAdoption placement : placedForAdoption) {
            if (!placement.date().isAfter(order) && !isDisrupted(placement, order)) {
                found = placement;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The latest adoptive placement that has not disrupted (whether or not an order has followed). */
    public Optional<PlacedForAdoption> currentAdoptivePlacement() {
        PlacedForAdoption found = null;
        for (PlacedForAdoption placement : placedForAdoption) {
            if (!isDisrupted(placement, null)) {
                found = placement;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The adoptive placement the scorecard measures to: the one that led to the order, else the current one. */
    public Optional<PlacedForAdoption> keyAdoptivePlacement() {
        return adoptionOrder != null ? adoptivePlacementLeadingToOrder() : currentAdoptivePlacement();
    }

    /**
     * The period of care the scorecard counts from: the latest one that started on or before the key adoptive
     * placement, or the latest period when the child has not been placed for adoption.
     */
    public Optional<PeriodOfCare> relevantPeriodOfCare() {
        Optional<LocalDate> anchor = keyAdoptivePlacement().map(PlacedForAdoption::date);
        PeriodOfCare found = null;
        for (PeriodOfCare period : periodsOfCare) {
            if (anchor.isEmpty() || !period.start().isAfter(anchor.get())) {
                found = period;
            }
        }
        return Optional.ofNullable(found);
    }

    /** Entered care: start of the latest period of care before the adoptive placement. */
    public Optional<LocalDate> enteredCare() {
        return relevantPeriodOfCare().map(PeriodOfCare::start);
    }

    /**
     * First placement (or freeing) order in the relevant period of care. With no period recorded, the first order
     * at all, because an API client may record orders before the case system sends the care history.
     */
    public Optional<CourtAuthority> firstPlacementOrder() {
        Optional<PeriodOfCare> period = relevantPeriodOfCare();
        return courtAuthorities.stream()
                .filter(authority -> authority.type().isOrder())
                .filter(authority -> period.isEmpty() || period.get().contains(authority.date()))
                .findFirst();
    }

    /**
     * Whether the child was adopted by its foster carers: AD1 FOSTER_CARE = 1, or an early-permanence placement
     * with the adopting family (or with an unnamed family) in the relevant period.
     */
    public boolean isFosterCarerAdoption() {
        if (Boolean.TRUE.equals(adoptedByFosterCarers)) {
            return true;
        }
        return earlyPermanenceWithAdopters().isPresent();
    }

    private Optional<EarlyPermanence> earlyPermanenceWithAdopters() {
        Optional<PlacedForAdoption> key = keyAdoptivePlacement();
        Optional<PeriodOfCare> period = relevantPeriodOfCare();
        return earlyPermanence.stream()
                .filter(ep -> ep.familyReference() == null || key.isEmpty()
                        || ep.familyReference().equals(key.get().familyReference()))
                .filter(ep -> key.isEmpty() || !ep.date().isAfter(key.get().date()))
                .filter(ep -> period.isEmpty() || !ep.date().isBefore(period.get().start()))
                .findFirst();
    }

    /**
     * When the child moved in with the family who adopted it (the A10 clock stop). For an adoption by foster
     * carers or after early permanence, the start of the run of placements joined by same-carer changes that
     * contains the adoptive placement (or the early-permanence date, whichever is earlier), never before entering
     * care; otherwise the adoptive placement date.
     */
    public Optional<LocalDate> movedInWithAdoptiveFamily() {
        Optional<PlacedForAdoption> key = keyAdoptivePlacement();
        if (key.isEmpty()) {
            return Optional.empty();
        }
        LocalDate placed = key.get().date();
        if (!isFosterCarerAdoption()) {
            return Optional.of(placed);
        }
        LocalDate movedIn = placed;
        int index = -1;
        for (int i = 0; i < placements.size(); i++) {
            if (placements.get(i).covers(placed)) {
                index = i;
            }
        }
        if (index >= 0) {
            while (index > 0 && placements.get(index).sameCarersAsPrevious()) {
                index--;
            }
            movedIn = min(movedIn, placements.get(index).start());
        }
        Optional<EarlyPermanence> ep = earlyPermanenceWithAdopters();
        if (ep.isPresent()) {
            movedIn = min(movedIn, ep.get().date());
        }
        Optional<LocalDate> entered = enteredCare();
        if (entered.isPresent() && movedIn.isBefore(entered.get())) {
            movedIn = entered.get();
        }
        return Optional.of(movedIn);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /** Assembles a journey fact by fact; the importer and tests read like the journey they describe. */
    public static final class Builder {
        private final List<PeriodOfCare> periodsOfCare = new ArrayList<>();
        private final List<Placement> placements = new ArrayList<>();
        private ShouldBePlacedDecision shouldBePlacedDecision;
        private final List<CourtAuthority> courtAuthorities = new ArrayList<>();
        private final List<EarlyPermanence> earlyPermanence = new ArrayList<>();
        private final List<MatchDecision> matchDecisions = new ArrayList<>();
        private final List<PlacedForAdoption> placedForAdoption = new ArrayList<>();
        private AdoptionOrder adoptionOrder;
        private DecisionReversed decisionReversed;
        private final List<Disruption> disruptions = new ArrayList<>();
        private Boolean adoptedByFosterCarers;

        private Builder() {
        }

        public Builder periodOfCare(PeriodOfCare period) {
            periodsOfCare.add(period);
            return this;
        }

        public Builder placement(Placement placement) {
            placements.add(placement);
            return this;
        }

        public Builder shouldBePlacedDecision(ShouldBePlacedDecision decision) {
            shouldBePlacedDecision = decision;
            return this;
        }

        public Builder courtAuthority(CourtAuthority authority) {
            courtAuthorities.add(authority);
            return this;
        }

        public Builder earlyPermanence(EarlyPermanence ep) {
            earlyPermanence.add(ep);
            return this;
        }

        public Builder matchDecision(MatchDecision match) {
            matchDecisions.add(match);
            return this;
        }

        public Builder placedForAdoption(PlacedForAdoption placement) {
            placedForAdoption.add(placement);
            return this;
        }

        public Builder adoptionOrder(AdoptionOrder order) {
            adoptionOrder = order;
            return this;
        }

        public Builder decisionReversed(DecisionReversed reversed) {
            decisionReversed = reversed;
            return this;
        }

        public Builder disruption(Disruption disruption) {
            disruptions.add(disruption);
            return this;
        }

        public Builder adoptedByFosterCarers(Boolean value) {
            adoptedByFosterCarers = value;
            return this;
        }

        public ChildJourney build() {
            return new ChildJourney(periodsOfCare, placements, shouldBePlacedDecision, courtAuthorities,
                    earlyPermanence, matchDecisions, placedForAdoption, adoptionOrder, decisionReversed, disruptions,
                    adoptedByFosterCarers);
        }
    }
}
