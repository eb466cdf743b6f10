package uk.raa.finance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import uk.raa.common.audit.AuditAction;
import uk.raa.common.audit.AuditTrail;
import uk.raa.common.audit.Purpose;
import uk.raa.common.problem.ProblemException;
import uk.raa.common.tenancy.TenantScoped;
import uk.raa.finance.domain.entity.FeeLedgerEntry;
import uk.raa.finance.domain.entity.ScheduledFeeRate;
import uk.raa.finance.domain.fees.FeeRate;
import uk.raa.finance.domain.fees.FeeSchedule;
import uk.raa.finance.domain.fees.InterAgencyClassification;
import uk.raa.finance.domain.fees.InterAgencyClassifier;
import uk.raa.finance.domain.fees.InterAgencyFee;
import uk.raa.finance.domain.fees.InterAgencyPlacement;
import uk.raa.finance.domain.money.Money;
import uk.raa.finance.domain.partnership.AuthorityCode;
import uk.raa.finance.domain.partnership.FinancialYear;
import uk.raa.finance.domain.partnership.Partnership;
import uk.raa.finance.messaging.PlacementStarted;
import uk.raa.finance.repository.ClosedYearRepository;
import uk.raa.finance.repository.FeeLedgerRepository;
import uk.raa.finance.repository.FeeRateRepository;
import uk.raa.finance.service.FeeViews.AuthorityFeesView;
import uk.raa.finance.service.FeeViews.FeeRateView;
import uk.raa.finance.service.FeeViews.LedgerLineView;
import uk.raa.finance.service.FeeViews.LedgerView;

/**
 * The inter-agency fee schedule and the ledger of fees payable and receivable, built from placements. The fee date
 * is the move-in date; whether a placement is inter-agency depends on membership on that date (DOMAIN.md §7).
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class FeeService {

    public static final String FEE_RATE = "fee-rate";
    public static final String LEDGER = "fee-ledger";

    private final FeeRateRepository rates;
    private final FeeLedgerRepository ledger;
    private final ClosedYearRepository closedYears;
    private final PartnershipService partnership;
    private final StatementService statements;
    private final FinanceScope scope;
    private final AuditTrail audit;
    private final Clock clock;

    public FeeService(FeeRateRepository rates, FeeLedgerRepository ledger, ClosedYearRepository closedYears,
            PartnershipService partnership, StatementService statements, FinanceScope scope, AuditTrail audit,
            Clock clock) {
        this.rates = rates;
        this.ledger = ledger;
        this.closedYears = closedYears;
        this.partnership = partnership;
        this.statements = statements;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    public List<FeeRateView> schedule() {
        String agency = scope.agency(FEE_RATE);
        List<ScheduledFeeRate> found = rates.forAgency(agency);
        audit.record(AuditAction.LIST, FEE_RATE, found.stream().map(r -> r.id().toString()).toList(),
                Purpose.FINANCE);
        return found.stream().map(FeeService::view).toList();
    }

    /** Adds a rate to the schedule; it applies to placements moving in from its date. */
    public FeeRateView addRate(FeeRate rate) {
        scope.requireAgencyFinanceStaff();
        String agency = scope.agency(FEE_RATE);
        List<FeeRate> all = new ArrayList<>(rates.forAgency(agency).stream().map(ScheduledFeeRate::toDomain).toList());
        all.add(rate);
        try {
            new FeeSchedule(all);
        } catch (uk.raa.finance.domain.rules.DomainRuleViolation v) {
            throw ProblemException.conflict("A rate for that date, agency type and sibling position already exists.");
        }
        ScheduledFeeRate stored = new ScheduledFeeRate(UUID.randomUUID(), agency, rate);
        rates.persist(stored);
        rates.flush();
        audit.record(AuditAction.CREATE, FEE_RATE, stored.id().toString(), Purpose.FINANCE);
        return view(stored);
    }

    /** The year's ledger: every line for agency staff, a partner's own children's lines for a partner. */
    public LedgerView ledger(int startYear) {
        String agency = scope.agency(LEDGER);
        FinancialYear year = FinanceRules.apply(() -> FinancialYear.of(startYear));
        List<FeeLedgerEntry> lines = ledger.forYear(agency, startYear,
                scope.seesWholeAgency() ? null : scope.ownAuthority());
        audit.record(AuditAction.LIST, LEDGER, lines.stream().map(l -> l.id().toString()).toList(), Purpose.FINANCE);
        Map<String, Money[]> byAuthority = new TreeMap<>();
        for (FeeLedgerEntry l : lines) {
            Money[] sums = byAuthority.computeIfAbsent(l.authority(), a -> new Money[] {Money.ZERO, Money.ZERO});
            if (l.classification() == InterAgencyClassification.PAYABLE) {
                sums[0] = sums[0].plus(Money.of(l.fee()));
            } else if (l.classification() == InterAgencyClassification.RECEIVABLE) {
                sums[1] = sums[1].plus(Money.of(l.fee()));
            }
        }
        List<AuthorityFeesView> totals = byAuthority.entrySet().stream().map(e -> new AuthorityFeesView(e.getKey(),
                e.getValue()[0].toString(), e.getValue()[1].toString())).toList();
        Money payable = Money.sum(byAuthority.values().stream().map(m -> m[0]).toList());
        Money receivable = Money.sum(byAuthority.values().stream().map(m -> m[1]).toList());
        return new LedgerView(startYear, year.label(), lines.stream().map(FeeService::view).toList(), totals,
                payable.toString(), receivable.toString());
    }

    /**
     * Records one placement's fees: one line per child, at its sibling position. A redelivered event adds nothing.
     * A move-in in a closed year is posted in the next open year. Runs in the scope the caller set (the shared
     * Inbox sets the event's agency).
     */
    public List<LedgerLineView> recordPlacement(PlacementStarted event) {
        String agency = scope.agency(LEDGER);
        if (!agency.equals(event.agency())) {
            throw ProblemException.forbidden("The event belongs to another agency.");
        }
        if (ledger.alreadyRecorded(agency, event.eventId())) {
            return List.of();
        }
        Partnership current = partnership.current(agency);
        InterAgencyClassifier classifier = new InterAgencyClassifier(FinanceRules.apply(() -> new FeeSchedule(
                rates.forAgency(agency).stream().map(ScheduledFeeRate::toDomain).toList())));
        int feeYear = FinancialYear.containing(event.movedIn()).startYear();
        boolean closed = closedYears.isClosed(agency, feeYear);
        int postedIn = closed ? statements.nextOpenYear(agency, feeYear) : feeYear;
        List<FeeLedgerEntry> recorded = new ArrayList<>();
        for (PlacementStarted.PlacedChild child : event.children()) {
            boolean agencyHousehold = event.householdApprovedByAgency();
            InterAgencyPlacement placement = FinanceRules.apply(() -> new InterAgencyPlacement(event.movedIn(),
                    AuthorityCode.of(child.authority()), agencyHousehold ? event.otherAgencyType() : null,
                    agencyHousehold, agencyHousehold ? null : event.otherAgencyType(), child.siblingPosition(),
                    event.london()));
            InterAgencyFee priced = FinanceRules.apply(() -> classifier.price(current, placement));
            FeeLedgerEntry line = new FeeLedgerEntry(UUID.randomUUID(), agency, event.eventId(), event.matchId(),
                    child.childId(), priced, postedIn, closed ? feeYear : null, clock.instant());
            ledger.persist(line);
            recorded.add(line);
        }
        ledger.flush();
        audit.record(AuditAction.CONSUME, LEDGER, recorded.stream().map(l -> l.id().toString()).toList(),
                Purpose.EVENT_PROCESSING);
        return recorded.stream().map(FeeService::view).toList();
    }

    private static FeeRateView view(ScheduledFeeRate stored) {
        FeeRate r = stored.toDomain();
        return new FeeRateView(stored.id(), r.effectiveFrom(), r.otherAgencyType(), r.siblingPosition(),
                r.fee().toString(), r.londonUplift());
    }

    private static LedgerLineView view(FeeLedgerEntry l) {
        return new LedgerLineView(l.id(), l.matchId(), l.childId(), l.authority(), l.movedIn(), l.classification(),
                l.counterpartType(), l.siblingPosition(), l.london(), Money.of(l.fee()).toString(),
                l.relatesToYear());
    }
}
