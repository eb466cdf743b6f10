package uk.raa.finance.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import uk.raa.common.audit.AuditAction;
import uk.raa.common.audit.AuditTrail;
import uk.raa.common.audit.Purpose;
import uk.raa.common.problem.ProblemException;
import uk.raa.common.tenancy.TenantScoped;
import uk.raa.finance.domain.contribution.AdverseImpact;
import uk.raa.finance.domain.contribution.AgreementTerms;
import uk.raa.finance.domain.contribution.Baseline;
import uk.raa.finance.domain.contribution.BoardDecision;
import uk.raa.finance.domain.contribution.GrantAllocation;
import uk.raa.finance.domain.contribution.JoinerAssessment;
import uk.raa.finance.domain.entity.Adjustment;
import uk.raa.finance.domain.entity.FeeLedgerEntry;
import uk.raa.finance.domain.entity.FundingAllocation;
import uk.raa.finance.domain.entity.GapDecision;
import uk.raa.finance.domain.entity.MemberBaseline;
import uk.raa.finance.domain.entity.YearAgreement;
import uk.raa.finance.domain.fees.FeeSchedule;
import uk.raa.finance.domain.fees.InterAgencyClassification;
import uk.raa.finance.domain.money.Money;
import uk.raa.finance.domain.partnership.AuthorityCode;
import uk.raa.finance.domain.partnership.FinancialYear;
import uk.raa.finance.domain.partnership.MembershipPeriod;
import uk.raa.finance.domain.partnership.Partnership;
import uk.raa.finance.domain.partnership.Standing;
import uk.raa.finance.domain.statement.MemberStatement;
import uk.raa.finance.domain.statement.StatementCalculator;
import uk.raa.finance.domain.statement.YearStatement;
import uk.raa.finance.repository.AdjustmentRepository;
import uk.raa.finance.repository.AgreementRepository;
import uk.raa.finance.repository.BaselineRepository;
import uk.raa.finance.repository.ClosedYearRepository;
import uk.raa.finance.repository.FeeLedgerRepository;
import uk.raa.finance.repository.FundingRepository;
import uk.raa.finance.repository.GapDecisionRepository;
import uk.raa.finance.service.StatementViews.AdjustmentView;
import uk.raa.finance.service.StatementViews.AdverseImpactView;
import uk.raa.finance.service.StatementViews.AgencyTotalsView;
import uk.raa.finance.service.StatementViews.AllocationView;
import uk.raa.finance.service.StatementViews.GrantView;
import uk.raa.finance.service.StatementViews.ImpactShareView;
import uk.raa.finance.service.StatementViews.JoinerView;
import uk.raa.finance.service.StatementViews.MemberStatementView;
import uk.raa.finance.service.StatementViews.MemberView;
import uk.raa.finance.service.StatementViews.StatementStatus;
import uk.raa.finance.service.StatementViews.StatementView;

/**
 * Contributions and statements per financial year (DOMAIN.md §7), the what-if for a hypothetical joiner, and the
 * year-end close. The arithmetic is the domain's {@link StatementCalculator}; this class gathers its inputs,
 * adds the fee ledger and adjustments, and keeps closed years exactly as agreed.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class StatementService {

    public static final String STATEMENT = "statement";

    private final PartnershipService partnership;
    private final BaselineRepository baselines;
    private final AgreementRepository agreements;
    private final GapDecisionRepository decisions;
    private final FundingRepository funding;
    private final FeeLedgerRepository ledger;
    private final AdjustmentRepository adjustments;
    private final ClosedYearRepository closedYears;
    private final FinanceScope scope;
    private final AuditTrail audit;
    private final ObjectMapper json;
    private final java.time.Clock clock;

    public StatementService(PartnershipService partnership, BaselineRepository baselines,
            AgreementRepository agreements, GapDecisionRepository decisions, FundingRepository funding,
            FeeLedgerRepository ledger, AdjustmentRepository adjustments, ClosedYearRepository closedYears,
            FinanceScope scope, AuditTrail audit, ObjectMapper json, java.time.Clock clock) {
        this.partnership = partnership;
        this.baselines = baselines;
        this.agreements = agreements;
        this.decisions = decisions;
        this.funding = funding;
        this.ledger = ledger;
        this.adjustments = adjustments;
        this.closedYears = closedYears;
        this.scope = scope;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /** Everything the rules need for one year, before any hypothetical change. */
    record YearInputs(Partnership partnership, List<Baseline> baselines, AgreementTerms terms,
            List<BoardDecision> decisions, List<GrantAllocation> grants) {
    }

    /** The whole agency's statement for a year: managers and finance staff only. */
    public StatementView agencyStatement(int startYear) {
        if (!scope.seesWholeAgency()) {
            throw ProblemException.forbidden("The agency's statement is for its managers and finance staff.");
        }
        String agency = scope.agency(STATEMENT);
        StatementView view = statementFor(agency, startYear);
        audit.record(AuditAction.READ, STATEMENT, view.members().stream()
                .map(m -> statementId(agency, startYear, m.authority())).toList(), Purpose.FINANCE);
        return view;
    }

    /** One member's statement. A partner asking for another authority's gets the same 404 as a non-member's. */
    public MemberStatementView memberStatement(int startYear, String authority) {
        String agency = scope.agency(STATEMENT);
        if (!scope.maySee(authority)) {
            throw ProblemException.notFound(STATEMENT);
        }
        StatementView all = statementFor(agency, startYear);
        MemberView member = all.members().stream().filter(m -> m.authority().equals(authority)).findFirst()
                .orElseThrow(() -> ProblemException.notFound(STATEMENT));
        List<ImpactShareView> shares = all.adverseImpacts().stream()
                .flatMap(i -> i.allocation().stream().filter(a -> a.member().equals(authority))
                        .map(a -> new ImpactShareView(i.joiner(), i.amount(), a.share())))
                .toList();
        audit.record(AuditAction.READ, STATEMENT, statementId(agency, startYear, authority), Purpose.FINANCE);
        return new MemberStatementView(all.agency(), all.year(), all.label(), all.status(), all.closedAt(), member,
                shares, all.adjustments().stream().filter(a -> a.authority().equals(authority)).toList());
    }

    /** A hypothetical joiner. */
    public record WhatIf(String authority, BigDecimal inScopeSpend, int adoptions, LocalDate joinDate,
            BoardDecision decision) {
    }

    /**
     * Every member's contribution, the gap and the adverse impact if the given authority joined on the given date
     * with the given baseline. Nothing is written except the audit row for reading the agency's figures.
     */
    public StatementView whatIf(WhatIf hypothesis) {
        scope.requireAgencyFinanceStaff();
        String agency = scope.agency(STATEMENT);
        FinancialYear year = FinancialYear.containing(hypothesis.joinDate());
        AuthorityCode joiner = FinanceRules.apply(() -> AuthorityCode.of(hypothesis.authority()));
        YearInputs actual = inputs(agency, year);
        List<MembershipPeriod> periods = new ArrayList<>(actual.partnership().memberships().stream()
                .filter(p -> !p.member().equals(joiner)).toList());
        periods.add(FinanceRules.apply(() -> MembershipPeriod.open(joiner, hypothesis.joinDate())));
        List<Baseline> hypotheticalBaselines = new ArrayList<>(actual.baselines().stream()
                .filter(b -> !(b.member().equals(joiner) && b.year().equals(year.previous()))).toList());
        hypotheticalBaselines.add(FinanceRules.apply(() -> new Baseline(joiner, year.previous(),
                Money.of(hypothesis.inScopeSpend()), hypothesis.adoptions())));
        FinanceRules.apply(() -> hypotheticalBaselines.get(hypotheticalBaselines.size() - 1).unitCost());
        List<BoardDecision> hypotheticalDecisions = new ArrayList<>(actual.decisions().stream()
                .filter(d -> !d.joiner().equals(joiner)).toList());
        if (hypothesis.decision() != null) {
            hypotheticalDecisions.add(hypothesis.decision());
        }
        YearInputs inputs = FinanceRules.apply(() -> new YearInputs(new Partnership(agency, periods),
                hypotheticalBaselines, termsFor(agency, year, new Partnership(agency, periods), hypotheticalBaselines),
                hypotheticalDecisions, actual.grants()));
        StatementView view = render(agency, year, inputs, StatementStatus.WHAT_IF, null, List.of(), List.of());
        audit.record(AuditAction.READ, STATEMENT, view.members().stream()
                .map(m -> statementId(agency, year.startYear(), m.authority())).toList(), Purpose.FINANCE);
        return view;
    }

    /** Locks a year: its statement as computed now is stored and is what every later read returns. */
    public StatementView close(int startYear) {
        scope.requireAgencyFinanceStaff();
        String agency = scope.agency(STATEMENT);
        if (closedYears.isClosed(agency, startYear)) {
            throw ProblemException.conflict("Financial year " + FinancialYear.of(startYear).label()
                    + " is already closed.");
        }
        StatementView open = statementFor(agency, startYear);
        if (open.totals().awaitingBoardDecisions() > 0) {
            throw ProblemException.conflict("A joiner's gap is awaiting a Board decision; record it before closing.");
        }
        Instant now = clock.instant();
        StatementView closed = new StatementView(open.agency(), open.year(), open.label(), StatementStatus.CLOSED, now,
                open.totals(), open.members(), open.adverseImpacts(), open.grants(), open.adjustments());
        closedYears.close(agency, startYear, now, scope.actor(), toJson(closed));
        audit.record(AuditAction.UPDATE, STATEMENT, closed.members().stream()
                .map(m -> statementId(agency, startYear, m.authority())).toList(), Purpose.FINANCE);
        return closed;
    }

    /** A correction to a closed year, posted in the first open year after it. */
    public AdjustmentView postAdjustment(String authority, int relatesToYear, BigDecimal amount, String reason) {
        scope.requireAgencyFinanceStaff();
        String agency = scope.agency(STATEMENT);
        FinanceRules.apply(() -> AuthorityCode.of(authority));
        if (!closedYears.isClosed(agency, relatesToYear)) {
            throw ProblemException.conflict("Financial year " + FinancialYear.of(relatesToYear).label()
                    + " is open: correct its inputs instead of posting an adjustment.");
        }
        int postedIn = nextOpenYear(agency, relatesToYear);
        Money money = FinanceRules.apply(() -> Money.of(amount));
        Adjustment adjustment = new Adjustment(java.util.UUID.randomUUID(), agency, authority, postedIn,
                relatesToYear, money.amount(), reason, scope.actor(), clock.instant());
        adjustments.persist(adjustment);
        audit.record(AuditAction.CREATE, "adjustment", adjustment.id().toString(), Purpose.FINANCE);
        return adjustmentView(adjustment);
    }

    /** The first year after the given one that is not closed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int nextOpenYear(String agency, int afterYear) {
        int year = afterYear + 1;
        while (closedYears.isClosed(agency, year)) {
            year++;
        }
        return year;
    }

    private StatementView statementFor(String agency, int startYear) {
        Optional<ClosedYearRepository.ClosedYear> closed = closedYears.find(agency, startYear);
        if (closed.isPresent()) {
            return fromJson(closed.get().statementJson());
        }
        FinancialYear year = FinanceRules.apply(() -> FinancialYear.of(startYear));
        YearInputs inputs = inputs(agency, year);
        if (inputs.partnership().membershipsDuring(year).isEmpty()) {
            throw ProblemException.notFound(STATEMENT);
        }
        return render(agency, year, inputs, StatementStatus.OPEN, null,
                ledger.forYear(agency, startYear, null), adjustments.postedIn(agency, startYear));
    }

    /** The stored inputs for a year: effective memberships, baselines of the year before, terms, decisions, grants. */
    YearInputs inputs(String agency, FinancialYear year) {
        Partnership current = partnership.current(agency);
        List<Baseline> baselineYear = FinanceRules.apply(() -> baselines
                .forAgency(agency, year.previous().startYear(), null).stream().map(MemberBaseline::toDomain)
                .toList());
        List<BoardDecision> yearDecisions = FinanceRules.apply(() -> decisions.forYear(agency, year.startYear())
                .stream().map(GapDecision::toDomain).toList());
        List<GrantAllocation> grants = FinanceRules.apply(() -> funding.forYear(agency, year.startYear()).stream()
                .map(FundingAllocation::toDomain).toList());
        return new YearInputs(current, baselineYear, termsFor(agency, year, current, baselineYear), yearDecisions,
                grants);
    }

    /**
     * The year's agreement terms. An existing member's agreed baseline is the one the terms set for it, or else its
     * measured in-scope spend in the baseline year (the usual first version of the terms, AgreementTerms
     * .fromBaselines); the uplift is 0 unless agreed.
     */
    private AgreementTerms termsFor(String agency, FinancialYear year, Partnership partnership,
            Collection<Baseline> baselineYear) {
        Optional<YearAgreement> agreed = agreements.of(agency, year.startYear());
        Map<AuthorityCode, Money> agreedBaselines = new HashMap<>();
        for (Baseline b : baselineYear) {
            agreedBaselines.put(b.member(), b.inScopeSpend());
        }
        agreed.ifPresent(a -> a.agreedBaselines().forEach((member, amount) ->
                agreedBaselines.put(AuthorityCode.of(member), Money.of(amount))));
        // Only existing members need an agreed baseline; a joiner's contribution comes from the gap rule.
        agreedBaselines.keySet().removeIf(member -> partnership.membershipOf(member)
                .map(p -> !p.overlaps(year)).orElse(true));
        BigDecimal uplift = agreed.map(YearAgreement::uplift).orElse(BigDecimal.ZERO);
        return FinanceRules.apply(() -> new AgreementTerms(year, agreedBaselines, uplift));
    }

    private StatementView render(String agency, FinancialYear year, YearInputs inputs, StatementStatus status,
            Instant closedAt, List<FeeLedgerEntry> fees, List<Adjustment> posted) {
        // Fees come from the ledger, priced when each placement was recorded; the calculator gets no placements.
        YearStatement statement = FinanceRules.apply(() -> new StatementCalculator(new FeeSchedule(List.of()))
                .statementFor(year, inputs.partnership(), inputs.baselines(), inputs.terms(), inputs.decisions(),
                        inputs.grants(), List.of()));
        List<MemberView> members = new ArrayList<>();
        for (MemberStatement m : statement.members()) {
            String authority = m.member().value();
            members.add(new MemberView(authority, m.standing(), m.proRata().memberDays(), m.proRata().yearDays(),
                    m.annualBasis().toString(), m.uplift(), m.contribution().toString(),
                    joinerView(m.joinerAssessment()), m.adverseImpactShare().toString(),
                    sumFees(fees, InterAgencyClassification.PAYABLE, authority).toString(),
                    m.grantReceived().toString(), sumAdjustments(posted, authority).toString()));
        }
        List<AdverseImpactView> impacts = statement.adverseImpacts().stream().map(StatementService::impactView)
                .toList();
        var t = statement.totals();
        AgencyTotalsView totals = new AgencyTotalsView(t.contributions().toString(), t.adverseImpact().toString(),
                t.noAdverseImpact(), t.awaitingBoardDecisions(),
                sumFees(fees, InterAgencyClassification.PAYABLE, null).toString(),
                sumFees(fees, InterAgencyClassification.RECEIVABLE, null).toString(),
                t.grantsToJoiners().toString(), t.grantsToAgency().toString(), t.fundingTowardsShortfall().toString(),
                sumAdjustments(posted, null).toString());
        List<GrantView> grants = statement.grants().stream().map(g -> new GrantView(g.kind(), g.joiner().value(),
                g.total().toString(), g.toJoiner().toString(), g.toAgency().toString(),
                g.towardsShortfall().toString())).toList();
        return new StatementView(agency, year.startYear(), year.label(), status, closedAt, totals, members, impacts,
                grants, posted.stream().map(StatementService::adjustmentView).toList());
    }

    private static JoinerView joinerView(JoinerAssessment a) {
        if (a == null) {
            return null;
        }
        return new JoinerView(a.baselineYear().startYear(), a.joinerUnitCost().forDisplay().toString(),
                a.joinerUnitCost().value().toPlainString(), a.agencyAverageUnitCost().forDisplay().toString(),
                a.agencyAverageUnitCost().value().toPlainString(), a.proRatedSpend().toString(),
                a.fullYearGap().toString(), a.proRatedGap().toString(), a.gapStatus(),
                a.decision() == null ? null : a.decision().kind(),
                a.decision() == null || a.decision().amount() == null ? null : a.decision().amount().toString(),
                a.gapClosedByJoiner().toString());
    }

    private static AdverseImpactView impactView(AdverseImpact i) {
        return new AdverseImpactView(i.joiner().value(), i.expectedCost().toString(),
                i.joinerContribution().toString(), i.shortfall().toString(), i.fundingAssigned().toString(),
                i.fundingApplied().toString(), i.amount().toString(), i.noAdverseImpact(), i.gapStatus(),
                i.decisionKind(), i.allocation().stream().map(s -> new AllocationView(s.member().value(),
                        s.contributionWeight().toString(), s.share().toString())).toList());
    }

    static AdjustmentView adjustmentView(Adjustment a) {
        return new AdjustmentView(a.id(), a.authority(), a.postedInYear(), a.relatesToYear(),
                Money.of(a.amount()).toString(), a.reason());
    }

    private static Money sumFees(List<FeeLedgerEntry> fees, InterAgencyClassification kind, String authority) {
        return Money.sum(fees.stream().filter(f -> f.classification() == kind)
                .filter(f -> authority == null || f.authority().equals(authority))
                .map(f -> Money.of(f.fee())).toList());
    }

    private static Money sumAdjustments(List<Adjustment> posted, String authority) {
        return Money.sum(posted.stream().filter(a -> authority == null || a.authority().equals(authority))
                .map(a -> Money.of(a.amount())).toList());
    }

    /** Audit id of one member's statement for a year, e.g. {@code ace:2019:herefordshire}. */
    public static String statementId(String agency, int year, String authority) {
        return agency + ":" + year + ":" + authority;
    }

    /** Who is a joiner in a year, for validating Board decisions and grants before they are stored. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Standing standingIn(String agency, String authority, int startYear) {
        Partnership current = partnership.current(agency);
        return FinanceRules.apply(() -> current.standingIn(AuthorityCode.of(authority), FinancialYear.of(startYear)));
    }

    /** Runs the year's rules with a changed decision or grant, so a broken rule is refused before it is stored. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void checkDecisions(String agency, int startYear, BoardDecision replaced, GrantAllocation grant) {
        FinancialYear year = FinancialYear.of(startYear);
        YearInputs actual = inputs(agency, year);
        List<BoardDecision> ds = new ArrayList<>(actual.decisions());
        if (replaced != null) {
            ds.removeIf(d -> d.joiner().equals(replaced.joiner()));
            ds.add(replaced);
        }
        List<GrantAllocation> gs = new ArrayList<>(actual.grants());
        if (grant != null) {
            gs.removeIf(g -> g.kind() == grant.kind() && g.joiner().equals(grant.joiner()));
            gs.add(grant);
        }
        try {
            new StatementCalculator(new FeeSchedule(List.of())).statementFor(year, actual.partnership(),
                    actual.baselines(), actual.terms(), ds, gs, List.of());
        } catch (uk.raa.finance.domain.rules.DomainRuleViolation v) {
            // Missing baselines are not this write's fault; anything about decisions or funding is.
            if (DECISION_RULES.contains(v.rule())) {
                throw FinanceRules.toProblem(v);
            }
        }
    }

    private static final java.util.Set<String> DECISION_RULES = java.util.Set.of("board-decision-requires-gap",
            "board-decision-for-joiner", "decision-amount-within-gap", "shortfall-funding-for-joiner",
            "funding-for-year", "decision-for-year");

    private String toJson(StatementView view) {
        try {
            return json.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store the statement", e);
        }
    }

    private StatementView fromJson(String text) {
        try {
            return json.readValue(Objects.requireNonNull(text), StatementView.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read a stored statement", e);
        }
    }
}
