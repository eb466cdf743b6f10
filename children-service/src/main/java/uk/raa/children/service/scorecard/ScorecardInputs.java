package uk.raa.children.service.scorecard;

import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.raa.children.domain.journey.ChildJourney;
import uk.raa.children.domain.journey.CourtAuthority;
import uk.raa.children.domain.journey.MatchDecision;
import uk.raa.children.domain.journey.PlacedForAdoption;
import uk.raa.children.domain.scorecard.HarderToPlaceCategory;
import uk.raa.children.domain.scorecard.ScorecardChild;
import uk.raa.children.domain.scorecard.ScorecardRuleViolation;

/**
 * Turns a stored journey into the scorecard's view of an adopted child, using the journey's own derivations
 * (entered care, first placement order, the placement that led to the order, foster-carer adoption, moved-in date).
 * A child whose journey cannot give the figures (no entered-care date, dates the scorecard rules reject) is a gap:
 * counted and listed with the rule, never guessed.
 */
public final class ScorecardInputs {

    /** An adopted child the indicators cannot count, with the rule or missing field that stops it. */
    public record Gap(String authority, String reference, LocalDate adoptionOrderDate, String reason) {
    }

    /** Either a scorecard child or a gap, for one adopted child. */
    public record Input(ChildAtTime child, ScorecardChild scorecardChild, Gap gap) {
    }

    private static final Set<String> NOT_BME = Set.of("WBRI", "REFU", "NOBT");

    private ScorecardInputs() {
    }

    public static Optional<Input> of(ChildAtTime child) {
        ChildJourney journey = child.journey();
        if (journey.adoptionOrder() == null) {
            return Optional.empty();
        }
        LocalDate order = journey.adoptionOrder().date();
        Optional<LocalDate> entered = journey.enteredCare();
        if (entered.isEmpty()) {
            return Optional.of(gap(child, order, "NO_ENTERED_CARE_DATE"));
        }
        Optional<PlacedForAdoption> placement = journey.adoptivePlacementLeadingToOrder();
        LocalDate placed = placement.map(PlacedForAdoption::date).orElse(null);
        LocalDate court = journey.firstPlacementOrder().map(CourtAuthority::date).orElse(null);
        LocalDate match = matchFor(journey, placement.orElse(null), order);
        boolean fosterCarers = journey.isFosterCarerAdoption();
        LocalDate movedIn = fosterCarers ? journey.movedInWithAdoptiveFamily().orElse(null) : null;
        if (fosterCarers && movedIn == null) {
            // Without a placement there is no move-in date to stop A10's clock; the child counts as not placed.
            fosterCarers = false;
        }
        try {
            return Optional.of(new Input(child, new ScorecardChild(child.authority(), child.reference(), entered.get(),
                    court, match, placed, fosterCarers, movedIn, order, harderToPlace(child, order)), null));
        } catch (ScorecardRuleViolation e) {
            return Optional.of(gap(child, order, e.rule()));
        }
    }

    private static Input gap(ChildAtTime child, LocalDate order, String reason) {
        return new Input(child, null, new Gap(child.authority(), child.reference(), order, reason));
    }

    /**
     * The match decision for the family the child was placed with: the latest one for that family on or before the
     * placement; without a placement, the latest match on or before the order.
     */
    static LocalDate matchFor(ChildJourney journey, PlacedForAdoption placement, LocalDate order) {
        List<MatchDecision> matches = journey.matchDecisions();
        Optional<MatchDecision> found;
        if (placement != null) {
            found = matches.stream()
                    .filter(m -> placement.familyReference().equals(m.familyReference()))
                    .filter(m -> !m.date().isAfter(placement.date()))
                    .max(Comparator.comparing(MatchDecision::date));
        } else {
            found = matches.stream().filter(m -> !m.date().isAfter(order)).max(Comparator.comparing(MatchDecision::date));
        }
        return found.map(MatchDecision::date).orElse(null);
    }

    /** The national "harder to place" groups, taken at the order date (DOMAIN.md section 2). */
    static Set<HarderToPlaceCategory> harderToPlace(ChildAtTime child, LocalDate at) {
        EnumSet<HarderToPlaceCategory> groups = EnumSet.noneOf(HarderToPlaceCategory.class);
        if (child.siblingGroupId() != null) {
            groups.add(HarderToPlaceCategory.SIBLING_GROUP);
        }
        if (child.dateOfBirth() != null && Period.between(child.dateOfBirth(), at).getYears() >= 5) {
            groups.add(HarderToPlaceCategory.AGED_FIVE_OR_OVER);
        }
        if (child.disability()) {
            groups.add(HarderToPlaceCategory.DISABLED);
        }
        if (child.ethnicity() != null && !NOT_BME.contains(child.ethnicity())) {
            groups.add(HarderToPlaceCategory.BLACK_OR_MINORITY_ETHNIC);
        }
        return groups;
    }
}
