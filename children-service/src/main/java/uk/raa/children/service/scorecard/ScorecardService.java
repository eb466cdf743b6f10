package uk.raa.children.service.scorecard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import uk.raa.children.client.AdopterIndicators;
import uk.raa.children.client.AdopterIndicatorsClient;
import uk.raa.children.domain.journey.JourneyAsAt;
import uk.raa.children.domain.journey.JourneyStatus;
import uk.raa.children.domain.scorecard.AgencyMembership;
import uk.raa.children.domain.scorecard.DaysFigure;
import uk.raa.children.domain.scorecard.DisclosureControl;
import uk.raa.children.domain.scorecard.DisclosureRules;
import uk.raa.children.domain.scorecard.MembershipPeriod;
import uk.raa.children.domain.scorecard.PublishedWithinThreshold;
import uk.raa.children.domain.scorecard.ScorecardCalculator;
import uk.raa.children.domain.scorecard.ScorecardChild;
import uk.raa.children.domain.scorecard.ScorecardIndicator;
import uk.raa.children.domain.scorecard.ScorecardPeriod;
import uk.raa.children.domain.scorecard.ScorecardRuleViolation;
import uk.raa.children.domain.scorecard.ScorecardScope;
import uk.raa.children.domain.scorecard.WithinThresholdFigure;
import uk.raa.children.repository.scorecard.ScorecardStore;
import uk.raa.common.audit.AuditAction;
import uk.raa.common.audit.AuditTrail;
import uk.raa.common.audit.Purpose;
import uk.raa.common.problem.ProblemException;
import uk.raa.common.tenancy.ScopeContext;
import uk.raa.common.tenancy.TenantScope;
import uk.raa.common.tenancy.TenantScoped;

/**
 * The adoption scorecard and its drill-down, computed by the domain's ScorecardCalculator over journeys rebuilt as
 * at one time. A council sees only its own authority; agency staff see every authority in scope and the agency-wide
 * figure, which counts an authority only for the financial years it was a member. Every export is audited.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class ScorecardService {

    private static final Set<JourneyStatus> WAITING = Set.of(JourneyStatus.WAITING, JourneyStatus.MATCHED);

    private final JourneySnapshots snapshots;
    private final ScorecardStore store;
    private final ScorecardThresholdService thresholds;
    private final AdopterIndicatorsClient adopters;
    private final ScopeContext scopes;
    private final AuditTrail audit;
    private final ScorecardConfig config;
    private final Clock clock;

    public ScorecardService(JourneySnapshots snapshots, ScorecardStore store, ScorecardThresholdService thresholds,
            AdopterIndicatorsClient adopters, ScopeContext scopes, AuditTrail audit, ScorecardConfig config,
            Clock clock) {
        this.snapshots = snapshots;
        this.store = store;
        this.thresholds = thresholds;
        this.adopters = adopters;
        this.scopes = scopes;
        this.audit = audit;
        this.config = config;
        this.clock = clock;
    }

    /** The as-at time asked for, or now; never in the future. */
    public Instant asAt(Instant requested) {
        Instant now = clock.instant();
        if (requested == null) {
            return now;
        }
        if (requested.isAfter(now)) {
            throw ProblemException.validation("asAt", "not-future", "asAt must not be in the future");
        }
        return requested;
    }

    /** Loads everything an export needs, as at {@code asAt}, for every authority in the caller's scope. */
    public ScorecardData load(TenantScope scope, Instant asAt) {
        return load(scope, asAt, false);
    }

    /** @param latest no earlier time was asked for: {@code asAt} is now (see {@link JourneySnapshots}) */
    ScorecardData load(TenantScope scope, Instant asAt, boolean latest) {
        List<ChildAtTime> children = snapshots.asAt(scope.authorities(), asAt, latest);
        List<ScorecardInputs.Input> inputs = children.stream().map(ScorecardInputs::of).flatMap(Optional::stream)
                .toList();
        AgencyMembership membership = membership(scope);
        ThresholdTable table = thresholds.asAt(asAt);
        List<ScorecardChild> scorecardChildren = inputs.stream().filter(i -> i.scorecardChild() != null)
                .map(ScorecardInputs.Input::scorecardChild).toList();
        ScorecardCalculator calculator = new ScorecardCalculator(scorecardChildren, membership, table.toDomain());
        Map<String, ScorecardStoreNames.Authority> names = new HashMap<>();
        store.authorities().forEach(a -> names.put(a.code(), new ScorecardStoreNames.Authority(a.code(),
                a.laNumber(), a.name())));
        return ScorecardData.of(asAt, children, inputs, membership, table, calculator, names);
    }

    /** The authorities whose rows the caller asked for: its own, or (agency staff) one or all in scope. */
    public List<String> reportedAuthorities(TenantScope scope, String authority) {
        if (authority != null && !scope.covers(authority)) {
            throw ProblemException.notFound("authority");
        }
        if (authority != null) {
            return List.of(authority);
        }
        return List.copyOf(new TreeSet<>(scope.authorities()));
    }

    public ScorecardReport scorecard(int periodYear, String authority, Instant requestedAsAt, String authorization) {
        TenantScope scope = scopes.current();
        Instant asAt = asAt(requestedAsAt);
        List<String> reported = reportedAuthorities(scope, authority);
        ScorecardData data = load(scope, asAt, requestedAsAt == null);
        ScorecardPeriod one = period(periodYear, 1);
        ScorecardPeriod three = period(periodYear, 3);

        List<ScorecardScope> scopesInTable = new ArrayList<>();
        new TreeSet<>(scope.authorities()).forEach(a -> scopesInTable.add(ScorecardScope.authority(a)));
        boolean agencyRow = scope.isAgencyStaff() && authority == null;
        if (scope.isAgencyStaff()) {
            scopesInTable.add(ScorecardScope.agency(scope.agency()));
        }
        Map<String, PublishedWithinThreshold> a3 = publishA3(data, scopesInTable, List.of(one.previous(), one,
                three.previous(), three));

        LocalDate asAtDate = LocalDate.ofInstant(asAt, ZoneOffset.UTC);
        LocalDate indicatorsDate = ScorecardReport.snapshotDate(one.endDate(), asAtDate);
        List<String> missing = new ArrayList<>();
        AdopterIndicators indicators;
        if (!scope.isAgencyStaff()) {
            indicators = AdopterIndicators.unavailable(indicatorsDate,
                    "adopter indicators are agency-owned and shown to agency staff only");
        } else {
            indicators = adopters.indicators(indicatorsDate, three.previous().firstYear(), authorization);
        }
        if (!indicators.available()) {
            missing.add("A11, A12, A13: " + indicators.reason());
        }
        if (data.thresholds().toDomain().applicableTo(one).isEmpty()) {
            missing.add("A3 " + one.label() + ": no threshold applies to this period");
        }
        if (data.thresholds().toDomain().applicableTo(three).isEmpty()) {
            missing.add("A3 " + three.label() + ": no threshold applies to this period");
        }

        List<ScorecardReport.Row> rows = new ArrayList<>();
        for (String code : reported) {
            ScorecardScope s = ScorecardScope.authority(code);
            ScorecardStoreNames.Authority name = data.authorityNames().get(code);
            rows.add(new ScorecardReport.Row("AUTHORITY", code, name == null ? null : name.laNumber(),
                    name == null ? code : name.name(), figures(data, s, one, a3, indicators, asAtDate),
                    figures(data, s, three, a3, indicators, asAtDate)));
        }
        if (agencyRow) {
            ScorecardScope s = ScorecardScope.agency(scope.agency());
            rows.add(new ScorecardReport.Row("AGENCY", scope.agency(), null, scope.agency().toUpperCase(),
                    figures(data, s, one, a3, indicators, asAtDate), figures(data, s, three, a3, indicators, asAtDate)));
        }
        auditExport(data, reported, agencyRow, scope, Purpose.REPORTING);
        return new ScorecardReport(scope.agency(), one.label(), three.label(), asAt, clock.instant(),
                data.thresholds().version(), config.disclosure().maxSuppressedNumerator(),
                config.disclosure().maxSuppressedDenominator(), config.membershipYear().name(), rows, missing);
    }

    /** The children and dates behind one figure, by the authority's own reference. */
    public DrillDown drillDown(ScorecardIndicator indicator, int periodYear, int years, String authority,
                               Instant requestedAsAt) {
        TenantScope scope = scopes.current();
        Instant asAt = asAt(requestedAsAt);
        ScorecardScope target;
        if (authority != null) {
            reportedAuthorities(scope, authority);
            target = ScorecardScope.authority(authority);
        } else if (scope.isAgencyStaff()) {
            target = ScorecardScope.agency(scope.agency());
        } else {
            target = ScorecardScope.authority(scope.authority());
        }
        ScorecardData data = load(scope, asAt, requestedAsAt == null);
        ScorecardPeriod period = period(periodYear, years);
        DrillDown result;
        try {
            result = DrillDown.of(indicator, target, period, data);
        } catch (ScorecardRuleViolation e) {
            throw ProblemException.rule(e.field(), e.rule(), e.getMessage());
        }
        Map<String, UUID> ids = new HashMap<>();
        data.children().forEach(c -> ids.put(c.authority() + "\u0000" + c.reference(), c.id()));
        List<String> named = new ArrayList<>();
        result.referencedChildren().forEach(key -> Optional.ofNullable(ids.get(key)).ifPresent(id ->
                named.add(id.toString())));
        audit.record(AuditAction.EXPORT, "child", named, Purpose.REPORTING);
        return result;
    }

    static ScorecardPeriod period(int periodYear, int years) {
        try {
            return years == 1 ? ScorecardPeriod.oneYear(periodYear) : ScorecardPeriod.threeYears(periodYear - 2);
        } catch (ScorecardRuleViolation e) {
            throw ProblemException.validation("period", e.rule(), e.getMessage());
        }
    }

    private ScorecardReport.Figures figures(ScorecardData data, ScorecardScope scope, ScorecardPeriod period,
            Map<String, PublishedWithinThreshold> a3, AdopterIndicators indicators, LocalDate asAtDate) {
        ScorecardCalculator calc = data.calculator();
        ScorecardReport.Count adopted = count(adopted(data, scope, period), adopted(data, scope, period.previous()));
        LocalDate snapshot = ScorecardReport.snapshotDate(period.endDate(), asAtDate);
        LocalDate previousSnapshot = ScorecardReport.snapshotDate(period.previous().endDate(), asAtDate);
        ScorecardReport.Count waiting = count(waiting(data, scope, snapshot), waiting(data, scope, previousSnapshot));
        ScorecardReport.Count reversed = count(reversed(data, scope, period), reversed(data, scope, period.previous()));
        int gaps = (int) data.inputsOf(scope).stream().filter(i -> i.gap() != null)
                .filter(i -> period.contains(i.gap().adoptionOrderDate()))
                .filter(i -> data.counts(scope, i.gap().authority(),
                        ScorecardPeriod.financialYearOf(i.gap().adoptionOrderDate())))
                .count();

        PublishedWithinThreshold cell = a3.get(key(scope, period));
        ScorecardReport.WithinThreshold within = cell == null
                ? new ScorecardReport.WithinThreshold(null, 0, null, null, null, null)
                : new ScorecardReport.WithinThreshold(cell.thresholdMonths(), cell.children(), cell.status(),
                        cell.withinThreshold().isPresent() ? cell.withinThreshold().getAsInt() : null,
                        cell.percentage().orElse(null), cell.direction());

        String area = scope.isAgency() ? null : scope.code();
        ScorecardReport.Count a11 = optionalCount(indicators.a11(area));
        ScorecardReport.Count a13 = optionalCount(indicators.a13(area));
        ScorecardReport.Proportion a12 = indicators.a12(area,
                        period.financialYears().stream().map(ScorecardPeriod::label).toList())
                .map(p -> new ScorecardReport.Proportion(p[0], p[1], AdopterIndicators.percent(p[0], p[1])))
                .orElse(new ScorecardReport.Proportion(null, null, null));
        return new ScorecardReport.Figures(period.label(), adopted, days(calc.days(ScorecardIndicator.A1, scope, period)),
                days(calc.days(ScorecardIndicator.A10, scope, period)),
                days(calc.days(ScorecardIndicator.A2, scope, period)), within, waiting, reversed, a11, a12, a13, gaps);
    }

    private static ScorecardReport.Days days(DaysFigure f) {
        Integer mean = f.meanDays().isPresent() ? f.meanDays().getAsInt() : null;
        Integer change = f.changeFromPrevious().isPresent() ? f.changeFromPrevious().getAsInt() : null;
        return new ScorecardReport.Days(f.children(), mean,
                f.thresholdDays().isPresent() ? f.thresholdDays().getAsInt() : null,
                f.distanceToThreshold().isPresent() ? f.distanceToThreshold().getAsInt() : null,
                mean != null && change != null ? mean - change : null, change, f.direction());
    }

    private static ScorecardReport.Count count(int value, int previous) {
        return new ScorecardReport.Count(value, previous, value - previous);
    }

    private static ScorecardReport.Count optionalCount(OptionalInt value) {
        return new ScorecardReport.Count(value.isPresent() ? value.getAsInt() : null, null, null);
    }

    private static int adopted(ScorecardData data, ScorecardScope scope, ScorecardPeriod period) {
        return (int) data.childrenOf(scope).stream()
                .filter(c -> c.journey().adoptionOrder() != null)
                .filter(c -> period.contains(c.journey().adoptionOrder().date()))
                .filter(c -> data.counts(scope, c.authority(),
                        ScorecardPeriod.financialYearOf(c.journey().adoptionOrder().date())))
                .count();
    }

    /** Children with an adoption plan not yet placed (waiting or matched) on the day, from their journey then. */
    private static int waiting(ScorecardData data, ScorecardScope scope, LocalDate day) {
        ScorecardPeriod year = ScorecardPeriod.financialYearOf(day);
        return (int) data.childrenOf(scope).stream()
                .filter(c -> data.counts(scope, c.authority(), year))
                .filter(c -> WAITING.contains(JourneyAsAt.status(JourneyAsAt.truncate(c.journey(), day))))
                .count();
    }

    private static int reversed(ScorecardData data, ScorecardScope scope, ScorecardPeriod period) {
        return (int) data.childrenOf(scope).stream()
                .filter(c -> c.journey().decisionReversed() != null)
                .filter(c -> period.contains(c.journey().decisionReversed().date()))
                .filter(c -> data.counts(scope, c.authority(),
                        ScorecardPeriod.financialYearOf(c.journey().decisionReversed().date())))
                .count();
    }

    /**
     * A3 for every authority in scope and the agency over the periods shown and the ones before them (for the
     * direction), suppressed together so that no withheld count can be worked out from the rest of the table.
     */
    private Map<String, PublishedWithinThreshold> publishA3(ScorecardData data, List<ScorecardScope> scopesInTable,
                                                            List<ScorecardPeriod> periods) {
        List<WithinThresholdFigure> table = new ArrayList<>();
        for (ScorecardPeriod period : periods) {
            if (data.thresholds().toDomain().applicableTo(period).isEmpty()) {
                continue;
            }
            for (ScorecardScope s : scopesInTable) {
                table.add(data.calculator().withinThreshold(s, period));
            }
        }
        DisclosureControl control = new DisclosureControl(new DisclosureRules(
                config.disclosure().maxSuppressedNumerator(), config.disclosure().maxSuppressedDenominator()),
                data.membership());
        Map<String, PublishedWithinThreshold> out = new LinkedHashMap<>();
        for (PublishedWithinThreshold cell : control.publish(table)) {
            out.put(key(cell.scope(), cell.period()), cell);
        }
        return out;
    }

    private static String key(ScorecardScope scope, ScorecardPeriod period) {
        return scope.kind() + ":" + scope.code() + ":" + period.label();
    }

    /** The agency's membership in financial years, from the membership projection and the part-year rule. */
    AgencyMembership membership(TenantScope scope) {
        String agency = scope.agency() == null ? "none" : scope.agency();
        if (!scope.isAgencyStaff()) {
            // A council's export has no agency row; its own rows do not depend on membership.
            return new AgencyMembership(agency, List.of());
        }
        MembershipYearRule rule = config.membershipYear();
        List<MembershipPeriod> periods = new ArrayList<>();
        for (ScorecardStore.MembershipRow row : store.membership(agency)) {
            ScorecardPeriod firstYear = ScorecardPeriod.financialYearOf(row.from());
            int first = rule.counts(row.from(), row.to(), firstYear) ? firstYear.firstYear() : firstYear.firstYear() + 1;
            Integer last = null;
            if (row.to() != null) {
                ScorecardPeriod lastYear = ScorecardPeriod.financialYearOf(row.to());
                last = rule.counts(row.from(), row.to(), lastYear) ? lastYear.firstYear() : lastYear.firstYear() - 1;
            }
            if (last == null || last >= first) {
                periods.add(new MembershipPeriod(row.authority(), first, last));
            }
        }
        return new AgencyMembership(agency, periods);
    }

    private void auditExport(ScorecardData data, List<String> reported, boolean agencyRow, TenantScope scope,
                             Purpose purpose) {
        Set<String> reportedCodes = Set.copyOf(reported);
        List<String> ids = data.children().stream()
                .filter(c -> agencyRow || reportedCodes.contains(c.authority()))
                .map(c -> c.id().toString()).toList();
        audit.record(AuditAction.EXPORT, "child", ids, purpose);
    }
}
