package uk.raa.children.domain.journey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The hard rules of DOMAIN.md §2, and soft warnings for anything else out of the usual order.
 *
 * <p>Hard rule codes: {@code dob} (every date on or after the date of birth), {@code future} (no date after today),
 * {@code 334} (should-be-placed decision on or after entering care), {@code 554} (decision on or before the first
 * placement or freeing order), {@code 521} (decision on or before each adoptive placement in the relevant period of
 * care), {@code 408} (an A5/A6 placement-order-route placement on or after a placement or freeing order, so also
 * broken when none is recorded), {@code placement-after-match} (each adoptive placement on or after the earliest
 * match decision for that family), {@code 331} (every match and adoptive placement on or before the adoption
 * order).
 */
public final class JourneyRules {

    private JourneyRules() {
    }

    /**
     * @param dateOfBirth null when not known, in which case the {@code dob} rule cannot be applied and is reported
     *                    as a warning instead
     */
    public static JourneyCheck check(ChildJourney journey, LocalDate dateOfBirth, LocalDate today) {
        DomainRuleViolation.required(journey, "journey");
        DomainRuleViolation.required(today, "today");
        List<JourneyViolation> out = new ArrayList<>();
        checkDatesAgainstBirthAndToday(journey, dateOfBirth, today, out);
        checkDecision(journey, out);
        checkAdoptivePlacements(journey, out);
        checkAdoptionOrder(journey, out);
        checkUsualOrder(journey, out);
        return new JourneyCheck(out);
    }

    /** Convenience for callers that must reject a journey with any hard violation. */
    public static JourneyCheck requireValid(ChildJourney journey, LocalDate dateOfBirth, LocalDate today) {
        JourneyCheck check = check(journey, dateOfBirth, today);
        check.throwIfInvalid();
        return check;
    }

    private static void checkDatesAgainstBirthAndToday(ChildJourney journey, LocalDate dob, LocalDate today,
                                                       List<JourneyViolation> out) {
        if (dob == null) {
            out.add(soft("dob-unknown", "dateOfBirth",
                    "dateOfBirth is not known, so rule dob (dates on or after birth) was not applied"));
        }
        List<DatedField> fields = new ArrayList<>();
        indexed(fields, "periodsOfCare", journey.periodsOfCare(), "start");
        for (int i = 0; i < journey.periodsOfCare().size(); i++) {
            LocalDate end = journey.periodsOfCare().get(i).end();
            if (end != null) {
                fields.add(new DatedField("periodsOfCare[" + i + "].end", end));
            }
        }
        indexed(fields, "placements", journey.placements(), "start");
        for (int i = 0; i < journey.placements().size(); i++) {
            LocalDate end = journey.placements().get(i).end();
            if (end != null) {
                fields.add(new DatedField("placements[" + i + "].end", end));
            }
        }
        single(fields, "shouldBePlacedDecision", journey.shouldBePlacedDecision());
        indexed(fields, "courtAuthorities", journey.courtAuthorities(), "date");
        indexed(fields, "earlyPermanence", journey.earlyPermanence(), "date");
        indexed(fields, "matchDecisions", journey.matchDecisions(), "date");
        indexed(fields, "placedForAdoption", journey.placedForAdoption(), "date");
        single(fields, "adoptionOrder", journey.adoptionOrder());
        single(fields, "decisionReversed", journey.decisionReversed());
        indexed(fields, "disruptions", journey.disruptions(), "date");
        for (DatedField field : fields) {
            if (dob != null && field.date().isBefore(dob)) {
                out.add(hard("dob", field.path(), field.path() + " must be on or after the date of birth (rule dob)"));
            }
            if (field.date().isAfter(today)) {
                out.add(hard("future", field.path(), field.path() + " must not be in the future (rule future)"));
            }
        }
    }

    private record DatedField(String path, LocalDate date) {
    }

    private static void indexed(List<DatedField> fields, String name, List<? extends JourneyFact> facts,
                                String attribute) {
        for (int i = 0; i < facts.size(); i++) {
            fields.add(new DatedField(name + "[" + i + "]." + attribute, facts.get(i).date()));
        }
    }

    private static void single(List<DatedField> fields, String name, JourneyFact fact) {
        if (fact != null) {
            fields.add(new DatedField(name + ".date", fact.date()));
        }
    }

    private static void checkDecision(ChildJourney journey, List<JourneyViolation> out) {
        ShouldBePlacedDecision decision = journey.shouldBePlacedDecision();
        if (decision == null) {
            return;
        }
        Optional<LocalDate> entered = journey.enteredCare();
        if (entered.isPresent() && decision.date().isBefore(entered.get())) {
            out.add(hard("334", "shouldBePlacedDecision.date",
                    "shouldBePlacedDecision.date must be on or after the start of the latest period of care (rule 334)"));
        }
        Optional<CourtAuthority> order = journey.firstPlacementOrder();
        if (order.isPresent() && decision.date().isAfter(order.get().date())) {
            out.add(hard("554", "shouldBePlacedDecision.date",
                    "shouldBePlacedDecision.date must be on or before the first placement order (rule 554)"));
        }
        List<PlacedForAdoption> placements = journey.placedForAdoption();
        for (int i = 0; i < placements.size(); i++) {
            PlacedForAdoption placement = placements.get(i);
            boolean inRelevantPeriod = entered.isEmpty() || !placement.date().isBefore(entered.get());
            if (inRelevantPeriod && placement.date().isBefore(decision.date())) {
                out.add(hard("521", "shouldBePlacedDecision.date",
                        "shouldBePlacedDecision.date must be on or before placedForAdoption[" + i
                                + "].date (rule 521)"));
            }
        }
    }

    private static void checkAdoptivePlacements(ChildJourney journey, List<JourneyViolation> out) {
        List<PlacedForAdoption> placements = journey.placedForAdoption();
        for (int i = 0; i < placements.size(); i++) {
            PlacedForAdoption placement = placements.get(i);
            String field = "placedForAdoption[" + i + "].date";
            if (placement.placementType() != null && placement.placementType().placementOrderRoute()) {
                boolean orderOnOrBefore = journey.courtAuthorities().stream()
                        .anyMatch(a -> a.type().isOrder() && !a.date().isAfter(placement.date()));
                if (!orderOnOrBefore) {
                    out.add(hard("408", field, field + " is a placement-order route (A5/A6) and must be on or after "
                            + "a placement or freeing order (rule 408)"));
                }
            }
            if (placement.placementType() != null && placement.placementType().consentRoute()) {
                boolean consent = journey.courtAuthorities().stream()
                        .anyMatch(a -> a.type() == CourtAuthorityType.CONSENT && !a.date().isAfter(placement.date()));
                if (!consent) {
                    out.add(soft("consent-not-recorded", field,
                            field + " is a consent route (A3/A4) but no consent is recorded on or before it"));
                }
            }
            Optional<MatchDecision> match = journey.matchDecisions().stream()
                    .filter(m -> m.familyReference().equals(placement.familyReference()))
                    .findFirst();
            if (match.isEmpty()) {
                out.add(soft("placement-without-match", field,
                        field + " has no match decision recorded for the same family"));
            } else if (placement.date().isBefore(match.get().date())) {
                out.add(hard("placement-after-match", field,
                        field + " must be on or after the match decision for the same family (rule placement-after-match)"));
            }
        }
    }

    private static void checkAdoptionOrder(ChildJourney journey, List<JourneyViolation> out) {
        AdoptionOrder order = journey.adoptionOrder();
        if (order == null) {
            return;
        }
        for (int i = 0; i < journey.matchDecisions().size(); i++) {
            if (journey.matchDecisions().get(i).date().isAfter(order.date())) {
                String field = "matchDecisions[" + i + "].date";
                out.add(hard("331", field, field + " must be on or before adoptionOrder.date (rule 331)"));
            }
        }
        for (int i = 0; i < journey.placedForAdoption().size(); i++) {
            if (journey.placedForAdoption().get(i).date().isAfter(order.date())) {
                String field = "placedForAdoption[" + i + "].date";
                out.add(hard("331", field, field + " must be on or before adoptionOrder.date (rule 331)"));
            }
        }
        if (journey.adoptivePlacementLeadingToOrder().isEmpty()) {
            out.add(soft("order-without-adoptive-placement", "adoptionOrder.date",
                    "adoptionOrder.date has no undisrupted adoptive placement on or before it"));
        }
        if (journey.decisionReversed() != null && journey.decisionReversed().date().isBefore(order.date())) {
            out.add(soft("order-after-reversal", "adoptionOrder.date",
                    "adoptionOrder.date is after decisionReversed.date"));
        }
    }

    private static void checkUsualOrder(ChildJourney journey, List<JourneyViolation> out) {
        ShouldBePlacedDecision decision = journey.shouldBePlacedDecision();
        List<MatchDecision> matches = journey.matchDecisions();
        // Consent is left out: SSDA903 only dates it by the placement, so every consent-route match would warn.
        Optional<CourtAuthority> firstOrder = journey.firstPlacementOrder();
        for (int i = 0; i < matches.size(); i++) {
            String field = "matchDecisions[" + i + "].date";
            if (decision != null && matches.get(i).date().isBefore(decision.date())) {
                out.add(soft("match-before-decision", field, field + " is before shouldBePlacedDecision.date"));
            }
            if (firstOrder.isPresent() && matches.get(i).date().isBefore(firstOrder.get().date())) {
                out.add(soft("match-before-placement-order", field, field + " is before the first placement order"));
            }
        }
        for (int i = 0; i < journey.earlyPermanence().size(); i++) {
            if (decision != null && journey.earlyPermanence().get(i).date().isBefore(decision.date())) {
                String field = "earlyPermanence[" + i + "].date";
                out.add(soft("early-permanence-before-decision", field,
                        field + " is before shouldBePlacedDecision.date"));
            }
        }
        if (decision != null && journey.decisionReversed() != null
                && journey.decisionReversed().date().isBefore(decision.date())) {
            out.add(soft("reversal-before-decision", "decisionReversed.date",
                    "decisionReversed.date is before shouldBePlacedDecision.date"));
        }
        List<PeriodOfCare> periods = journey.periodsOfCare();
        for (int i = 1; i < periods.size(); i++) {
            PeriodOfCare previous = periods.get(i - 1);
            if (previous.end() == null || periods.get(i).start().isBefore(previous.end())) {
                String field = "periodsOfCare[" + i + "].start";
                out.add(soft("period-overlap", field, field + " starts before the previous period of care ended"));
            }
        }
        List<Placement> placements = journey.placements();
        for (int i = 0; i < placements.size(); i++) {
            Placement placement = placements.get(i);
            String field = "placements[" + i + "].start";
            if (!periods.isEmpty() && periods.stream().noneMatch(p -> p.contains(placement.start()))) {
                out.add(soft("placement-outside-care", field, field + " is outside every period of care"));
            }
            if (i > 0) {
                Placement previous = placements.get(i - 1);
                if (previous.end() == null || placement.start().isBefore(previous.end())) {
                    out.add(soft("placement-overlap", field, field + " starts before the previous placement ended"));
                }
            }
        }
        for (int i = 0; i < journey.disruptions().size(); i++) {
            Disruption disruption = journey.disruptions().get(i);
            boolean placedBefore = journey.placedForAdoption().stream().anyMatch(p ->
                    p.familyReference().equals(disruption.familyReference()) && !p.date().isAfter(disruption.date()));
            if (!placedBefore) {
                String field = "disruptions[" + i + "].date";
                out.add(soft("disruption-without-placement", field,
                        field + " has no adoptive placement with the same family on or before it"));
            }
        }
    }

    private static JourneyViolation hard(String rule, String field, String message) {
        return new JourneyViolation(rule, field, JourneyViolation.Kind.HARD, message);
    }

    private static JourneyViolation soft(String rule, String field, String message) {
        return new JourneyViolation(rule, field, JourneyViolation.Kind.SOFT, message);
    }
}
