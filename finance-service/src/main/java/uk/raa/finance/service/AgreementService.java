package uk.raa.finance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import uk.raa.common.audit.AuditAction;
import uk.raa.common.audit.AuditTrail;
import uk.raa.common.audit.Purpose;
import uk.raa.common.problem.ProblemException;
import uk.raa.common.tenancy.TenantScoped;
import uk.raa.common.write.ETags;
import uk.raa.finance.domain.contribution.AgreementTerms;
import uk.raa.finance.domain.contribution.BoardDecision;
import uk.raa.finance.domain.contribution.BoardDecisionKind;
import uk.raa.finance.domain.contribution.FundingDefaults;
import uk.raa.finance.domain.contribution.FundingKind;
import uk.raa.finance.domain.contribution.GrantAllocation;
import uk.raa.finance.domain.entity.FundingAllocation;
import uk.raa.finance.domain.entity.GapDecision;
import uk.raa.finance.domain.entity.YearAgreement;
import uk.raa.finance.domain.money.Money;
import uk.raa.finance.domain.partnership.AuthorityCode;
import uk.raa.finance.domain.partnership.FinancialYear;
import uk.raa.finance.domain.partnership.Standing;
import uk.raa.finance.repository.AgreementRepository;
import uk.raa.finance.repository.ClosedYearRepository;
import uk.raa.finance.repository.FundingRepository;
import uk.raa.finance.repository.GapDecisionRepository;
import uk.raa.finance.service.ContributionViews.AgreementView;
import uk.raa.finance.service.ContributionViews.DecisionView;
import uk.raa.finance.service.ContributionViews.GrantAllocationView;

/**
 * The year's agreement terms (uplift, agreed baselines), the Board's decisions on joiners' gaps, and grant and
 * transitional funding allocations. Each is refused with 409 once its year is closed.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class AgreementService {

    public static final String TERMS = "agreement-terms";
    public static final String DECISION = "board-decision";
    public static final String GRANT = "grant-allocation";

    private final AgreementRepository agreements;
    private final GapDecisionRepository decisions;
    private final FundingRepository funding;
    private final ClosedYearRepository closedYears;
    private final StatementService statements;
    private final FinanceScope scope;
    private final AuditTrail audit;
    private final Clock clock;

    public AgreementService(AgreementRepository agreements, GapDecisionRepository decisions,
            FundingRepository funding, ClosedYearRepository closedYears, StatementService statements,
            FinanceScope scope, AuditTrail audit, Clock clock) {
        this.agreements = agreements;
        this.decisions = decisions;
        this.funding = funding;
        this.closedYears = closedYears;
        this.statements = statements;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    /** The result of a put: the view and whether the record already existed. */
    public record Saved<T>(T view, boolean existed) {
    }

    public Saved<AgreementView> putTerms(int startYear, BigDecimal uplift, Map<String, BigDecimal> agreedBaselines,
            String ifMatch) {
        String agency = writable(startYear, TERMS);
        Map<AuthorityCode, Money> checked = new TreeMap<>();
        Map<String, BigDecimal> given = agreedBaselines == null ? Map.of() : agreedBaselines;
        given.forEach((member, amount) -> checked.put(FinanceRules.apply(() -> AuthorityCode.of(member)),
                FinanceRules.apply(() -> Money.of(amount))));
        FinanceRules.apply(() -> new AgreementTerms(FinancialYear.of(startYear), checked, uplift));
        var existing = agreements.of(agency, startYear);
        YearAgreement terms = existing.orElseGet(() -> new YearAgreement(UUID.randomUUID(), agency, startYear));
        if (existing.isPresent()) {
            ETags.requireMatch(ifMatch, terms.version());
        }
        Map<String, BigDecimal> stored = new TreeMap<>();
        checked.forEach((k, v) -> stored.put(k.value(), v.amount()));
        terms.apply(uplift == null ? BigDecimal.ZERO : uplift, stored, scope.actor(), clock.instant());
        if (existing.isEmpty()) {
            agreements.persist(terms);
        }
        agreements.flush();
        audit.record(existing.isPresent() ? AuditAction.UPDATE : AuditAction.CREATE, TERMS, terms.id().toString(),
                Purpose.FINANCE);
        return new Saved<>(view(terms), existing.isPresent());
    }

    public AgreementView terms(int startYear) {
        scope.requireAgencyFinanceStaff();
        String agency = scope.agency(TERMS);
        YearAgreement terms = agreements.of(agency, startYear).orElseThrow(() -> ProblemException.notFound(TERMS));
        audit.record(AuditAction.READ, TERMS, terms.id().toString(), Purpose.FINANCE);
        return view(terms);
    }

    /** Records (or, with If-Match, changes) the Board's decision on a joiner's gap for its joining year. */
    public Saved<DecisionView> putDecision(int startYear, String joiner, BoardDecisionKind kind, BigDecimal amount,
            LocalDate decidedOn, String ifMatch) {
        String agency = writable(startYear, DECISION);
        BoardDecision decision = FinanceRules.apply(() -> new BoardDecision(AuthorityCode.of(joiner),
                FinancialYear.of(startYear), kind, amount == null ? null : Money.of(amount)));
        if (statements.standingIn(agency, joiner, startYear) != Standing.JOINER) {
            throw ProblemException.rule("joiner", "board-decision-for-joiner",
                    "a Board decision on a gap can only be recorded for a member in its joining year");
        }
        if (decidedOn.isAfter(LocalDate.now(clock))) {
            throw ProblemException.validation("decidedOn", "not-future", "must not be in the future");
        }
        statements.checkDecisions(agency, startYear, decision, null);
        var existing = decisions.of(agency, joiner, startYear);
        GapDecision stored = existing.orElseGet(() -> new GapDecision(UUID.randomUUID(), agency, joiner, startYear));
        if (existing.isPresent()) {
            ETags.requireMatch(ifMatch, stored.version());
        }
        stored.apply(kind, decision.amount() == null ? null : decision.amount().amount(), decidedOn, scope.actor(),
                clock.instant());
        if (existing.isEmpty()) {
            decisions.persist(stored);
        }
        decisions.flush();
        audit.record(existing.isPresent() ? AuditAction.UPDATE : AuditAction.CREATE, DECISION,
                stored.id().toString(), Purpose.FINANCE);
        return new Saved<>(view(stored), existing.isPresent());
    }

    public List<DecisionView> decisions(int startYear) {
        scope.requireAgencyFinanceStaff();
        String agency = scope.agency(DECISION);
        List<GapDecision> found = decisions.forYear(agency, startYear);
        audit.record(AuditAction.LIST, DECISION, found.stream().map(d -> d.id().toString()).toList(),
                Purpose.FINANCE);
        return found.stream().map(AgreementService::view).toList();
    }

    /**
     * Records how a grant or transitional funding for a joiner is split in a year. The DfE implementation grant's
     * total defaults to £60,000 (seed 002 §5.3) when not given.
     */
    public Saved<GrantAllocationView> putGrant(int startYear, String joiner, FundingKind kind, BigDecimal total,
            BigDecimal toJoiner, BigDecimal toAgency, BigDecimal towardsShortfall, String ifMatch) {
        String agency = writable(startYear, GRANT);
        Money grantTotal = total != null ? FinanceRules.apply(() -> Money.of(total))
                : kind == FundingKind.DFE_IMPLEMENTATION_GRANT ? FundingDefaults.dfeImplementationGrant() : null;
        if (grantTotal == null) {
            throw ProblemException.validation("total", "required", "is required for transitional funding");
        }
        GrantAllocation allocation = FinanceRules.apply(() -> new GrantAllocation(kind, FinancialYear.of(startYear),
                AuthorityCode.of(joiner), grantTotal, Money.of(toJoiner), Money.of(toAgency),
                towardsShortfall == null ? Money.ZERO : Money.of(towardsShortfall)));
        statements.checkDecisions(agency, startYear, null, allocation);
        var existing = funding.of(agency, kind, startYear, joiner);
        FundingAllocation stored = existing.orElseGet(() -> new FundingAllocation(UUID.randomUUID(), agency, kind,
                startYear, joiner));
        if (existing.isPresent()) {
            ETags.requireMatch(ifMatch, stored.version());
        }
        stored.apply(allocation, scope.actor(), clock.instant());
        if (existing.isEmpty()) {
            funding.persist(stored);
        }
        funding.flush();
        audit.record(existing.isPresent() ? AuditAction.UPDATE : AuditAction.CREATE, GRANT, stored.id().toString(),
                Purpose.FINANCE);
        return new Saved<>(view(stored), existing.isPresent());
    }

    public List<GrantAllocationView> grants(int startYear) {
        scope.requireAgencyFinanceStaff();
        String agency = scope.agency(GRANT);
        List<FundingAllocation> found = funding.forYear(agency, startYear);
        audit.record(AuditAction.LIST, GRANT, found.stream().map(g -> g.id().toString()).toList(), Purpose.FINANCE);
        return found.stream().map(AgreementService::view).toList();
    }

    private String writable(int startYear, String recordType) {
        scope.requireAgencyFinanceStaff();
        String agency = scope.agency(recordType);
        FinanceRules.apply(() -> FinancialYear.of(startYear));
        if (closedYears.isClosed(agency, startYear)) {
            throw FinanceRules.lockedYear(startYear);
        }
        return agency;
    }

    private static AgreementView view(YearAgreement a) {
        Map<String, String> agreed = new TreeMap<>();
        a.agreedBaselines().forEach((k, v) -> agreed.put(k, Money.of(v).toString()));
        return new AgreementView(a.year(), a.uplift(), agreed, a.version());
    }

    private static DecisionView view(GapDecision d) {
        return new DecisionView(d.joiner(), d.year(), d.kind(), d.amount() == null ? null : Money.of(d.amount())
                .toString(), d.decidedOn(), d.version());
    }

    private static GrantAllocationView view(FundingAllocation f) {
        GrantAllocation g = f.toDomain();
        return new GrantAllocationView(g.kind(), g.year().startYear(), g.joiner().value(), g.total().toString(),
                g.toJoiner().toString(), g.toAgency().toString(), g.towardsShortfall().toString(), f.version());
    }
}
