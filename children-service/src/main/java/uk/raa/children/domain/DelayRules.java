package uk.raa.children.domain;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.raa.children.domain.journey.ChildJourney;
import uk.raa.children.domain.journey.CourtAuthority;
import uk.raa.children.domain.journey.JourneyAsAt;
import uk.raa.children.domain.journey.JourneyStatus;
import uk.raa.children.domain.journey.PlacedForAdoption;
import uk.raa.children.domain.journey.Placement;

/**
 * Whether a child belongs on a delay list at a date, and why: the reason is built from the child's own dates and
 * durations (never a name). Journeys must already be truncated to the as-at date ({@link JourneyAsAt#truncate}).
 * "Longer than N months" means the as-at date is after the same day N calendar months after the start.
 */
public final class DelayRules {

    /** The thresholds, with the seed's and the agency's defaults in {@link #DEFAULTS}. */
    public record Thresholds(int placementOrderMonths, int longTermPlacementMonths, Set<String> longTermPlacementTypes,
                             int noMatchMonths, int placedWithoutOrderMonths) {

        public Thresholds {
            longTermPlacementTypes = Set.copyOf(longTermPlacementTypes);
        }
    }

    /** Seed: placement order 9 months, foster/home/residential 12 months; agency: no match 6, placed 12. */
    public static final Thresholds DEFAULTS = new Thresholds(9,
            12, Set.of("U1", "U2", "U3", "U4", "U5", "U6", "P1", "K2", "R1"), 6, 12);

    /** Why a child is on a list: the date the clock started, how long ago, and the sentence built from them. */
    public record Delay(LocalDate since, long days, String reason) {
    }

    private DelayRules() {
    }

    public static int threshold(DelayCohort cohort, Thresholds t) {
        return switch (cohort) {
            case PLACEMENT_ORDER_OVER_THRESHOLD -> t.placementOrderMonths();
            case LONG_TERM_PLACEMENT -> t.longTermPlacementMonths();
            case PLACEMENT_ORDER_NO_MATCH -> t.noMatchMonths();
            case PLACED_WITHOUT_ORDER -> t.placedWithoutOrderMonths();
        };
    }

    public static Optional<Delay> check(DelayCohort cohort, ChildJourney journey, LocalDate asAt, Thresholds t) {
        JourneyStatus status = JourneyAsAt.status(journey);
        boolean inCare = journey.periodsOfCare().isEmpty()
                || journey.periodsOfCare().get(journey.periodsOfCare().size() - 1).isOpen();
        int months = threshold(cohort, t);
        switch (cohort) {
            case PLACEMENT_ORDER_OVER_THRESHOLD -> {
                if (status == JourneyStatus.ADOPTED || status == JourneyStatus.REVERSED || !inCare) {
                    return Optional.empty();
                }
                Optional<CourtAuthority> order = journey.firstPlacementOrder();
                if (order.isEmpty() || !over(order.get().date(), months, asAt)) {
                    return Optional.empty();
                }
                String placed = journey.currentAdoptivePlacement().map(p -> "; placed for adoption on " + p.date())
                        .orElse("; not placed for adoption");
                return Optional.of(delay(order.get().date(), asAt, label(order.get()) + " made on "
                        + order.get().date(), months, placed));
            }
            case LONG_TERM_PLACEMENT -> {
                if (!inCare || status == JourneyStatus.ADOPTED) {
                    return Optional.empty();
                }
                List<Placement> placements = journey.placements();
                if (placements.isEmpty()) {
                    return Optional.empty();
                }
                int index = placements.size() - 1;
                Placement current = placements.get(index);
                if (!current.isOpen() || !t.longTermPlacementTypes().contains(current.placementType())) {
                    return Optional.empty();
                }
                while (index > 0 && placements.get(index).sameCarersAsPrevious()
                        && t.longTermPlacementTypes().contains(placements.get(index - 1).placementType())) {
                    index--;
                }
                LocalDate since = placements.get(index).start();
                if (!over(since, months, asAt)) {
                    return Optional.empty();
                }
                return Optional.of(delay(since, asAt, "Placement " + current.placementType()
                        + " with the same carers since " + since, months, ""));
            }
            case PLACEMENT_ORDER_NO_MATCH -> {
                if (status != JourneyStatus.WAITING) {
                    return Optional.empty();
                }
                Optional<CourtAuthority> order = journey.firstPlacementOrder();
                if (order.isEmpty() || !over(order.get().date(), months, asAt)) {
                    return Optional.empty();
                }
                return Optional.of(delay(order.get().date(), asAt, label(order.get()) + " made on "
                        + order.get().date() + " and no match that stands", months, ""));
            }
            case PLACED_WITHOUT_ORDER -> {
                if (status != JourneyStatus.PLACED) {
                    return Optional.empty();
                }
                PlacedForAdoption placed = journey.currentAdoptivePlacement().get();
                if (!over(placed.date(), months, asAt)) {
                    return Optional.empty();
                }
                return Optional.of(delay(placed.date(), asAt, "Placed for adoption on " + placed.date()
                        + " and no adoption order", months, ""));
            }
            default -> throw new IllegalStateException("unreachable: every cohort is handled");
        }
    }

    private static boolean over(LocalDate since, int months, LocalDate asAt) {
        return asAt.isAfter(since.plusMonths(months));
    }

    private static String label(CourtAuthority order) {
        return order.type().name().equals("FREEING_ORDER") ? "Freeing order" : "Placement order";
    }

    private static Delay delay(LocalDate since, LocalDate asAt, String what, int months, String tail) {
        Period period = Period.between(since, asAt);
        long days = ChronoUnit.DAYS.between(since, asAt);
        String reason = what + ": " + describe(period) + " (" + days + " days) at " + asAt + ", over the " + months
                + "-month threshold" + tail;
        return new Delay(since, days, reason);
    }

    static String describe(Period p) {
        StringBuilder out = new StringBuilder();
        if (p.getYears() > 0) {
            out.append(p.getYears()).append(p.getYears() == 1 ? " year " : " years ");
        }
        out.append(p.getMonths()).append(p.getMonths() == 1 ? " month " : " months ");
        out.append(p.getDays()).append(p.getDays() == 1 ? " day" : " days");
        return out.toString();
    }
}
