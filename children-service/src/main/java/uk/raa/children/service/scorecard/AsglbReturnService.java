package uk.raa.children.service.scorecard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.raa.children.domain.journey.ChildJourney;
import uk.raa.children.domain.journey.CourtAuthority;
import uk.raa.children.domain.journey.CourtAuthorityType;
import uk.raa.children.domain.journey.Disruption;
import uk.raa.children.domain.journey.EarlyPermanence;
import uk.raa.children.domain.journey.MatchDecision;
import uk.raa.children.domain.journey.PlacedForAdoption;
import uk.raa.children.repository.scorecard.ScorecardStore;
import uk.raa.common.audit.AuditAction;
import uk.raa.common.audit.AuditTrail;
import uk.raa.common.audit.Purpose;
import uk.raa.common.problem.ProblemException;
import uk.raa.common.tenancy.ScopeContext;
import uk.raa.common.tenancy.TenantScope;
import uk.raa.common.tenancy.TenantScoped;

/**
 * The ASGLB quarterly return. Quarters are of the financial year ({@code 2024-Q3} = October-December 2024, in
 * 2024/25) and the return is cumulative from 1 April to the quarter's end, as the collection asks. A council gets its
 * own children; agency staff every authority in scope. Audited as a data return.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class AsglbReturnService {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    static final List<String> NOT_FILLED = List.of(
            "placement_provider (PR1/PR2): placements do not record the provider yet",
            "adopter characteristics (number, sex, legal status of adopters; household type): held by adopters-service, "
                    + "not read by this return",
            "sex, ethnicity, disability and the foster-carer flag are current values: the child record keeps no history");

    private final JourneySnapshots snapshots;
    private final ScorecardService scorecard;
    private final ScorecardStore store;
    private final ScopeContext scopes;
    private final AuditTrail audit;

    public AsglbReturnService(JourneySnapshots snapshots, ScorecardService scorecard, ScorecardStore store,
            ScopeContext scopes, AuditTrail audit) {
        this.snapshots = snapshots;
        this.scorecard = scorecard;
        this.store = store;
        this.scopes = scopes;
        this.audit = audit;
    }

    public AsglbReturn asglb(String quarter, Instant requestedAsAt) {
        Matcher m = quarter == null ? null : QUARTER.matcher(quarter);
        if (m == null || !m.matches()) {
            throw ProblemException.validation("quarter", "format", "quarter must look like 2024-Q3 (financial year)");
        }
        int year = Integer.parseInt(m.group(1));
        int q = Integer.parseInt(m.group(2));
        LocalDate from = LocalDate.of(year, 4, 1);
        LocalDate to = from.plusMonths(3L * q).minusDays(1);
        TenantScope scope = scopes.current();
        Instant asAt = scorecard.asAt(requestedAsAt);
        Map<String, String> laNumbers = new TreeMap<>();
        store.authorities().forEach(a -> laNumbers.put(a.code(), a.laNumber()));
        List<ChildAtTime> children = snapshots.asAt(scope.authorities(), asAt);

        List<List<String>> adoptions = new ArrayList<>();
        Map<String, FamilyRow> families = new TreeMap<>();
        List<String> audited = new ArrayList<>();
        for (ChildAtTime c : children) {
            ChildJourney j = c.journey();
            boolean adopted = j.adoptionOrder() != null && within(j.adoptionOrder().date(), from, to);
            boolean familyActivity = j.matchDecisions().stream().anyMatch(x -> within(x.date(), from, to))
                    || j.placedForAdoption().stream().anyMatch(x -> within(x.date(), from, to))
                    || j.disruptions().stream().anyMatch(x -> within(x.date(), from, to));
            if (!adopted && !familyActivity) {
                continue;
            }
            audited.add(c.id().toString());
            if (adopted) {
                adoptions.add(adoptionRow(c, laNumbers.getOrDefault(c.authority(), "")));
            }
            for (PlacedForAdoption p : j.placedForAdoption()) {
                families.computeIfAbsent(p.familyReference(), FamilyRow::new).add(c, p, j, from, to);
            }
            for (MatchDecision md : j.matchDecisions()) {
                if (md.familyReference() != null && within(md.date(), from, to)) {
                    families.computeIfAbsent(md.familyReference(), FamilyRow::new).match(c, md);
                }
            }
        }
        audit.record(AuditAction.EXPORT, "child", audited, Purpose.DATA_RETURN);
        Table adoptionsSheet = new Table("Adoptions", ADOPTION_HEADERS, adoptions);
        Table familySheet = new Table("Adoptive families", FAMILY_HEADERS,
                families.values().stream().filter(f -> f.inPeriod).map(FamilyRow::cells).toList());
        return new AsglbReturn(quarter, from, to, asAt, adoptionsSheet, familySheet, NOT_FILLED);
    }

    static final List<String> ADOPTION_HEADERS = List.of("la_number", "authority", "child_reference", "sex",
            "ethnicity", "disability", "date_of_birth", "age_at_order", "sibling_group", "entered_care",
            "should_be_placed_decision", "court_authority_type", "court_authority_date", "early_permanence_type",
            "early_permanence_date", "fostering_for_adoption", "match_date", "placed_for_adoption_date",
            "placement_route", "family_reference", "placement_provider", "adopted_by_foster_carers",
            "adoption_order_date", "adoption_order_type", "disruptions_before_order", "latest_disruption_date");

    static final List<String> FAMILY_HEADERS = List.of("family_reference", "children", "authorities",
            "child_references", "first_match_date", "first_placed_date", "fostering_for_adoption",
            "disrupted", "disruption_date", "adoption_order_dates", "adopter_characteristics");

    private static List<String> adoptionRow(ChildAtTime c, String laNumber) {
        ChildJourney j = c.journey();
        LocalDate order = j.adoptionOrder().date();
        Optional<PlacedForAdoption> placed = j.adoptivePlacementLeadingToOrder();
        Optional<CourtAuthority> court = j.firstPlacementOrder().or(() -> j.courtAuthorities().stream()
                .filter(a -> a.type() == CourtAuthorityType.CONSENT).findFirst());
        Optional<EarlyPermanence> ep = j.earlyPermanence().stream().findFirst();
        LocalDate match = ScorecardInputs.matchFor(j, placed.orElse(null), order);
        List<Disruption> before = j.disruptions().stream().filter(d -> !d.date().isAfter(order)).toList();
        return List.of(laNumber, c.authority(), c.reference(), text(c.sex()), text(c.ethnicity()), yn(c.disability()),
                text(c.dateOfBirth()), c.dateOfBirth() == null ? "" : String.valueOf(Period.between(c.dateOfBirth(),
                        order).getYears()),
                yn(c.siblingGroupId() != null), text(j.enteredCare().orElse(null)),
                text(j.shouldBePlacedDecision() == null ? null : j.shouldBePlacedDecision().date()),
                court.map(a -> a.type().name()).orElse(""), text(court.map(CourtAuthority::date).orElse(null)),
                ep.map(e -> e.type() == null ? "" : e.type().name()).orElse(""),
                text(ep.map(EarlyPermanence::date).orElse(null)), yn(ep.isPresent()), text(match),
                text(placed.map(PlacedForAdoption::date).orElse(null)),
                placed.map(p -> p.placementType() == null ? "" : p.placementType().name()).orElse(""),
                placed.map(PlacedForAdoption::familyReference).orElse(""), "", yn(j.isFosterCarerAdoption()),
                text(order), j.adoptionOrder().type().name(), String.valueOf(before.size()),
                text(before.stream().map(Disruption::date).max(Comparator.naturalOrder()).orElse(null)));
    }

    private static boolean within(LocalDate d, LocalDate from, LocalDate to) {
        return !d.isBefore(from) && !d.isAfter(to);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String yn(boolean value) {
        return value ? "Y" : "N";
    }

    /** One adoptive family as seen through the children matched with or placed with it. */
    private static final class FamilyRow {
        private final String reference;
        private final List<String> children = new ArrayList<>();
        private final java.util.TreeSet<String> authorities = new java.util.TreeSet<>();
        private LocalDate firstMatch;
        private LocalDate firstPlaced;
        private boolean earlyPermanence;
        private LocalDate disrupted;
        private final List<String> orders = new ArrayList<>();
        private boolean inPeriod;

        FamilyRow(String reference) {
            this.reference = reference;
        }

        void child(ChildAtTime c) {
            if (!children.contains(c.reference())) {
                children.add(c.reference());
                authorities.add(c.authority());
            }
        }

        void match(ChildAtTime c, MatchDecision md) {
            child(c);
            inPeriod = true;
            firstMatch = firstMatch == null || md.date().isBefore(firstMatch) ? md.date() : firstMatch;
        }

        void add(ChildAtTime c, PlacedForAdoption p, ChildJourney j, LocalDate from, LocalDate to) {
            child(c);
            if (within(p.date(), from, to)) {
                inPeriod = true;
            }
            firstPlaced = firstPlaced == null || p.date().isBefore(firstPlaced) ? p.date() : firstPlaced;
            earlyPermanence |= j.earlyPermanence().stream().anyMatch(e -> reference.equals(e.familyReference()));
            for (Disruption d : j.disruptions()) {
                if (reference.equals(d.familyReference()) && !d.date().isBefore(p.date())) {
                    if (within(d.date(), from, to)) {
                        inPeriod = true;
                    }
                    disrupted = disrupted == null || d.date().isAfter(disrupted) ? d.date() : disrupted;
                }
            }
            if (j.adoptionOrder() != null && j.adoptivePlacementLeadingToOrder().map(x -> x.familyReference()
                    .equals(reference)).orElse(false)) {
                orders.add(j.adoptionOrder().date().toString());
            }
        }

        List<String> cells() {
            return List.of(reference, String.valueOf(children.size()), String.join(";", authorities),
                    String.join(";", children), text(firstMatch), text(firstPlaced), yn(earlyPermanence),
                    yn(disrupted != null), text(disrupted), String.join(";", orders), "");
        }
    }
}
