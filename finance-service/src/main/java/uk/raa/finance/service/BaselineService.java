package uk.raa.finance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import uk.raa.common.audit.AuditAction;
import uk.raa.common.audit.AuditTrail;
import uk.raa.common.audit.Purpose;
import uk.raa.common.problem.ProblemException;
import uk.raa.common.write.ETags;
import uk.raa.common.tenancy.TenantScoped;
import uk.raa.finance.domain.contribution.Baseline;
import uk.raa.finance.domain.contribution.UnitCost;
import uk.raa.finance.domain.entity.MemberBaseline;
import uk.raa.finance.domain.entity.MembershipVariation;
import uk.raa.finance.domain.money.Money;
import uk.raa.finance.domain.partnership.AuthorityCode;
import uk.raa.finance.domain.partnership.FinancialYear;
import uk.raa.finance.domain.partnership.MembershipPeriod;
import uk.raa.finance.domain.partnership.Partnership;
import uk.raa.finance.repository.BaselineRepository;
import uk.raa.finance.repository.ClosedYearRepository;
import uk.raa.finance.repository.VariationRepository;
import uk.raa.finance.service.ContributionViews.BaselineView;
import uk.raa.finance.service.ContributionViews.BaselinesView;

/** Members' in-scope spend and adoptions per financial year, their unit costs and the agency average. */
@ApplicationScoped
@Transactional
@TenantScoped
public class BaselineService {

    public static final String BASELINE = "baseline";

    private final BaselineRepository baselines;
    private final VariationRepository variations;
    private final ClosedYearRepository closedYears;
    private final PartnershipService partnership;
    private final FinanceScope scope;
    private final AuditTrail audit;
    private final Clock clock;

    public BaselineService(BaselineRepository baselines, VariationRepository variations,
            ClosedYearRepository closedYears, PartnershipService partnership, FinanceScope scope, AuditTrail audit,
            Clock clock) {
        this.baselines = baselines;
        this.variations = variations;
        this.closedYears = closedYears;
        this.partnership = partnership;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    /** The result of a put: the baseline and whether it already existed. */
    public record Saved(BaselineView baseline, boolean existed) {
    }

    /**
     * Creates a member's baseline for a year, or updates it when If-Match names the current version. Zero adoptions
     * is refused: a baseline exists to give a unit cost, and with no adoptions there is none (422).
     */
    public Saved put(int startYear, String authority, BigDecimal inScopeSpend, int adoptions, String ifMatch) {
        scope.requireAgencyFinanceStaff();
        String agency = scope.agency(BASELINE);
        FinancialYear year = FinanceRules.apply(() -> FinancialYear.of(startYear));
        AuthorityCode member = FinanceRules.apply(() -> AuthorityCode.of(authority));
        Baseline checked = FinanceRules.apply(() -> new Baseline(member, year, Money.of(inScopeSpend), adoptions));
        FinanceRules.apply(checked::unitCost);
        // A baseline is the baseline-year figure of the next year's statement: locked once that year is closed.
        if (closedYears.isClosed(agency, startYear + 1)) {
            throw FinanceRules.lockedYear(startYear + 1);
        }
        Partnership current = partnership.current(agency);
        boolean proposedJoiner = variations.openFor(agency, authority)
                .filter(v -> v.kind() == MembershipVariation.Kind.JOIN).isPresent();
        if (current.membershipOf(member).isEmpty() && !proposedJoiner) {
            throw ProblemException.rule("authority", "baseline-for-member-or-proposed-joiner",
                    "baselines are kept for members and for authorities with a proposed Deed of Variation to join");
        }
        var existing = baselines.of(agency, authority, startYear);
        MemberBaseline baseline;
        if (existing.isPresent()) {
            baseline = existing.get();
            ETags.requireMatch(ifMatch, baseline.version());
            baseline.apply(checked.inScopeSpend().amount(), adoptions, scope.actor(), clock.instant());
            baselines.flush();
            audit.record(AuditAction.UPDATE, BASELINE, baseline.id().toString(), Purpose.FINANCE);
        } else {
            baseline = new MemberBaseline(UUID.randomUUID(), agency, authority, startYear);
            baseline.apply(checked.inScopeSpend().amount(), adoptions, scope.actor(), clock.instant());
            baselines.persist(baseline);
            baselines.flush();
            audit.record(AuditAction.CREATE, BASELINE, baseline.id().toString(), Purpose.FINANCE);
        }
        return new Saved(view(baseline), existing.isPresent());
    }

    public BaselineView get(int startYear, String authority) {
        String agency = scope.agency(BASELINE);
        if (!scope.maySee(authority)) {
            throw ProblemException.notFound(BASELINE);
        }
        MemberBaseline baseline = baselines.of(agency, authority, startYear)
                .orElseThrow(() -> ProblemException.notFound(BASELINE));
        audit.record(AuditAction.READ, BASELINE, baseline.id().toString(), Purpose.FINANCE);
        return view(baseline);
    }

    /**
     * A year's baselines. Agency staff see every member's and the agency average; a partner sees its own only
     * (the average is computed from the other members' figures).
     */
    public BaselinesView list(int startYear) {
        String agency = scope.agency(BASELINE);
        FinancialYear year = FinanceRules.apply(() -> FinancialYear.of(startYear));
        boolean all = scope.seesWholeAgency();
        List<MemberBaseline> found = baselines.forAgency(agency, startYear, all ? null : scope.ownAuthority());
        audit.record(AuditAction.LIST, BASELINE, found.stream().map(b -> b.id().toString()).toList(),
                Purpose.FINANCE);
        List<BaselineView> views = found.stream().map(BaselineService::view).toList();
        if (!all) {
            return new BaselinesView(startYear, year.label(), views, List.of(), null, null);
        }
        // The members whose figures form the average for a joiner in the following year.
        Partnership current = partnership.current(agency);
        List<String> averageOf = current.memberships().stream()
                .filter(p -> p.from().isBefore(year.next().start()) && p.overlaps(year.next()))
                .map(MembershipPeriod::member).map(AuthorityCode::value).sorted().toList();
        List<Baseline> theirs = found.stream().filter(b -> averageOf.contains(b.authority()))
                .map(MemberBaseline::toDomain).toList();
        if (averageOf.isEmpty() || theirs.size() < averageOf.size()) {
            return new BaselinesView(startYear, year.label(), views, averageOf, null, null);
        }
        UnitCost average = FinanceRules.apply(() -> UnitCost.weightedAverage(theirs));
        return new BaselinesView(startYear, year.label(), views, averageOf, average.forDisplay().toString(),
                average.value().toPlainString());
    }

    static BaselineView view(MemberBaseline b) {
        Baseline domain = b.toDomain();
        UnitCost unitCost = domain.adoptions() > 0 ? domain.unitCost() : null;
        return new BaselineView(b.id(), b.authority(), b.year(), FinancialYear.of(b.year()).label(),
                domain.inScopeSpend().toString(), b.adoptions(),
                unitCost == null ? null : unitCost.forDisplay().toString(),
                unitCost == null ? null : unitCost.value().toPlainString(), b.version());
    }
}
