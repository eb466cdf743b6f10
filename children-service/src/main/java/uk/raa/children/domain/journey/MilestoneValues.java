package uk.raa.children.domain.journey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * One journey fact flattened to the columns it is stored in and shown with: its type, date, end (periods of care
 * and placements), its own code (placement type, A3-A6 route, E11/E12, RD1-RD4, early-permanence scheme), the
 * family it concerns and whether the carers are the same as in the previous placement. Converting back builds the
 * domain fact, so the fact's own validation applies to stored and requested values alike.
 */
public record MilestoneValues(MilestoneType type, LocalDate date, LocalDate end, String code, String familyReference,
                              boolean sameCarersAsPrevious, FactSource source) {

    public MilestoneValues {
        DomainRuleViolation.required(type, "type");
        DomainRuleViolation.required(date, "date");
        DomainRuleViolation.required(source, "source");
    }

    public static MilestoneValues of(JourneyFact fact) {
        if (fact instanceof PeriodOfCare p) {
            return new MilestoneValues(MilestoneType.ENTERED_CARE, p.start(), p.end(), null, null, false, p.source());
        }
        if (fact instanceof Placement p) {
            return new MilestoneValues(MilestoneType.PLACEMENT, p.start(), p.end(), p.placementType(), null,
                    p.sameCarersAsPrevious(), p.source());
        }
        if (fact instanceof EarlyPermanence e) {
            return point(MilestoneType.EARLY_PERMANENCE, e.date(), e.type() == null ? null : e.type().name(),
                    e.familyReference(), e.source());
        }
        if (fact instanceof MatchDecision m) {
            return point(MilestoneType.MATCH_DECISION, m.date(), null, m.familyReference(), m.source());
        }
        if (fact instanceof PlacedForAdoption p) {
            return point(MilestoneType.PLACED_FOR_ADOPTION, p.date(),
                    p.placementType() == null ? null : p.placementType().name(), p.familyReference(), p.source());
        }
        if (fact instanceof AdoptionOrder o) {
            return point(MilestoneType.ADOPTION_ORDER, o.date(), o.type().name(), null, o.source());
        }
        if (fact instanceof DecisionReversed r) {
            return point(MilestoneType.DECISION_REVERSED, r.date(), r.reason().name(), null, r.source());
        }
        if (fact instanceof Disruption d) {
            return point(MilestoneType.DISRUPTION, d.date(), null, d.familyReference(), d.source());
        }
        // ShouldBePlacedDecision and CourtAuthority carry only a type and a date.
        return point(fact.milestone(), fact.date(), null, null, fact.source());
    }

    private static MilestoneValues point(MilestoneType type, LocalDate date, String code, String family,
                                         FactSource source) {
        return new MilestoneValues(type, date, null, code, family, false, source);
    }

    /** The domain fact; throws {@link DomainRuleViolation} naming the field when a value is not acceptable. */
    public JourneyFact toFact() {
        if (end != null && type != MilestoneType.ENTERED_CARE && type != MilestoneType.PLACEMENT) {
            throw new DomainRuleViolation("not-applicable", "end", "end applies only to ENTERED_CARE and PLACEMENT");
        }
        return switch (type) {
            case ENTERED_CARE -> new PeriodOfCare(date, end, source);
            case PLACEMENT -> new Placement(date, end, code, sameCarersAsPrevious, source);
            case SHOULD_BE_PLACED_DECISION -> new ShouldBePlacedDecision(date, source);
            case PLACEMENT_ORDER -> new CourtAuthority(CourtAuthorityType.PLACEMENT_ORDER, date, source);
            case FREEING_ORDER -> new CourtAuthority(CourtAuthorityType.FREEING_ORDER, date, source);
            case CONSENT -> new CourtAuthority(CourtAuthorityType.CONSENT, date, source);
            case EARLY_PERMANENCE -> new EarlyPermanence(code == null ? null : enumCode(EarlyPermanenceType.class,
                    code), date, familyReference, source);
            case MATCH_DECISION -> new MatchDecision(date, familyReference, source);
            case PLACED_FOR_ADOPTION -> new PlacedForAdoption(date, familyReference, code == null ? null
                    : AdoptivePlacementType.fromCode(code).orElseThrow(() -> badCode("A3, A4, A5 or A6")), source);
            case ADOPTION_ORDER -> new AdoptionOrder(date, AdoptionOrderType.fromCode(code)
                    .orElseThrow(() -> badCode("E11 or E12")), source);
            case DECISION_REVERSED -> new DecisionReversed(date, ReversalReason.fromCode(code)
                    .orElseThrow(() -> badCode("RD1, RD2, RD3 or RD4")), source);
            case DISRUPTION -> new Disruption(date, familyReference, source);
        };
    }

    private static <E extends Enum<E>> E enumCode(Class<E> type, String code) {
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(code)) {
                return value;
            }
        }
        throw badCode("FOSTERING_FOR_ADOPTION or CONCURRENT_PLANNING");
    }

    private static DomainRuleViolation badCode(String allowed) {
        return new DomainRuleViolation("code", "code", "code must be " + allowed + " for this type");
    }

    /** Adds the fact to a journey being built. */
    public static void addTo(ChildJourney.Builder builder, JourneyFact fact) {
        if (fact instanceof PeriodOfCare p) {
            builder.periodOfCare(p);
        } else if (fact instanceof Placement p) {
            builder.placement(p);
        } else if (fact instanceof ShouldBePlacedDecision d) {
            builder.shouldBePlacedDecision(d);
        } else if (fact instanceof CourtAuthority a) {
            builder.courtAuthority(a);
        } else if (fact instanceof EarlyPermanence e) {
            builder.earlyPermanence(e);
        } else if (fact instanceof MatchDecision m) {
            builder.matchDecision(m);
        } else if (fact instanceof PlacedForAdoption p) {
            builder.placedForAdoption(p);
        } else if (fact instanceof AdoptionOrder o) {
            builder.adoptionOrder(o);
        } else if (fact instanceof DecisionReversed r) {
            builder.decisionReversed(r);
        } else if (fact instanceof Disruption d) {
            builder.disruption(d);
        }
    }

    public static ChildJourney journey(Collection<JourneyFact> facts, Boolean adoptedByFosterCarers) {
        ChildJourney.Builder builder = ChildJourney.builder().adoptedByFosterCarers(adoptedByFosterCarers);
        facts.forEach(fact -> addTo(builder, fact));
        return builder.build();
    }

    /** Every fact of the journey, flattened. */
    public static List<MilestoneValues> all(ChildJourney journey) {
        List<MilestoneValues> out = new ArrayList<>();
        journey.allFacts().forEach(fact -> out.add(of(fact)));
        return out;
    }

    /** Singletons: a journey holds at most one of these, so a second one is a correction, not a new fact. */
    public boolean isSingleton() {
        return type == MilestoneType.SHOULD_BE_PLACED_DECISION || type == MilestoneType.ADOPTION_ORDER
                || type == MilestoneType.DECISION_REVERSED;
    }
}
