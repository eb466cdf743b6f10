package uk.raa.finance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import uk.raa.common.audit.AuditAction;
import uk.raa.common.audit.AuditTrail;
import uk.raa.common.audit.Purpose;
import uk.raa.common.problem.ProblemException;
import uk.raa.common.tenancy.TenantScope;
import uk.raa.common.tenancy.TenantScoped;
import uk.raa.common.write.IdempotentCreates;
import uk.raa.finance.domain.entity.Agency;
import uk.raa.finance.domain.entity.Membership;
import uk.raa.finance.domain.entity.MembershipVariation;
import uk.raa.finance.domain.entity.VariationConsent;
import uk.raa.finance.domain.partnership.AuthorityCode;
import uk.raa.finance.domain.partnership.FinancialYear;
import uk.raa.finance.domain.partnership.MembershipPeriod;
import uk.raa.finance.domain.partnership.Partnership;
import uk.raa.finance.messaging.MembershipChanged;
import uk.raa.finance.messaging.MembershipEvents;
import uk.raa.finance.repository.AgencyRepository;
import uk.raa.finance.repository.ClosedYearRepository;
import uk.raa.finance.repository.ConsentRepository;
import uk.raa.finance.repository.MembershipRepository;
import uk.raa.finance.repository.VariationRepository;
import uk.raa.finance.service.PartnershipViews.ConsentView;
import uk.raa.finance.service.PartnershipViews.MembershipView;
import uk.raa.finance.service.PartnershipViews.PartnershipView;
import uk.raa.finance.service.PartnershipViews.VariationView;

/**
 * The partnership: membership changes by Deed of Variation, effective only once every authority that was a member
 * when the deed was proposed has consented (seed 002 §5.2.5-5.2.6). Consent is given by each authority's own
 * principal: the consenting authority is the one in the token, never a field a manager fills in.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class PartnershipService {

    public static final String PARTNERSHIP = "partnership";
    public static final String VARIATION = "membership-variation";

    private final AgencyRepository agencies;
    private final MembershipRepository memberships;
    private final VariationRepository variations;
    private final ConsentRepository consents;
    private final ClosedYearRepository closedYears;
    private final MembershipEvents events;
    private final FinanceScope scope;
    private final AuditTrail audit;
    private final IdempotentCreates idempotency;
    private final Clock clock;

    public PartnershipService(AgencyRepository agencies, MembershipRepository memberships,
            VariationRepository variations, ConsentRepository consents, ClosedYearRepository closedYears,
            MembershipEvents events, FinanceScope scope, AuditTrail audit, IdempotentCreates idempotency,
            Clock clock) {
        this.agencies = agencies;
        this.memberships = memberships;
        this.variations = variations;
        this.consents = consents;
        this.closedYears = closedYears;
        this.events = events;
        this.scope = scope;
        this.audit = audit;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    /** The agency, its host and every membership period. Membership is not secret from the partners. */
    public PartnershipView partnership() {
        String agencyCode = scope.agency(PARTNERSHIP);
        Agency agency = agencies.findByCode(agencyCode).orElseThrow(() -> ProblemException.notFound(PARTNERSHIP));
        List<Membership> all = memberships.forAgency(agencyCode);
        audit.record(AuditAction.READ, PARTNERSHIP, agencyCode, Purpose.FINANCE);
        return new PartnershipView(agency.code(), agency.name(), agency.hostAuthority(),
                all.stream().map(m -> new MembershipView(m.authority(), m.fromDate(), m.toDate())).toList());
    }

    /** The agency's partnership as the contribution rules see it: effective memberships only. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Partnership current(String agency) {
        return FinanceRules.apply(() -> new Partnership(agency,
                memberships.forAgency(agency).stream().map(Membership::toPeriod).toList()));
    }

    /** A proposed Deed of Variation. */
    public record Proposal(MembershipVariation.Kind kind, String authority, LocalDate effectiveDate) {
    }

    /** Proposes a join or leave. Returns the deed and whether this was an idempotent replay. */
    public Proposed propose(Proposal proposal, String idempotencyKey) {
        scope.requireAgencyFinanceStaff();
        String agency = scope.agency(VARIATION);
        IdempotentCreates.Outcome outcome = idempotency.create(idempotencyKey, "propose-variation", proposal,
                () -> create(agency, proposal).toString());
        MembershipVariation variation = variations.findInAgency(UUID.fromString(outcome.id()), agency)
                .orElseThrow(() -> ProblemException.notFound(VARIATION));
        audit.record(outcome.replayed() ? AuditAction.READ : AuditAction.CREATE, VARIATION,
                variation.id().toString(), Purpose.FINANCE);
        return new Proposed(view(variation), outcome.replayed());
    }

    /** The outcome of a proposal. */
    public record Proposed(VariationView variation, boolean replayed) {
    }

    private UUID create(String agency, Proposal proposal) {
        AuthorityCode authority = FinanceRules.apply(() -> AuthorityCode.of(proposal.authority()));
        requireOpenYear(agency, proposal.effectiveDate());
        if (variations.openFor(agency, authority.value()).isPresent()) {
            throw ProblemException.conflict("A Deed of Variation for this authority is already awaiting consents.");
        }
        Partnership now = current(agency);
        // The resulting partnership must itself be valid: one period per authority, a leave after the join.
        List<MembershipPeriod> after = new ArrayList<>(now.memberships());
        var existing = now.membershipOf(authority);
        switch (proposal.kind()) {
            case JOIN -> {
                if (existing.isPresent()) {
                    throw ProblemException.conflict("The authority already has a membership of this agency; "
                            + "re-joining is outside the partnership agreement's rules.");
                }
                after.add(MembershipPeriod.open(authority, proposal.effectiveDate()));
            }
            case LEAVE -> {
                MembershipPeriod period = existing.filter(p -> p.to() == null).orElseThrow(() ->
                        ProblemException.rule("authority", "leave-requires-open-membership",
                                "only a current member can leave"));
                after.remove(period);
                after.add(FinanceRules.apply(() -> MembershipPeriod.between(authority, period.from(),
                        proposal.effectiveDate())));
            }
        }
        FinanceRules.apply(() -> new Partnership(agency, after));
        LocalDate today = LocalDate.now(clock);
        List<String> required = now.membersOn(today).stream().map(AuthorityCode::value)
                .filter(a -> proposal.kind() == MembershipVariation.Kind.LEAVE || !a.equals(authority.value()))
                .sorted().toList();
        if (required.isEmpty()) {
            throw ProblemException.rule("authority", "variation-requires-members",
                    "the agency has no current members to consent");
        }
        MembershipVariation variation = new MembershipVariation(UUID.randomUUID(), agency, proposal.kind(),
                authority.value(), proposal.effectiveDate(), required, scope.actor(), clock.instant());
        variations.persist(variation);
        return variation.id();
    }

    /**
     * The calling authority consents to a deed. When the last required consent arrives the membership change takes
     * effect and {@code partnership.membership-changed.v1} is written in the same transaction.
     */
    public VariationView consent(UUID id, LocalDate signedOn) {
        TenantScope caller = scope.current();
        if (caller.authority() == null) {
            throw ProblemException.forbidden("Consent is given by the member authority's own principal; "
                    + "agency staff cannot consent on an authority's behalf.");
        }
        String agency = scope.agency(VARIATION);
        MembershipVariation variation = variations.findInAgency(id, agency)
                .orElseThrow(() -> ProblemException.notFound(VARIATION));
        // Serialise consents to one deed, so the last two arriving together cannot both miss each other.
        variations.getEntityManager().lock(variation, LockModeType.PESSIMISTIC_WRITE);
        if (!variation.requiredConsents().contains(caller.authority())) {
            throw ProblemException.forbidden("Your authority is not a party whose consent this deed needs.");
        }
        if (variation.status() == MembershipVariation.Status.EFFECTIVE) {
            throw ProblemException.conflict("The deed is already effective.");
        }
        List<VariationConsent> given = consents.forVariation(id, agency);
        if (given.stream().anyMatch(c -> c.authority().equals(caller.authority()))) {
            throw ProblemException.conflict("Your authority has already consented to this deed.");
        }
        if (signedOn != null && signedOn.isAfter(LocalDate.now(clock))) {
            throw ProblemException.validation("signedOn", "not-future", "must not be in the future");
        }
        Instant now = clock.instant();
        consents.persist(new VariationConsent(UUID.randomUUID(), id, agency, caller.authority(), caller.actor(),
                signedOn, now));
        Set<String> consented = given.stream().map(VariationConsent::authority).collect(Collectors.toSet());
        consented.add(caller.authority());
        if (consented.containsAll(variation.requiredConsents())) {
            takeEffect(variation, now);
        }
        consents.flush();
        audit.record(AuditAction.UPDATE, VARIATION, id.toString(), Purpose.FINANCE);
        return view(variation);
    }

    private void takeEffect(MembershipVariation variation, Instant now) {
        requireOpenYear(variation.agency(), variation.effectiveDate());
        Membership membership;
        if (variation.kind() == MembershipVariation.Kind.JOIN) {
            membership = new Membership(UUID.randomUUID(), variation.agency(), variation.authority(),
                    variation.effectiveDate(), now);
            memberships.persist(membership);
        } else {
            membership = memberships.of(variation.agency(), variation.authority())
                    .orElseThrow(() -> ProblemException.conflict("The leaving authority's membership has gone."));
            membership.endOn(variation.effectiveDate(), now);
        }
        variation.takeEffect(now);
        events.membershipChanged(new MembershipChanged(membership.agency(), membership.authority(),
                membership.fromDate(), membership.toDate()));
    }

    public VariationView get(UUID id) {
        String agency = scope.agency(VARIATION);
        MembershipVariation variation = variations.findInAgency(id, agency)
                .orElseThrow(() -> ProblemException.notFound(VARIATION));
        audit.record(AuditAction.READ, VARIATION, id.toString(), Purpose.FINANCE);
        return view(variation);
    }

    public List<VariationView> list() {
        String agency = scope.agency(VARIATION);
        List<MembershipVariation> all = variations.forAgency(agency);
        Map<UUID, List<VariationConsent>> byVariation = consents
                .forVariations(all.stream().map(MembershipVariation::id).toList(), agency).stream()
                .collect(Collectors.groupingBy(VariationConsent::variationId));
        audit.record(AuditAction.LIST, VARIATION, all.stream().map(v -> v.id().toString()).toList(), Purpose.FINANCE);
        return all.stream().map(v -> view(v, byVariation.getOrDefault(v.id(), List.of()))).toList();
    }

    private VariationView view(MembershipVariation v) {
        return view(v, consents.forVariation(v.id(), v.agency()));
    }

    private static VariationView view(MembershipVariation v, List<VariationConsent> given) {
        Set<String> consented = new HashSet<>(given.stream().map(VariationConsent::authority).toList());
        return new VariationView(v.id(), v.agency(), v.kind(), v.authority(), v.effectiveDate(), v.status(),
                v.requiredConsents(), v.requiredConsents().stream().filter(a -> !consented.contains(a)).toList(),
                given.stream().map(c -> new ConsentView(c.authority(), c.consentedBy(), c.signedOn(),
                        c.recordedAt())).toList(),
                v.proposedAt(), v.effectiveAt(), v.version());
    }

    private void requireOpenYear(String agency, LocalDate date) {
        int year = FinancialYear.containing(date).startYear();
        if (closedYears.isClosed(agency, year)) {
            throw FinanceRules.lockedYear(year);
        }
    }
}
